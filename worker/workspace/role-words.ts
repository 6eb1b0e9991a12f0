// The roles as people read them, in each language: the sign-in page, the reports' approval line.
import type { Lang } from '../../decision-trees/langs.ts';
import type { Role } from './schemas.ts';

export const ROLE_WORDS: Record<Lang, Record<Role | 'edit_token', string>> = {
  fr: { project_lead: 'chef de projet', reviewer: 'relecteur (DPO, service juridique)', register_editor: 'éditeur du registre', admin: 'administrateur', edit_token: 'détenteur du lien d’édition' },
  de: { project_lead: 'Projektleitung', reviewer: 'Prüfer (DSB, Rechtsabteilung)', register_editor: 'Registerredaktion', admin: 'Administration', edit_token: 'Inhaber des Bearbeitungslinks' },
  en: { project_lead: 'project lead', reviewer: 'reviewer (DPO, legal service)', register_editor: 'register editor', admin: 'admin', edit_token: 'holder of the edit link' },
};
