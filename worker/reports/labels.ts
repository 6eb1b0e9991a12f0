// Headings and fixed words of the reports, one dictionary per language. Legal wording (class titles,
// role names, duties, reasons) comes from the result, that is from the flow.
import type { Lang } from '../../decision-trees/schema.ts';

export interface ReportLabels {
  title: string;
  organisation: string;
  description: string;
  assessedOn: string;
  flow: string;
  summary: string;
  riskClass: string;
  roles: string;
  plan: string;
  owner: string;
  due: string;
  hosting: string;
  allowed: string;
  noService: string;
  notice: string;
  obligations: string;
  recommendations: string;
  appliesFrom: string;
  appliesNow: string;
  notYet: string;
  originally: string;
  reported: string;
  transition: string;
  source: string;
  labels: string;
  flags: string;
  commitments: string;
  openPoints: string;
  register: string;
  toComplete: string;
  /** The other impact assessment a draft relates to (AI Act Art 27(4)). */
  related: string;
  why: string;
  questions: string;
  answer: string;
  lawAsOf: string;
  incomplete: string;
  approval: string;
  approvedBy: (name: string, role: string, date: string) => string;
  approvedAnswers: string;
  notApproved: (status: string) => string;
  notReviewed: string;
  previousApproval: (round: number, name: string, date: string) => string;
  none: string;
  replacedChars: string;
  attachment: string;
}

