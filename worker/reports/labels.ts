// Headings and fixed words of the reports, one dictionary per language.
import type { Lang } from '../../decision-trees/schema.ts';

export interface ReportLabels {
  title: string;
  useCase: string;
  organisation: string;
  description: string;
  riskClass: string;
  riskClasses: Record<string, string>;
  basis: string;
  roles: string;
  roleNames: Record<string, string>;
  conclusions: string;
  duties: string;
  appliesFrom: string;
  appliesNow: string;
  appliesLater: string;
  hosting: string;
  allowed: string;
  excluded: string;
  noService: string;
  labels: string;
  flags: string;
  commitments: string;
  openPoints: string;
  register: string;
  toComplete: string;
  questions: string;
  answer: string;
  source: string;
  flow: string;
  lawAsOf: string;
  assessedOn: string;
  incomplete: string;
  none: string;
  replacedChars: string;
}

const fr: ReportLabels = {
  title: 'Auto-évaluation d’un cas d’usage d’IA',
  useCase: 'Cas d’usage',
  organisation: 'Organisation',
  description: 'Description',
  riskClass: 'Classe de risque (règlement sur l’IA)',
  riskClasses: { out_of_scope: 'Hors du champ du règlement', prohibited: 'Pratique interdite', high_risk: 'Système d’IA à haut risque', limited_risk: 'Obligations de transparence (art. 50)', minimal_risk: 'Risque minimal' },
  basis: 'Fondement',
  roles: 'Rôles',
  roleNames: { provider: 'fournisseur', deployer: 'déployeur', importer: 'importateur', distributor: 'distributeur' },
  conclusions: 'Conclusions',
  duties: 'Obligations',
  appliesFrom: 'applicable à partir du',
  appliesNow: 'déjà applicable',
  appliesLater: 'pas encore applicable',
  hosting: 'Services d’IA pour ces données',
  allowed: 'Autorisés',
  excluded: 'Exclus',
  noService: 'aucun',
  labels: 'Textes de label à copier',
  flags: 'Points à faire vérifier',
  commitments: 'Engagements',
  openPoints: 'Points ouverts',
  register: 'Projet d’entrée au registre des algorithmes',
  toComplete: 'à compléter',
  questions: 'Questions posées et réponses',
  answer: 'Réponse',
  source: 'Source',
  flow: 'Version du questionnaire',
  lawAsOf: 'Droit à jour au',
  assessedOn: 'Évaluation du',
  incomplete: 'Évaluation incomplète : toutes les questions n’ont pas reçu de réponse.',
  none: 'aucun',
  replacedChars: 'Les caractères absents de la police du PDF sont remplacés par « ? ».',
};
const de: ReportLabels = {
  title: 'Selbstbewertung eines KI-Anwendungsfalls',
  useCase: 'Anwendungsfall',
  organisation: 'Organisation',
  description: 'Beschreibung',
  riskClass: 'Risikoklasse (KI-Verordnung)',
  riskClasses: { out_of_scope: 'Außerhalb des Anwendungsbereichs', prohibited: 'Verbotene Praktik', high_risk: 'Hochrisiko-KI-System', limited_risk: 'Transparenzpflichten (Art. 50)', minimal_risk: 'Minimales Risiko' },
  basis: 'Grundlage',
  roles: 'Rollen',
  roleNames: { provider: 'Anbieter', deployer: 'Betreiber', importer: 'Einführer', distributor: 'Händler' },
  conclusions: 'Ergebnisse',
  duties: 'Pflichten',
  appliesFrom: 'anwendbar ab',
  appliesNow: 'bereits anwendbar',
  appliesLater: 'noch nicht anwendbar',
  hosting: 'KI-Dienste für diese Daten',
  allowed: 'Zulässig',
  excluded: 'Ausgeschlossen',
  noService: 'keiner',
  labels: 'Kennzeichnungstexte zum Kopieren',
  flags: 'Zu prüfende Punkte',
  commitments: 'Verpflichtungen',
  openPoints: 'Offene Punkte',
  register: 'Entwurf eines Eintrags im Algorithmenregister',
  toComplete: 'zu ergänzen',
  questions: 'Gestellte Fragen und Antworten',
  answer: 'Antwort',
  source: 'Quelle',
  flow: 'Version des Fragebogens',
  lawAsOf: 'Rechtsstand',
  assessedOn: 'Bewertung vom',
  incomplete: 'Unvollständige Bewertung: Nicht alle Fragen wurden beantwortet.',
  none: 'keine',
  replacedChars: 'Zeichen, die die PDF-Schrift nicht enthält, erscheinen als „?“.',
};
const en: ReportLabels = {
  title: 'AI use-case self-assessment',
  useCase: 'Use case',
  organisation: 'Organisation',
  description: 'Description',
  riskClass: 'Risk class (AI Act)',
  riskClasses: { out_of_scope: 'Outside the AI Act', prohibited: 'Prohibited practice', high_risk: 'High-risk AI system', limited_risk: 'Transparency duties (Art 50)', minimal_risk: 'Minimal risk' },
  basis: 'Basis',
  roles: 'Roles',
  roleNames: { provider: 'provider', deployer: 'deployer', importer: 'importer', distributor: 'distributor' },
  conclusions: 'Conclusions',
  duties: 'Duties',
  appliesFrom: 'applies from',
  appliesNow: 'already applies',
  appliesLater: 'not yet applicable',
  hosting: 'AI services for this data',
  allowed: 'Allowed',
  excluded: 'Excluded',
  noService: 'none',
  labels: 'Label texts to copy',
  flags: 'Points to have reviewed',
  commitments: 'Commitments',
  openPoints: 'Open points',
  register: 'Draft algorithm register entry',
  toComplete: 'to complete',
  questions: 'Questions asked and answers given',
  answer: 'Answer',
  source: 'Source',
  flow: 'Questionnaire version',
  lawAsOf: 'Law as of',
  assessedOn: 'Assessed on',
  incomplete: 'Incomplete assessment: not every question has been answered.',
  none: 'none',
  replacedChars: 'Characters missing from the PDF font are shown as "?".',
};

export const REPORT_LABELS: Record<Lang, ReportLabels> = { fr, de, en };
