// The workspace's words in each language (the questionnaire's are in ../i18n).
import type { Lang } from '../../../decision-trees/langs.ts';

export interface WorkspaceStrings {
  title: string;
  nav: string;
  portfolio: string;
  reviewQueue: string;
  members: string;
  questionnaire: string;
  signIn: string;
  signInIntro: string;
  signInLocal: string;
  signInOff: string;
  signOut: string;
  signedInAs: (name: string, role: string, org: string) => string;
  loading: string;
  failed: string;
  // portfolio
  recheckBanner: (n: number) => string;
  search: string;
  status: string;
  riskClass: string;
  any: string;
  incomplete: string;
  recheckOnly: string;
  apply: string;
  exportCsv: string;
  caption: (org: string, n: number) => string;
  colTitle: string;
  colOwner: string;
  colClass: string;
  colStatus: string;
  colVersion: string;
  colUpdated: string;
  colRecheck: string;
  recheckNeeded: string;
  registerPublished: (v: number) => string;
  registerOutOfSync: (v: number) => string;
  publicRegister: string;
  pages: string;
  previousPage: string;
  nextPage: string;
  pageOf: (from: number, to: number, total: number) => string;
  untitled: string;
  none: string;
  newAssessment: string;
  claimTitle: string;
  claimLabel: string;
  claimHelp: string;
  claim: string;
  claimInvalid: string;
  queueIntro: string;
  queueEmpty: string;
  // members
  membersCaption: (n: number) => string;
  colName: string;
  colEmail: string;
  colRole: string;
  colSource: string;
  sources: Record<'claim' | 'invitation' | 'admin' | 'local', string>;
  changeRole: (name: string) => string;
  remove: (name: string) => string;
  removeButton: string;
  removeConfirm: (name: string) => string;
  invitations: string;
  invitedBy: (name: string) => string;
  withdraw: (email: string) => string;
  invite: string;
  email: string;
  role: string;
  save: string;
  // one assessment
  back: string;
  owner: string;
  version: string;
  updated: string;
  review: string;
  approvedBy: (name: string, role: string, date: string) => string;
  notApproved: string;
  previousApproval: (round: number, name: string, date: string) => string;
  answersHash: string;
  round: (n: number) => string;
  submit: string;
  submitIncomplete: string;
  requestChanges: string;
  note: string;
  approve: string;
  approveHelp: string;
  changeAnswers: string;
  changeAfterApproval: string;
  recheckTitle: (version: string) => string;
  recheckPreview: string;
  recheckNow: string;
  toConfirm: string;
  askedAgain: string;
  notCarried: string;
  answers: string;
  comments: (n: number) => string;
  commentOn: string;
  commentGeneral: string;
  commentLabel: string;
  send: string;
  reply: string;
  resolve: string;
  resolvedBy: (name: string, date: string) => string;
  audit: string;
  auditActions: Record<string, string>;
  downloads: string;
  changesSaved: string;
}