const fr: ReportLabels = {
  title: 'Auto-évaluation d’un cas d’usage d’IA',
  organisation: 'Organisation',
  description: 'Description',
  assessedOn: 'Évaluation du',
  flow: 'Version du questionnaire',
  summary: 'En bref',
  riskClass: 'Classe au titre du règlement sur l’IA',
  roles: 'Vos rôles',
  plan: 'Plan d’action',
  owner: 'Qui',
  due: 'Quand',
  hosting: 'Service d’IA et hébergement',
  allowed: 'Services qui peuvent recevoir ces données',
  noService: 'aucun',
  notice: 'À savoir sur l’état du droit',
  obligations: 'Obligations légales (règlement sur l’IA, RGPD)',
  recommendations: 'Recommandations des lignes directrices nationales',
  appliesFrom: 'Applicable à partir du',
  appliesNow: 'déjà applicable',
  notYet: 'pas encore applicable',
  originally: 'date initiale',
  reported: 'date rapportée, non vérifiée au Journal officiel',
  transition: 'À noter',
  source: 'Source',
  labels: 'Textes de label à copier',
  flags: 'Points à faire vérifier',
  commitments: 'Engagements',
  openPoints: 'Points ouverts',
  register: 'Projet de fiche pour le registre des algorithmes',
  toComplete: 'à compléter',
  related: 'Analyse d’impact liée',
  why: 'Pourquoi : les réponses qui ont décidé',
  questions: 'Toutes les questions et réponses',
  answer: 'Réponse',
  lawAsOf: 'Droit à jour au',
  incomplete: 'Évaluation incomplète : toutes les questions n’ont pas reçu de réponse.',
  approval: 'Validation',
  approvedBy: (n, r, d) => `Approuvée par ${n} (${r}) le ${d}.`,
  approvedAnswers: 'Réponses approuvées (SHA-256)',
  notApproved: (st) => `NON APPROUVÉE — statut de la relecture : ${st}. Cette évaluation n’a pas été validée par un relecteur (DPO, service juridique).`,
  notReviewed: 'NON APPROUVÉE — évaluation anonyme, hors espace de travail : elle n’a été relue par personne.',
  previousApproval: (r, n, d) => `Le tour ${r} avait été approuvé par ${n} le ${d} ; les réponses ont changé depuis.`,
  none: 'aucun',
  replacedChars: 'Les caractères absents de la police du PDF sont remplacés par « ? ».',
  attachment: 'L’évaluation complète est jointe à ce PDF (fichier JSON) : elle peut être rechargée comme brouillon.',
};
const de: ReportLabels = {
  title: 'Selbstbewertung eines KI-Anwendungsfalls',
  organisation: 'Organisation',
  description: 'Beschreibung',
  assessedOn: 'Bewertung vom',
  flow: 'Version des Fragebogens',
  summary: 'Auf einen Blick',
  riskClass: 'Einstufung nach der KI-Verordnung',
  roles: 'Ihre Rollen',
  plan: 'Maßnahmenplan',
  owner: 'Wer',
  due: 'Wann',
  hosting: 'KI-Dienst und Hosting',
  allowed: 'Dienste, die diese Daten erhalten dürfen',
  noService: 'keiner',
  notice: 'Hinweis zum Rechtsstand',
  obligations: 'Gesetzliche Pflichten (KI-Verordnung, DSGVO)',
  recommendations: 'Empfehlungen der nationalen Leitlinien',
  appliesFrom: 'Anwendbar ab',
  appliesNow: 'bereits anwendbar',
  notYet: 'noch nicht anwendbar',
  originally: 'ursprüngliches Datum',
  reported: 'gemeldetes Datum, nicht im Amtsblatt geprüft',
  transition: 'Zu beachten',
  source: 'Quelle',
  labels: 'Kennzeichnungstexte zum Kopieren',
  flags: 'Zu prüfende Punkte',
  commitments: 'Zusagen',
  openPoints: 'Offene Punkte',
  register: 'Entwurf eines Eintrags im Algorithmenregister',
  toComplete: 'zu ergänzen',
  related: 'Zugehörige Folgenabschätzung',
  why: 'Warum: die entscheidenden Antworten',
  questions: 'Alle Fragen und Antworten',
  answer: 'Antwort',
  lawAsOf: 'Rechtsstand',
  incomplete: 'Unvollständige Bewertung: Nicht alle Fragen wurden beantwortet.',
  approval: 'Freigabe',
  approvedBy: (n, r, d) => `Genehmigt von ${n} (${r}) am ${d}.`,
  approvedAnswers: 'Genehmigte Antworten (SHA-256)',
  notApproved: (st) => `NICHT GENEHMIGT — Stand der Prüfung: ${st}. Diese Bewertung wurde von keinem Prüfer (DSB, Rechtsabteilung) freigegeben.`,
  notReviewed: 'NICHT GENEHMIGT — anonyme Bewertung außerhalb eines Arbeitsbereichs: Niemand hat sie geprüft.',
  previousApproval: (r, n, d) => `Runde ${r} war von ${n} am ${d} genehmigt worden; die Antworten haben sich seither geändert.`,
  none: 'keine',
  replacedChars: 'Zeichen, die die PDF-Schrift nicht enthält, erscheinen als „?“.',
  attachment: 'Die vollständige Bewertung ist diesem PDF beigefügt (JSON-Datei): Sie kann als Entwurf wieder geladen werden.',
};
const en: ReportLabels = {
  title: 'AI use-case self-assessment',
  organisation: 'Organisation',
  description: 'Description',
  assessedOn: 'Assessed on',
  flow: 'Questionnaire version',
  summary: 'In short',
  riskClass: 'Class under the AI Act',
  roles: 'Your roles',
  plan: 'Plan of action',
  owner: 'Who',
  due: 'When',
  hosting: 'AI service and hosting',
  allowed: 'Services that may take this data',
  noService: 'none',
  notice: 'About the state of the law',
  obligations: 'Legal obligations (AI Act, GDPR)',
  recommendations: 'Recommendations of the national guidelines',
  appliesFrom: 'Applies from',
  appliesNow: 'already applies',
  notYet: 'not yet applicable',
  originally: 'original date',
  reported: 'date reported, not checked against the Official Journal',
  transition: 'Note',
  source: 'Source',
  labels: 'Label texts to copy',
  flags: 'Points to have reviewed',
  commitments: 'Commitments',
  openPoints: 'Open points',
  register: 'Draft entry for the algorithm register',
  toComplete: 'to complete',
  related: 'Related impact assessment',
  why: 'Why: the answers that decided',
  questions: 'All questions and answers',
  answer: 'Answer',
  lawAsOf: 'Law as of',
  incomplete: 'Incomplete assessment: not every question has been answered.',
  approval: 'Approval',
  approvedBy: (n, r, d) => `Approved by ${n} (${r}) on ${d}.`,
  approvedAnswers: 'Approved answers (SHA-256)',
  notApproved: (st) => `NOT APPROVED — review status: ${st}. No reviewer (DPO, legal service) has signed this assessment off.`,
  notReviewed: 'NOT APPROVED — an anonymous assessment outside any workspace: nobody has reviewed it.',
  previousApproval: (r, n, d) => `Round ${r} was approved by ${n} on ${d}; the answers have changed since.`,
  none: 'none',
  replacedChars: 'Characters missing from the PDF font are shown as "?".',
  attachment: 'The whole assessment is attached to this PDF (a JSON file): it can be loaded again as a draft.',
};

export const REPORT_LABELS: Record<Lang, ReportLabels> = { fr, de, en };
