// The public register pages' own words, in each language.
import type { Lang } from '../../decision-trees/langs.ts';

export interface PageWords {
  title: string;
  intro: (operator: string) => string;
  search: string;
  organisation: string;
  riskClass: string;
  status: string;
  any: string;
  apply: string;
  results: (n: number) => string;
  none: string;
  name: string;
  category: string;
  published: string;
  entryOf: (org: string) => string;
  version: (n: number, of: number) => string;
  older: string;
  latest: string;
  history: string;
  publishedOn: (date: string) => string;
  approvedOn: (date: string) => string;
  classification: string;
  withheldTitle: string;
  euDatabase: string;
  euPoints: { deployer: string; submitter: string; providerEntry: string; fria: string; dpia: string };
  toComplete: string;
  notApplicable: string;
  machineReadable: string;
  standardNote: string;
  back: string;
  accessibility: string;
  languages: string;
  pages: (from: number, to: number, total: number) => string;
  previous: string;
  next: string;
  retracted: string;
  notFound: string;
}

export const PAGE_WORDS: Record<Lang, PageWords> = {
  fr: {
    title: 'Registre des algorithmes',
    intro: (o) => `Les systèmes d’IA et algorithmes que les administrations utilisent, publiés par elles après l’auto-évaluation et sa relecture. Service de ${o}.`,
    search: 'Rechercher',
    organisation: 'Organisation',
    riskClass: 'Classe au titre du règlement sur l’IA',
    status: 'Statut',
    any: 'Toutes',
    apply: 'Filtrer',
    results: (n) => (n === 1 ? '1 entrée' : `${n} entrées`),
    none: 'Aucune entrée ne correspond.',
    name: 'Nom',
    category: 'Catégorie',
    published: 'Publiée le',
    entryOf: (o) => `Entrée de ${o}`,
    version: (n, of) => `Version ${n} sur ${of}`,
    older: 'Vous lisez une version antérieure de cette entrée.',
    latest: 'Lire la version actuelle',
    history: 'Historique des versions',
    publishedOn: (d) => `publiée le ${d}`,
    approvedOn: (d) => `Évaluation approuvée par une deuxième personne (relecture) le ${d}.`,
    classification: 'Classe',
    withheldTitle: 'Champs non publiés',
    euDatabase: 'Base de données de l’UE (art. 49, par. 3, et annexe VIII, section C, du règlement sur l’IA)',
    euPoints: { deployer: '1. Déployeur : nom, adresse et coordonnées', submitter: '2. Personne qui soumet les informations', providerEntry: '3. Entrée du fournisseur dans la base de données de l’UE', fria: '4. Résumé de l’analyse d’impact sur les droits fondamentaux', dpia: '5. Résumé de l’analyse d’impact relative à la protection des données' },
    toComplete: 'À compléter',
    notApplicable: 'Sans objet',
    machineReadable: 'Données ouvertes',
    standardNote: 'Champs de la norme de publication 1.0.0 de l’Algoritmeregister néerlandais (langue étendue au français, à l’allemand et à l’anglais).',
    back: 'Retour au registre',
    accessibility: 'Déclaration d’accessibilité',
    languages: 'Langues',
    pages: (a, b, t) => `Entrées ${a} à ${b} sur ${t}`,
    previous: 'Page précédente',
    next: 'Page suivante',
    retracted: 'Cette entrée n’est pas (ou plus) publiée.',
    notFound: 'Entrée introuvable',
  },
  de: {
    title: 'Algorithmenregister',
    intro: (o) => `Die KI-Systeme und Algorithmen, die die Verwaltungen verwenden, von ihnen nach der Selbstbewertung und deren Prüfung veröffentlicht. Ein Dienst von ${o}.`,
    search: 'Suchen',
    organisation: 'Organisation',
    riskClass: 'Einstufung nach der KI-Verordnung',
    status: 'Status',
    any: 'Alle',
    apply: 'Filtern',
    results: (n) => (n === 1 ? '1 Eintrag' : `${n} Einträge`),
    none: 'Kein Eintrag passt.',
    name: 'Name',
    category: 'Kategorie',
    published: 'Veröffentlicht am',
    entryOf: (o) => `Eintrag von ${o}`,
    version: (n, of) => `Version ${n} von ${of}`,
    older: 'Sie lesen eine frühere Version dieses Eintrags.',
    latest: 'Aktuelle Version lesen',
    history: 'Versionsverlauf',
    publishedOn: (d) => `veröffentlicht am ${d}`,
    approvedOn: (d) => `Bewertung von einer zweiten Person geprüft und genehmigt am ${d}.`,
    classification: 'Einstufung',
    withheldTitle: 'Nicht veröffentlichte Felder',
    euDatabase: 'EU-Datenbank (Art. 49 Abs. 3 und Anhang VIII Abschnitt C der KI-Verordnung)',
    euPoints: { deployer: '1. Betreiber: Name, Anschrift und Kontaktangaben', submitter: '2. Person, die die Informationen übermittelt', providerEntry: '3. Eintrag des Anbieters in der EU-Datenbank', fria: '4. Zusammenfassung der Grundrechte-Folgenabschätzung', dpia: '5. Zusammenfassung der Datenschutz-Folgenabschätzung' },
    toComplete: 'Zu ergänzen',
    notApplicable: 'Entfällt',
    machineReadable: 'Offene Daten',
    standardNote: 'Felder des Veröffentlichungsstandards 1.0.0 des niederländischen Algoritmeregister (Sprache auf Französisch, Deutsch und Englisch erweitert).',
    back: 'Zurück zum Register',
    accessibility: 'Erklärung zur Barrierefreiheit',
    languages: 'Sprachen',
    pages: (a, b, t) => `Einträge ${a} bis ${b} von ${t}`,
    previous: 'Vorige Seite',
    next: 'Nächste Seite',
    retracted: 'Dieser Eintrag ist nicht (mehr) veröffentlicht.',
    notFound: 'Eintrag nicht gefunden',
  },
  en: {
    title: 'Algorithm register',
    intro: (o) => `The AI systems and algorithms the administrations use, published by them after the self-assessment and its review. A service of ${o}.`,
    search: 'Search',
    organisation: 'Organisation',
    riskClass: 'Class under the AI Act',
    status: 'Status',
    any: 'All',
    apply: 'Filter',
    results: (n) => (n === 1 ? '1 entry' : `${n} entries`),
    none: 'No entry matches.',
    name: 'Name',
    category: 'Category',
    published: 'Published on',
    entryOf: (o) => `Entry of ${o}`,
    version: (n, of) => `Version ${n} of ${of}`,
    older: 'You are reading an earlier version of this entry.',
    latest: 'Read the current version',
    history: 'Version history',
    publishedOn: (d) => `published on ${d}`,
    approvedOn: (d) => `Assessment reviewed and approved by a second person on ${d}.`,
    classification: 'Class',
    withheldTitle: 'Fields not published',
    euDatabase: 'EU database (AI Act Art 49(3) and Annex VIII Section C)',
    euPoints: { deployer: '1. Deployer: name, address and contact details', submitter: '2. Person submitting the information', providerEntry: '3. The provider’s entry in the EU database', fria: '4. Summary of the fundamental rights impact assessment', dpia: '5. Summary of the data protection impact assessment' },
    toComplete: 'To be completed',
    notApplicable: 'Not applicable',
    machineReadable: 'Open data',
    standardNote: 'Fields of the Dutch Algoritmeregister publication standard 1.0.0 (language extended to French, German and English).',
    back: 'Back to the register',
    accessibility: 'Accessibility statement',
    languages: 'Languages',
    pages: (a, b, t) => `Entries ${a} to ${b} of ${t}`,
    previous: 'Previous page',
    next: 'Next page',
    retracted: 'This entry is not (or no longer) published.',
    notFound: 'Entry not found',
  },
};