const fr: WorkspaceStrings = {
  title: 'Espace de travail',
  nav: 'Espace de travail',
  portfolio: 'Portefeuille',
  reviewQueue: 'À relire',
  members: 'Membres',
  questionnaire: 'Questionnaire public',
  signIn: 'Se connecter',
  signInIntro: 'Connectez-vous avec le compte de votre administration pour voir les évaluations de votre organisation, les faire relire et les approuver.',
  signInLocal: 'Ce service tourne en mode local : la connexion propose des utilisateurs de démonstration.',
  signInOff: 'La connexion n’est pas configurée sur ce service. Le questionnaire public reste disponible sans connexion.',
  signOut: 'Se déconnecter',
  signedInAs: (n, r, o) => `${n}, ${r} — ${o}`,
  loading: 'Chargement…',
  failed: 'La demande n’a pas abouti.',
  recheckBanner: (n) => (n === 1 ? '1 de vos évaluations doit être revérifiée : une nouvelle version du questionnaire a été publiée.' : `${n} de vos évaluations doivent être revérifiées : une nouvelle version du questionnaire a été publiée.`),
  search: 'Rechercher (titre, auteur)',
  status: 'Statut',
  riskClass: 'Classe de risque',
  any: 'Tous',
  incomplete: 'Incomplète',
  recheckOnly: 'Seulement celles à revérifier',
  apply: 'Filtrer',
  exportCsv: 'Exporter en CSV',
  caption: (o, n) => `Évaluations de ${o} (${n})`,
  colTitle: 'Titre',
  colOwner: 'Auteur',
  colClass: 'Classe',
  colStatus: 'Statut',
  colVersion: 'Version',
  colUpdated: 'Dernière modification',
  colRecheck: 'Revérification',
  recheckNeeded: 'à revérifier',
  registerPublished: (v) => `au registre (v${v})`,
  registerOutOfSync: (v) => `registre désynchronisé (v${v})`,
  publicRegister: 'Registre public',
  pages: 'Pages',
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  pageOf: (f, t, n) => `${f} à ${t} sur ${n}`,
  untitled: '(sans titre)',
  none: '—',
  newAssessment: 'Nouvelle évaluation',
  claimTitle: 'Reprendre une évaluation anonyme',
  claimLabel: 'Lien d’édition',
  claimHelp: 'Le lien d’édition de l’évaluation (…/#edit=…). Elle rejoint l’espace de travail ; le lien d’édition ne fonctionne plus ensuite.',
  claim: 'Reprendre',
  claimInvalid: 'Ce n’est pas un lien d’édition de ce service.',
  queueIntro: 'Les évaluations soumises à relecture par d’autres membres.',
  queueEmpty: 'Aucune évaluation n’attend de relecture.',
  membersCaption: (n) => `Membres (${n})`,
  colName: 'Nom',
  colEmail: 'Adresse électronique',
  colRole: 'Rôle',
  colSource: 'Origine du rôle',
  sources: { claim: 'fournisseur d’identité', invitation: 'invitation', admin: 'administrateur', local: 'démonstration locale' },
  changeRole: (n) => `Rôle de ${n}`,
  remove: (n) => `Retirer ${n}`,
  removeButton: 'Retirer',
  removeConfirm: (n) => `Retirer ${n} de l’organisation ? Son accès prend fin immédiatement.`,
  invitations: 'Invitations en attente',
  invitedBy: (n) => `invité par ${n}`,
  withdraw: (e) => `Retirer l’invitation de ${e}`,
  invite: 'Inviter',
  email: 'Adresse électronique',
  role: 'Rôle',
  save: 'Enregistrer',
  back: 'Retour au portefeuille',
  owner: 'Auteur',
  version: 'Version du questionnaire',
  updated: 'Dernière modification',
  review: 'Relecture',
  approvedBy: (n, r, d) => `Approuvée par ${n} (${r}) le ${d}.`,
  notApproved: 'Non approuvée.',
  previousApproval: (r, n, d) => `Le tour ${r} avait été approuvé par ${n} le ${d} ; les réponses ont changé depuis.`,
  answersHash: 'Empreinte des réponses approuvées (SHA-256)',
  round: (n) => `Tour de relecture ${n}`,
  submit: 'Soumettre à relecture',
  submitIncomplete: 'Répondez à toutes les questions avant de soumettre l’évaluation.',
  requestChanges: 'Demander des modifications',
  note: 'Message à l’auteur (facultatif)',
  approve: 'Approuver ces réponses',
  approveHelp: 'Vous approuvez exactement les réponses affichées ; si l’évaluation a changé entre-temps, l’approbation est refusée.',
  changeAnswers: 'Modifier les réponses',
  changeAfterApproval: 'Modifier une réponse ouvre un nouveau tour de relecture, qui devra être approuvé à nouveau.',
  recheckTitle: (v) => `La version ${v} du questionnaire est publiée : cette évaluation doit être revérifiée.`,
  recheckPreview: 'Voir ce qui change',
  recheckNow: 'Revérifier maintenant (nouveau brouillon)',
  toConfirm: 'Réponses reprises, à confirmer',
  askedAgain: 'Questions posées à nouveau',
  notCarried: 'Réponses non reprises',
  answers: 'Réponses et commentaires',
  comments: (n) => (n === 1 ? '1 commentaire' : `${n} commentaires`),
  commentOn: 'Commenter cette question',
  commentGeneral: 'Commentaires sur l’ensemble de l’évaluation',
  commentLabel: 'Commentaire',
  send: 'Envoyer',
  reply: 'Répondre',
  resolve: 'Clore le fil',
  resolvedBy: (n, d) => `Clos par ${n} le ${d}`,
  audit: 'Journal des modifications',
  auditActions: { created: 'création', answered: 'réponse', taken_back: 'réponse reprise', language_changed: 'langue changée', migrated: 'passage à une nouvelle version', claimed: 'reprise dans l’espace de travail', submitted: 'soumise à relecture', changes_requested: 'modifications demandées', approved: 'approuvée', reopened: 'rouverte', commented: 'commentaire', comment_resolved: 'fil clos', published: 'publiée au registre', retracted: 'retirée du registre' },
  downloads: 'Rapport',
  changesSaved: 'Enregistré.',
};

