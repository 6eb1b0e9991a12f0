// Roles and review statuses as people read them, in each language: the sign-in page, the workspace
// pages, the reports' approval line.
import type { Lang } from '../../decision-trees/langs.ts';
import type { Role, Status } from './schemas.ts';

export const ROLE_WORDS: Record<Lang, Record<Role | 'edit_token', string>> = {
  fr: { project_lead: 'chef de projet', reviewer: 'relecteur (DPO, service juridique)', register_editor: 'éditeur du registre', admin: 'administrateur', edit_token: 'détenteur du lien d’édition' },
  de: { project_lead: 'Projektleitung', reviewer: 'Prüfer (DSB, Rechtsabteilung)', register_editor: 'Registerredaktion', admin: 'Administration', edit_token: 'Inhaber des Bearbeitungslinks' },
  en: { project_lead: 'project lead', reviewer: 'reviewer (DPO, legal service)', register_editor: 'register editor', admin: 'admin', edit_token: 'holder of the edit link' },
};

export const STATUS_WORDS: Record<Lang, Record<Status, string>> = {
  fr: { draft: 'brouillon', in_review: 'en relecture', changes_requested: 'modifications demandées', approved: 'approuvée' },
  de: { draft: 'Entwurf', in_review: 'in Prüfung', changes_requested: 'Änderungen verlangt', approved: 'genehmigt' },
  en: { draft: 'draft', in_review: 'in review', changes_requested: 'changes requested', approved: 'approved' },
};
