// The words of the register section of an assessment's page (field, status and flag names come from
// worker/register/words.ts, shared with the public pages).
import type { Lang } from '../../../decision-trees/langs.ts';

export interface PublicationStrings {
  title: string;
  notPublished: string;
  published: (version: number, date: string, by: string) => string;
  outOfSync: (version: number) => string;
  publicPage: string;
  onlyEditors: string;
  intro: string;
  status: string;
  startDate: string;
  endDate: string;
  contact: string;
  contactHint: string;
  themes: string;
  themesHint: string;
  link: string;
  texts: string;
  textsHint: string;
  fromAssessment: string;
  euTitle: string;
  submitter: string;
  providerEntryUrl: string;
  deployerAddress: string;
  friaSummary: string;
  dpiaSummary: string;
  summaryHint: string;
  startFromDraft: string;
  euNonPublic: string;
  withhold: string;
  withholdReason: string;
  preview: string;
  publish: string;
  republish: string;
  retract: string;
  retractConfirm: string;
  previewTitle: string;
  previewStale: string;
  blockers: string;
  origin: Record<'assessment' | 'editor' | 'derived' | 'withheld' | 'toComplete', string>;
  shortened: string;
  colField: string;
  colValue: string;
  colCheck: string;
  nothingToCheck: string;
  optional: string;
}

const fr: PublicationStrings = {
  title: 'Registre public des algorithmes',
  notPublished: 'Cette évaluation n’est pas publiée au registre.',
  published: (v, d, b) => `Publiée au registre : version ${v}, le ${d}, par ${b}.`,
  outOfSync: (v) => `Désynchronisée : l’évaluation a changé depuis la version ${v} publiée. Après une nouvelle approbation, republiez-la.`,
  publicPage: 'Voir l’entrée publique',
  onlyEditors: 'Seuls les éditeurs du registre et les administrateurs publient.',
  intro: 'Complétez ce que l’évaluation ne dit pas, prévisualisez exactement ce qui deviendra public, retenez ce qui ne doit pas l’être, puis publiez.',
  status: 'Statut du système',
  startDate: 'Mise en service (mois)',
  endDate: 'Mise hors service (mois, si hors service)',
  contact: 'Contact public',
  contactHint: 'Une boîte générique ou une page web, pas l’adresse d’une personne.',
  themes: 'Thèmes',
  themesHint: 'Domaines d’action, séparés par des virgules.',
  link: 'Page publique sur le système (facultatif)',
  texts: 'Champs à compléter',
  textsHint: 'Uniquement les champs que l’évaluation laisse à compléter.',
  fromAssessment: 'Repris de l’évaluation approuvée',
  euTitle: 'Base de données de l’UE (annexe VIII, section C)',
  submitter: 'Personne qui soumet les informations pour le déployeur (nom, adresse, contact)',
  providerEntryUrl: 'Adresse de l’entrée du fournisseur dans la base de données de l’UE',
  deployerAddress: 'Adresse du déployeur',
  friaSummary: 'Résumé des conclusions de l’analyse d’impact sur les droits fondamentaux réalisée (point 4)',
  dpiaSummary: 'Résumé de l’analyse d’impact relative à la protection des données réalisée (point 5)',
  summaryHint: 'Le résumé de l’analyse effectivement réalisée, pas celui du projet pré-rempli.',
  startFromDraft: 'Partir des constats du projet pré-rempli',
  euNonPublic: 'Activités répressives, migration, asile ou contrôle aux frontières : l’enregistrement va dans la section sécurisée non publique, avec les points 1 à 3 seulement (art. 49, par. 4) ; il ne paraît pas au registre public.',
  withhold: 'Ne pas publier ce champ',
  withholdReason: 'Motif affiché à sa place',
  preview: 'Prévisualiser',
  publish: 'Publier',
  republish: 'Republier (nouvelle version)',
  retract: 'Retirer du registre',
  retractConfirm: 'Confirmer le retrait : l’entrée et toutes ses versions disparaissent du registre public.',
  previewTitle: 'Ce qui deviendra public',
  previewStale: 'Le formulaire a changé depuis la prévisualisation : prévisualisez à nouveau avant de publier.',
  blockers: 'Publication impossible pour l’instant',
  origin: { assessment: 'évaluation', editor: 'saisi ici', derived: 'calculé', withheld: 'retenu', toComplete: 'à compléter' },
  shortened: 'raccourci à la longueur de la norme',
  colField: 'Champ',
  colValue: 'Valeur publique',
  colCheck: 'À vérifier',
  nothingToCheck: 'rien de signalé',
  optional: 'facultatif',
};