const de: WorkspaceStrings = {
  title: 'Arbeitsbereich',
  nav: 'Arbeitsbereich',
  portfolio: 'Portfolio',
  reviewQueue: 'Zu prüfen',
  members: 'Mitglieder',
  questionnaire: 'Öffentlicher Fragebogen',
  signIn: 'Anmelden',
  signInIntro: 'Melden Sie sich mit dem Konto Ihrer Verwaltung an, um die Bewertungen Ihrer Organisation zu sehen, prüfen zu lassen und zu genehmigen.',
  signInLocal: 'Dieser Dienst läuft lokal: Die Anmeldung bietet Demo-Benutzer an.',
  signInOff: 'Die Anmeldung ist für diesen Dienst nicht eingerichtet. Der öffentliche Fragebogen bleibt ohne Anmeldung verfügbar.',
  signOut: 'Abmelden',
  signedInAs: (n, r, o) => `${n}, ${r} — ${o}`,
  loading: 'Wird geladen…',
  failed: 'Die Anfrage ist fehlgeschlagen.',
  recheckBanner: (n) => (n === 1 ? '1 Ihrer Bewertungen muss erneut geprüft werden: Eine neue Version des Fragebogens ist veröffentlicht.' : `${n} Ihrer Bewertungen müssen erneut geprüft werden: Eine neue Version des Fragebogens ist veröffentlicht.`),
  search: 'Suchen (Titel, Verfasser)',
  status: 'Status',
  riskClass: 'Risikoklasse',
  any: 'Alle',
  incomplete: 'Unvollständig',
  recheckOnly: 'Nur erneut zu prüfende',
  apply: 'Filtern',
  exportCsv: 'Als CSV exportieren',
  caption: (o, n) => `Bewertungen von ${o} (${n})`,
  colTitle: 'Titel',
  colOwner: 'Verfasser',
  colClass: 'Klasse',
  colStatus: 'Status',
  colVersion: 'Version',
  colUpdated: 'Letzte Änderung',
  colRecheck: 'Erneute Prüfung',
  recheckNeeded: 'erneut prüfen',
  registerPublished: (v) => `im Register (V${v})`,
  registerOutOfSync: (v) => `Register nicht aktuell (V${v})`,
  publicRegister: 'Öffentliches Register',
  pages: 'Seiten',
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  pageOf: (f, t, n) => `${f} bis ${t} von ${n}`,
  untitled: '(ohne Titel)',
  none: '—',
  newAssessment: 'Neue Bewertung',
  claimTitle: 'Eine anonyme Bewertung übernehmen',
  claimLabel: 'Bearbeitungslink',
  claimHelp: 'Der Bearbeitungslink der Bewertung (…/#edit=…). Sie kommt in den Arbeitsbereich; der Bearbeitungslink funktioniert danach nicht mehr.',
  claim: 'Übernehmen',
  claimInvalid: 'Das ist kein Bearbeitungslink dieses Dienstes.',
  queueIntro: 'Von anderen Mitgliedern zur Prüfung eingereichte Bewertungen.',
  queueEmpty: 'Keine Bewertung wartet auf Prüfung.',
  membersCaption: (n) => `Mitglieder (${n})`,
  colName: 'Name',
  colEmail: 'E-Mail-Adresse',
  colRole: 'Rolle',
  colSource: 'Herkunft der Rolle',
  sources: { claim: 'Identitätsanbieter', invitation: 'Einladung', admin: 'Administration', local: 'lokale Demo' },
  changeRole: (n) => `Rolle von ${n}`,
  remove: (n) => `${n} entfernen`,
  removeButton: 'Entfernen',
  removeConfirm: (n) => `${n} aus der Organisation entfernen? Der Zugang endet sofort.`,
  invitations: 'Offene Einladungen',
  invitedBy: (n) => `eingeladen von ${n}`,
  withdraw: (e) => `Einladung von ${e} zurückziehen`,
  invite: 'Einladen',
  email: 'E-Mail-Adresse',
  role: 'Rolle',
  save: 'Speichern',
  back: 'Zurück zum Portfolio',
  owner: 'Verfasser',
  version: 'Version des Fragebogens',
  updated: 'Letzte Änderung',
  review: 'Prüfung',
  approvedBy: (n, r, d) => `Genehmigt von ${n} (${r}) am ${d}.`,
  notApproved: 'Nicht genehmigt.',
  previousApproval: (r, n, d) => `Runde ${r} war von ${n} am ${d} genehmigt worden; die Antworten haben sich seither geändert.`,
  answersHash: 'Prüfsumme der genehmigten Antworten (SHA-256)',
  round: (n) => `Prüfrunde ${n}`,
  submit: 'Zur Prüfung einreichen',
  submitIncomplete: 'Beantworten Sie alle Fragen, bevor Sie die Bewertung einreichen.',
  requestChanges: 'Änderungen verlangen',
  note: 'Nachricht an den Verfasser (freiwillig)',
  approve: 'Diese Antworten genehmigen',
  approveHelp: 'Sie genehmigen genau die angezeigten Antworten; hat sich die Bewertung inzwischen geändert, wird die Genehmigung abgelehnt.',
  changeAnswers: 'Antworten ändern',
  changeAfterApproval: 'Eine geänderte Antwort eröffnet eine neue Prüfrunde, die erneut genehmigt werden muss.',
  recheckTitle: (v) => `Version ${v} des Fragebogens ist veröffentlicht: Diese Bewertung muss erneut geprüft werden.`,
  recheckPreview: 'Änderungen ansehen',
  recheckNow: 'Jetzt erneut prüfen (neuer Entwurf)',
  toConfirm: 'Übernommene Antworten, zu bestätigen',
  askedAgain: 'Erneut gestellte Fragen',
  notCarried: 'Nicht übernommene Antworten',
  answers: 'Antworten und Kommentare',
  comments: (n) => (n === 1 ? '1 Kommentar' : `${n} Kommentare`),
  commentOn: 'Diese Frage kommentieren',
  commentGeneral: 'Kommentare zur gesamten Bewertung',
  commentLabel: 'Kommentar',
  send: 'Senden',
  reply: 'Antworten',
  resolve: 'Thread schließen',
  resolvedBy: (n, d) => `Geschlossen von ${n} am ${d}`,
  audit: 'Änderungsprotokoll',
  auditActions: { created: 'erstellt', answered: 'Antwort', taken_back: 'Antwort zurückgenommen', language_changed: 'Sprache geändert', migrated: 'auf neue Version umgestellt', claimed: 'in den Arbeitsbereich übernommen', submitted: 'zur Prüfung eingereicht', changes_requested: 'Änderungen verlangt', approved: 'genehmigt', reopened: 'wieder geöffnet', commented: 'Kommentar', comment_resolved: 'Thread geschlossen', published: 'im Register veröffentlicht', retracted: 'aus dem Register zurückgezogen' },
  downloads: 'Bericht',
  changesSaved: 'Gespeichert.',
};

