// The register's words in each language: the standard's fields, statuses, flags and the public pages.
import type { Lang } from '../../decision-trees/langs.ts';
import type { FLAG_KINDS, PUBLICATION_STATUSES } from './fields.ts';

type L = Record<Lang, string>;
const w = (fr: string, de: string, en: string): L => ({ fr, de, en });

/** The standard's field names in words (its own guide, ch02, gives them in Dutch). */
export const FIELD_LABELS: Record<string, L> = {
  name: w('Nom', 'Name', 'Name'),
  description_short: w('Description courte', 'Kurzbeschreibung', 'Short description'),
  organization: w('Organisation', 'Organisation', 'Organisation'),
  theme: w('Thèmes', 'Themen', 'Themes'),
  status: w('Statut', 'Status', 'Status'),
  start_date: w('Date de début', 'Beginn', 'Start date'),
  end_date: w('Date de fin', 'Ende', 'End date'),
  contact: w('Contact', 'Kontakt', 'Contact'),
  link: w('Page publique', 'Öffentliche Seite', 'Public page'),
  publication_category: w('Catégorie de publication', 'Veröffentlichungskategorie', 'Publication category'),
  purpose_and_impact: w('Finalité et impact', 'Zweck und Auswirkungen', 'Purpose and impact'),
  considerations: w('Mise en balance', 'Abwägungen', 'Considerations'),
  human_intervention: w('Intervention humaine', 'Menschliches Eingreifen', 'Human intervention'),
  risk_management: w('Gestion des risques', 'Risikomanagement', 'Risk management'),
  legal_basis: w('Base légale', 'Rechtsgrundlage', 'Legal basis'),
  impact_assessments: w('Analyses d’impact', 'Folgenabschätzungen', 'Impact assessments'),
  impact_assessment_explanation: w('Explication des analyses d’impact', 'Erläuterung der Folgenabschätzungen', 'Impact assessments explained'),
  data: w('Données', 'Daten', 'Data'),
  technical_operation: w('Fonctionnement technique', 'Technische Funktionsweise', 'Technical operation'),
  supplier: w('Fournisseur', 'Anbieter', 'Supplier'),
  source_id: w('Identifiant de l’entrée', 'Kennung des Eintrags', 'Entry id'),
  language: w('Langue', 'Sprache', 'Language'),
  schema: w('Version de la norme', 'Version des Standards', 'Standard version'),
  eu_database_deployer_address: w('Adresse du déployeur (base de données de l’UE)', 'Anschrift des Betreibers (EU-Datenbank)', 'Deployer’s address (EU database)'),
  eu_database_submitter: w('Personne qui soumet (base de données de l’UE)', 'Einreichende Person (EU-Datenbank)', 'Person submitting (EU database)'),
  eu_database_provider_entry: w('Entrée du fournisseur (base de données de l’UE)', 'Eintrag des Anbieters (EU-Datenbank)', 'Provider’s entry (EU database)'),
  eu_database_fria_summary: w('Résumé des conclusions de l’analyse d’impact sur les droits fondamentaux', 'Zusammenfassung der Ergebnisse der Grundrechte-Folgenabschätzung', 'Summary of the findings of the fundamental rights impact assessment'),
  eu_database_dpia_summary: w('Résumé de l’analyse d’impact relative à la protection des données', 'Zusammenfassung der Datenschutz-Folgenabschätzung', 'Summary of the data protection impact assessment'),
};

export const STATUS_LABELS: Record<(typeof PUBLICATION_STATUSES)[number], L> = {
  in_development: w('En développement', 'In Entwicklung', 'In development'),
  in_use: w('En service', 'In Betrieb', 'In use'),
  out_of_use: w('Hors service', 'Außer Betrieb', 'Out of use'),
};

/** The standard's categories in words; A is the AI Act's high-risk class. */
export const CATEGORY_LABELS: Record<'A' | 'B' | 'C', L> = {
  A: w('A — système d’IA à haut risque', 'A — Hochrisiko-KI-System', 'A — high-risk AI system'),
  B: w('B — algorithme à impact (effets sur des personnes)', 'B — wirkungsvoller Algorithmus (Wirkungen auf Menschen)', 'B — impactful algorithm (effects on people)'),
  C: w('C — autre algorithme', 'C — sonstiger Algorithmus', 'C — other algorithm'),
};

export const FLAG_LABELS: Record<(typeof FLAG_KINDS)[number], L> = {
  free_text: w('Texte libre écrit par une personne : vérifiez qu’il ne contient ni donnée personnelle ni détail interne.', 'Von einer Person geschriebener Freitext: Prüfen Sie, dass er weder personenbezogene Daten noch interne Einzelheiten enthält.', 'Free text written by a person: check it holds no personal data and no internal details.'),
  email: w('Contient une adresse électronique.', 'Enthält eine E-Mail-Adresse.', 'Holds an e-mail address.'),
  phone: w('Contient un numéro de téléphone.', 'Enthält eine Telefonnummer.', 'Holds a phone number.'),
  identifier: w('Contient un long numéro (matricule, IBAN, numéro de dossier ?).', 'Enthält eine lange Nummer (Matrikel, IBAN, Aktenzeichen?).', 'Holds a long number (national number, IBAN, file number?).'),
  internal_address: w('Contient une adresse interne (intranet, serveur, chemin de fichier).', 'Enthält eine interne Adresse (Intranet, Server, Dateipfad).', 'Holds an internal address (intranet, server, file path).'),
  personal_mailbox: w('Semble être l’adresse d’une personne : préférez une boîte générique.', 'Scheint die Adresse einer Person zu sein: Verwenden Sie ein Funktionspostfach.', 'Looks like a person’s address: prefer a generic mailbox.'),
  personal_data: w('Nomme une personne : donnée à caractère personnel.', 'Nennt eine Person: personenbezogene Daten.', 'Names a person: personal data.'),
};

export const WORDS = {
  withheld: w('Non publié : {reason}', 'Nicht veröffentlicht: {reason}', 'Not published: {reason}'),
  noImpactAssessment: w('Aucune analyse d’impact requise par le règlement sur l’IA ni par le RGPD selon l’auto-évaluation.', 'Nach der Selbstbewertung ist weder nach der KI-Verordnung noch nach der DSGVO eine Folgenabschätzung erforderlich.', 'No impact assessment is required by the AI Act or the GDPR according to the self-assessment.'),
  friaSummary: w('Analyse d’impact sur les droits fondamentaux : {value}', 'Grundrechte-Folgenabschätzung: {value}', 'Fundamental rights impact assessment: {value}'),
  dpiaSummary: w('Analyse d’impact relative à la protection des données : {value}', 'Datenschutz-Folgenabschätzung: {value}', 'Data protection impact assessment: {value}'),
  classification: w('Classification au titre du règlement sur l’IA : {value}', 'Einstufung nach der KI-Verordnung: {value}', 'Classification under the AI Act: {value}'),
} satisfies Record<string, L>;

export { fillTemplate as fill } from '../../decision-trees/template.ts';