const de: PublicationStrings = {
  title: 'Öffentliches Algorithmenregister',
  notPublished: 'Diese Bewertung ist nicht im Register veröffentlicht.',
  published: (v, d, b) => `Im Register veröffentlicht: Version ${v}, am ${d}, von ${b}.`,
  outOfSync: (v) => `Nicht mehr aktuell: Die Bewertung hat sich seit der veröffentlichten Version ${v} geändert. Nach einer neuen Genehmigung erneut veröffentlichen.`,
  publicPage: 'Öffentlichen Eintrag ansehen',
  onlyEditors: 'Nur Registerredaktion und Administratoren veröffentlichen.',
  intro: 'Ergänzen Sie, was die Bewertung nicht enthält, sehen Sie genau an, was öffentlich wird, halten Sie zurück, was es nicht werden darf, und veröffentlichen Sie dann.',
  status: 'Status des Systems',
  startDate: 'Inbetriebnahme (Monat)',
  endDate: 'Außerbetriebnahme (Monat, falls außer Betrieb)',
  contact: 'Öffentlicher Kontakt',
  contactHint: 'Ein Funktionspostfach oder eine Webseite, nicht die Adresse einer Person.',
  themes: 'Themen',
  themesHint: 'Politikbereiche, durch Kommas getrennt.',
  link: 'Öffentliche Seite über das System (optional)',
  texts: 'Zu ergänzende Felder',
  textsHint: 'Nur die Felder, die die Bewertung offen lässt.',
  fromAssessment: 'Aus der genehmigten Bewertung übernommen',
  euTitle: 'EU-Datenbank (Anhang VIII Abschnitt C)',
  submitter: 'Person, die die Informationen für den Betreiber übermittelt (Name, Anschrift, Kontakt)',
  providerEntryUrl: 'Adresse des Eintrags des Anbieters in der EU-Datenbank',
  deployerAddress: 'Anschrift des Betreibers',
  friaSummary: 'Zusammenfassung der Ergebnisse der durchgeführten Grundrechte-Folgenabschätzung (Nummer 4)',
  dpiaSummary: 'Zusammenfassung der durchgeführten Datenschutz-Folgenabschätzung (Nummer 5)',
  summaryHint: 'Die Zusammenfassung der tatsächlich durchgeführten Abschätzung, nicht die des vorausgefüllten Entwurfs.',
  startFromDraft: 'Von den Feststellungen des vorausgefüllten Entwurfs ausgehen',
  euNonPublic: 'Strafverfolgung, Migration, Asyl oder Grenzkontrolle: Die Registrierung erfolgt im sicheren nicht öffentlichen Teil, nur mit den Nummern 1 bis 3 (Art. 49 Abs. 4); sie erscheint nicht im öffentlichen Register.',
  withhold: 'Dieses Feld nicht veröffentlichen',
  withholdReason: 'An seiner Stelle angezeigter Grund',
  preview: 'Vorschau',
  publish: 'Veröffentlichen',
  republish: 'Erneut veröffentlichen (neue Version)',
  retract: 'Aus dem Register zurückziehen',
  retractConfirm: 'Zurückziehen bestätigen: Der Eintrag und alle seine Versionen verschwinden aus dem öffentlichen Register.',
  previewTitle: 'Was öffentlich wird',
  previewStale: 'Das Formular hat sich seit der Vorschau geändert: Vor dem Veröffentlichen erneut Vorschau anzeigen.',
  blockers: 'Veröffentlichung derzeit nicht möglich',
  origin: { assessment: 'Bewertung', editor: 'hier eingegeben', derived: 'berechnet', withheld: 'zurückgehalten', toComplete: 'zu ergänzen' },
  shortened: 'auf die Länge des Standards gekürzt',
  colField: 'Feld',
  colValue: 'Öffentlicher Wert',
  colCheck: 'Zu prüfen',
  nothingToCheck: 'nichts gemeldet',
  optional: 'optional',
};

const en: PublicationStrings = {
  title: 'Public algorithm register',
  notPublished: 'This assessment is not published in the register.',
  published: (v, d, b) => `Published in the register: version ${v}, on ${d}, by ${b}.`,
  outOfSync: (v) => `Out of sync: the assessment changed after published version ${v}. Once it is approved again, republish it.`,
  publicPage: 'See the public entry',
  onlyEditors: 'Only register editors and admins publish.',
  intro: 'Complete what the assessment does not say, preview exactly what becomes public, withhold what must not, then publish.',
  status: 'Status of the system',
  startDate: 'Put into use (month)',
  endDate: 'Taken out of use (month, if out of use)',
  contact: 'Public contact',
  contactHint: 'A generic mailbox or a web page, not a person’s address.',
  themes: 'Themes',
  themesHint: 'Policy areas, separated by commas.',
  link: 'Public page about the system (optional)',
  texts: 'Fields to complete',
  textsHint: 'Only the fields the assessment leaves to complete.',
  fromAssessment: 'From the approved assessment',
  euTitle: 'EU database (Annex VIII Section C)',
  submitter: 'Person submitting the information for the deployer (name, address, contact)',
  providerEntryUrl: 'Address of the provider’s entry in the EU database',
  deployerAddress: 'Deployer’s address',
  friaSummary: 'Summary of the findings of the fundamental rights impact assessment carried out (point 4)',
  dpiaSummary: 'Summary of the data protection impact assessment carried out (point 5)',
  summaryHint: 'The summary of the assessment actually carried out, not of the pre-filled draft.',
  startFromDraft: 'Start from the pre-filled draft’s findings',
  euNonPublic: 'Law enforcement, migration, asylum or border control: the registration goes into the secure non-public section, with points 1 to 3 only (Art 49(4)); it does not appear in the public register.',
  withhold: 'Do not publish this field',
  withholdReason: 'Reason shown in its place',
  preview: 'Preview',
  publish: 'Publish',
  republish: 'Republish (new version)',
  retract: 'Retract from the register',
  retractConfirm: 'Confirm the retraction: the entry and all its versions disappear from the public register.',
  previewTitle: 'What becomes public',
  previewStale: 'The form changed since the preview: preview again before publishing.',
  blockers: 'Cannot be published yet',
  origin: { assessment: 'assessment', editor: 'entered here', derived: 'computed', withheld: 'withheld', toComplete: 'to complete' },
  shortened: 'shortened to the standard’s length',
  colField: 'Field',
  colValue: 'Public value',
  colCheck: 'To check',
  nothingToCheck: 'nothing flagged',
  optional: 'optional',
};

export const PUBLICATION_STRINGS: Record<Lang, PublicationStrings> = { fr, de, en };