const en: WorkspaceStrings = {
  title: 'Workspace',
  nav: 'Workspace',
  portfolio: 'Portfolio',
  reviewQueue: 'To review',
  members: 'Members',
  questionnaire: 'Public questionnaire',
  signIn: 'Sign in',
  signInIntro: 'Sign in with your administration’s account to see your organisation’s assessments, have them reviewed and approve them.',
  signInLocal: 'This service runs locally: signing in offers demo users.',
  signInOff: 'Sign-in is not configured on this service. The public questionnaire stays available without signing in.',
  signOut: 'Sign out',
  signedInAs: (n, r, o) => `${n}, ${r} — ${o}`,
  loading: 'Loading…',
  failed: 'The request did not go through.',
  recheckBanner: (n) => (n === 1 ? '1 of your assessments needs a re-check: a new version of the questionnaire is published.' : `${n} of your assessments need a re-check: a new version of the questionnaire is published.`),
  search: 'Search (title, author)',
  status: 'Status',
  riskClass: 'Risk class',
  any: 'Any',
  incomplete: 'Incomplete',
  recheckOnly: 'Only those to re-check',
  apply: 'Filter',
  exportCsv: 'Export as CSV',
  caption: (o, n) => `Assessments of ${o} (${n})`,
  colTitle: 'Title',
  colOwner: 'Author',
  colClass: 'Class',
  colStatus: 'Status',
  colVersion: 'Version',
  colUpdated: 'Last change',
  colRecheck: 'Re-check',
  recheckNeeded: 're-check needed',
  registerPublished: (v) => `in the register (v${v})`,
  registerOutOfSync: (v) => `register out of sync (v${v})`,
  publicRegister: 'Public register',
  pages: 'Pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: (f, t, n) => `${f} to ${t} of ${n}`,
  untitled: '(untitled)',
  none: '—',
  newAssessment: 'New assessment',
  claimTitle: 'Take over an anonymous assessment',
  claimLabel: 'Edit link',
  claimHelp: 'The assessment’s edit link (…/#edit=…). It joins the workspace; the edit link stops working afterwards.',
  claim: 'Take over',
  claimInvalid: 'This is not an edit link of this service.',
  queueIntro: 'Assessments other members submitted for review.',
  queueEmpty: 'No assessment is waiting for review.',
  membersCaption: (n) => `Members (${n})`,
  colName: 'Name',
  colEmail: 'E-mail address',
  colRole: 'Role',
  colSource: 'Role from',
  sources: { claim: 'identity provider', invitation: 'invitation', admin: 'admin', local: 'local demo' },
  changeRole: (n) => `Role of ${n}`,
  remove: (n) => `Remove ${n}`,
  removeButton: 'Remove',
  removeConfirm: (n) => `Remove ${n} from the organisation? Their access ends at once.`,
  invitations: 'Open invitations',
  invitedBy: (n) => `invited by ${n}`,
  withdraw: (e) => `Withdraw the invitation of ${e}`,
  invite: 'Invite',
  email: 'E-mail address',
  role: 'Role',
  save: 'Save',
  back: 'Back to the portfolio',
  owner: 'Author',
  version: 'Questionnaire version',
  updated: 'Last change',
  review: 'Review',
  approvedBy: (n, r, d) => `Approved by ${n} (${r}) on ${d}.`,
  notApproved: 'Not approved.',
  previousApproval: (r, n, d) => `Round ${r} was approved by ${n} on ${d}; the answers have changed since.`,
  answersHash: 'Fingerprint of the approved answers (SHA-256)',
  round: (n) => `Review round ${n}`,
  submit: 'Submit for review',
  submitIncomplete: 'Answer every question before submitting the assessment.',
  requestChanges: 'Request changes',
  note: 'Message to the author (optional)',
  approve: 'Approve these answers',
  approveHelp: 'You approve exactly the answers shown; if the assessment changed meanwhile, the approval is refused.',
  changeAnswers: 'Change answers',
  changeAfterApproval: 'Changing an answer opens a new review round, which needs approval again.',
  recheckTitle: (v) => `Version ${v} of the questionnaire is published: this assessment needs a re-check.`,
  recheckPreview: 'See what changes',
  recheckNow: 'Re-check now (new draft)',
  toConfirm: 'Answers carried over, to confirm',
  askedAgain: 'Questions asked again',
  notCarried: 'Answers not carried over',
  answers: 'Answers and comments',
  comments: (n) => (n === 1 ? '1 comment' : `${n} comments`),
  commentOn: 'Comment on this question',
  commentGeneral: 'Comments on the whole assessment',
  commentLabel: 'Comment',
  send: 'Send',
  reply: 'Reply',
  resolve: 'Resolve the thread',
  resolvedBy: (n, d) => `Resolved by ${n} on ${d}`,
  audit: 'Audit trail',
  auditActions: { created: 'created', answered: 'answer', taken_back: 'answer taken back', language_changed: 'language changed', migrated: 'moved to a new version', claimed: 'taken into the workspace', submitted: 'submitted for review', changes_requested: 'changes requested', approved: 'approved', reopened: 'reopened', commented: 'comment', comment_resolved: 'thread resolved', published: 'published in the register', retracted: 'retracted from the register' },
  downloads: 'Report',
  changesSaved: 'Saved.',
};

export const WORKSPACE_STRINGS: Record<Lang, WorkspaceStrings> = { fr, de, en };
