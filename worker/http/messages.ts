// Every problem the API can answer, and every reason it gives for a field, worded in the request's
// language. One catalogue: the responses, the problem page at /api/problems and the OpenAPI document
// read it. Codes are stable; the words may improve.
import type { Lang } from '../../decision-trees/langs.ts';

type Params = Record<string, string | number>;
type Text = Record<Lang, (p: Params) => string>;
const same = (fr: string, de: string, en: string): Text => ({ fr: () => fr, de: () => de, en: () => en });

/** Problem types: the `type` of every response, one status each, documented at /api/problems#<kind>. */
export const PROBLEM_KINDS = {
  'validation-error': { status: 400, title: same('La requête n’est pas valide', 'Die Anfrage ist ungültig', 'The request is not valid'), when: 'A field of the request breaks its schema, or an answer does not fit its question; `invalid-params` names each field.' },
  'malformed-json': { status: 400, title: same('Le corps n’est pas du JSON valide', 'Der Inhalt ist kein gültiges JSON', 'The body is not valid JSON'), when: 'The body cannot be parsed as JSON (or is not valid UTF-8).' },
  unauthorized: { status: 401, title: same('Un jeton d’édition est requis', 'Ein Bearbeitungstoken ist erforderlich', 'An edit token is required'), when: 'The operation needs `Authorization: Bearer <editToken>` and none was sent.' },
  forbidden: { status: 403, title: same('Ce jeton ne peut pas modifier cette évaluation', 'Dieses Token kann diese Bewertung nicht ändern', 'This token cannot change this assessment'), when: 'The token sent is not the assessment’s edit token.' },
  'sign-in-required': { status: 401, title: same('Une connexion est requise', 'Eine Anmeldung ist erforderlich', 'Sign-in required'), when: 'A workspace operation without a valid session cookie or bearer access token from the identity provider; a forged, expired or wrong-audience token, an ended session or a person who is no longer a member.' },
  'role-required': { status: 403, title: same('Votre rôle ne le permet pas', 'Ihre Rolle erlaubt das nicht', 'Your role does not allow this'), when: 'A member whose role does not allow the operation (for example a project lead managing members), or a change to someone else’s assessment.' },
  'cross-site-request': { status: 403, title: same('Requête d’un autre site refusée', 'Anfrage einer anderen Website abgelehnt', 'Cross-site request refused'), when: 'A change sent with a session cookie whose `Origin` is not this service (protection against cross-site request forgery).' },
  'sign-in-unavailable': { status: 503, title: same('La connexion n’est pas disponible', 'Die Anmeldung ist nicht verfügbar', 'Sign-in is not available'), when: 'This deployment has no sign-in configured, its settings do not parse, local demo sign-in is asked of a production deployment, or the identity provider cannot be reached.' },
  'origin-not-allowed': { status: 403, title: same('Cette origine n’est pas autorisée', 'Dieser Ursprung ist nicht zugelassen', 'This origin is not allowed'), when: 'A browser preflight from an origin missing from `ALLOWED_ORIGINS`.' },
  'not-found': { status: 404, title: same('Introuvable', 'Nicht gefunden', 'Not found'), when: 'No such endpoint, assessment, share link or tree; also answered to a wrong token’s holder so that existence does not leak.' },
  'version-unavailable': { status: 404, title: same('Cette version du questionnaire n’est pas disponible', 'Diese Version des Fragebogens ist nicht verfügbar', 'This flow version is not available'), when: 'The flow or version asked for is not published here.' },
  'method-not-allowed': { status: 405, title: same('Méthode non autorisée', 'Methode nicht erlaubt', 'Method not allowed'), when: 'The path exists but not with this method; the `Allow` header lists those it has.' },
  conflict: { status: 409, title: same('L’évaluation ne le permet pas dans son état actuel', 'Die Bewertung erlaubt das in ihrem jetzigen Zustand nicht', 'The assessment does not allow this in its current state'), when: 'Nothing to take back, a migration to a version that is not newer, or a migration computed on a revision that changed meanwhile.' },
  'precondition-failed': { status: 412, title: same('L’évaluation a changé entre-temps', 'Die Bewertung hat sich inzwischen geändert', 'The assessment changed meanwhile'), when: '`If-Match` names another revision than the stored one: read it again, then retry.' },
  'payload-too-large': { status: 413, title: same('Le corps est trop volumineux', 'Der Inhalt ist zu groß', 'The body is too large'), when: 'More than 64 KB.' },
  'unsupported-media-type': { status: 415, title: same('Le corps doit être en application/json', 'Der Inhalt muss application/json sein', 'The body must be application/json'), when: 'A body sent with another `Content-Type`.' },
  'precondition-required': { status: 428, title: same('If-Match est requis', 'If-Match ist erforderlich', 'If-Match is required'), when: 'The deployment requires `If-Match` on every write (`REQUIRE_IF_MATCH`) and none was sent.' },
  'rate-limited': { status: 429, title: same('Trop de requêtes', 'Zu viele Anfragen', 'Too many requests'), when: 'The per-client limit of the deployment was reached; `Retry-After` says when to retry.' },
  'internal-error': { status: 500, title: same('Erreur interne', 'Interner Fehler', 'Internal error'), when: 'A fault of the service; nothing of the request is echoed.' },
} as const;
export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** The sentences of `detail`. */
export const DETAILS = {
  invalid_fields: { fr: (p) => (p.count === 1 ? '1 champ n’est pas valide' : `${p.count} champs ne sont pas valides`), de: (p) => (p.count === 1 ? '1 Feld ist ungültig' : `${p.count} Felder sind ungültig`), en: (p) => (p.count === 1 ? '1 field is not valid' : `${p.count} fields are not valid`) },
  invalid_answers: {
    fr: (p) => (p.count === 1 ? `1 réponse ne convient pas au questionnaire ${p.flow} ${p.version}` : `${p.count} réponses ne conviennent pas au questionnaire ${p.flow} ${p.version}`),
    de: (p) => (p.count === 1 ? `1 Antwort passt nicht zum Fragebogen ${p.flow} ${p.version}` : `${p.count} Antworten passen nicht zum Fragebogen ${p.flow} ${p.version}`),
    en: (p) => (p.count === 1 ? `1 answer does not fit flow ${p.flow} ${p.version}` : `${p.count} answers do not fit flow ${p.flow} ${p.version}`),
  },
  invalid_answer: { fr: (p) => `La réponse à « ${p.question} » ne convient pas`, de: (p) => `Die Antwort auf „${p.question}“ passt nicht`, en: (p) => `The answer to "${p.question}" does not fit` },
  malformed_json: same('Le corps n’a pas pu être lu comme du JSON.', 'Der Inhalt konnte nicht als JSON gelesen werden.', 'The body could not be read as JSON.'),
  unknown_endpoint: same('Aucun point d’accès à cette adresse.', 'Unter dieser Adresse gibt es keinen Endpunkt.', 'No endpoint at this address.'),
  method_not_allowed: { fr: (p) => `Cette adresse accepte : ${p.allow}.`, de: (p) => `Diese Adresse erlaubt: ${p.allow}.`, en: (p) => `This address allows: ${p.allow}.` },
  assessment_not_found: same('Aucune évaluation avec cet identifiant et ce jeton.', 'Keine Bewertung mit dieser Kennung und diesem Token.', 'No assessment with this id and token.'),
  share_not_found: same('Aucune évaluation derrière ce lien.', 'Hinter diesem Link gibt es keine Bewertung.', 'No assessment behind this share link.'),
  tree_not_found: { fr: (p) => `Aucun arbre « ${p.id} » dans ce questionnaire.`, de: (p) => `Kein Baum „${p.id}“ in diesem Fragebogen.`, en: (p) => `No tree "${p.id}" in this flow.` },
  flow_not_published: { fr: (p) => `Le questionnaire « ${p.flow} »${p.version ? ` en version ${p.version}` : ''} n’est pas publié ici.`, de: (p) => `Der Fragebogen „${p.flow}“${p.version ? ` in Version ${p.version}` : ''} ist hier nicht veröffentlicht.`, en: (p) => `Flow "${p.flow}"${p.version ? ` version ${p.version}` : ''} is not published here.` },
  version_gone: { fr: (p) => `La version ${p.version} n’est plus publiée.`, de: (p) => `Version ${p.version} ist nicht mehr veröffentlicht.`, en: (p) => `Version ${p.version} is no longer published.` },
  token_required: same('Envoyez le jeton d’édition : « Authorization: Bearer <editToken> ».', 'Senden Sie das Bearbeitungstoken: „Authorization: Bearer <editToken>“.', 'Send the edit token as "Authorization: Bearer <editToken>".'),
  token_wrong: same('Ce jeton n’est pas celui de l’évaluation.', 'Dieses Token gehört nicht zu dieser Bewertung.', 'This token is not the assessment’s edit token.'),
  nothing_to_undo: same('Aucune réponse à reprendre : c’est la première question.', 'Keine Antwort zurückzunehmen: Dies ist die erste Frage.', 'No answer to take back: this is the first question.'),
  migration_not_newer: { fr: (p) => `L’évaluation est en version ${p.version} ; elle ne peut passer qu’à une version plus récente.`, de: (p) => `Die Bewertung ist in Version ${p.version}; sie kann nur auf eine neuere Version umgestellt werden.`, en: (p) => `The assessment is on version ${p.version}; it can only move to a newer version.` },
  changed_meanwhile: same('L’évaluation a changé pendant l’opération : relisez-la et recommencez.', 'Die Bewertung hat sich während des Vorgangs geändert: Lesen Sie sie erneut und wiederholen Sie.', 'The assessment changed during the operation: read it again and retry.'),
  precondition_failed: { fr: (p) => `If-Match ne correspond pas à la révision enregistrée (${p.current}).`, de: (p) => `If-Match entspricht nicht der gespeicherten Revision (${p.current}).`, en: (p) => `If-Match does not match the stored revision (${p.current}).` },
  precondition_required: same('Ce service exige If-Match sur chaque écriture : envoyez l’ETag lu.', 'Dieser Dienst verlangt If-Match bei jedem Schreibvorgang: Senden Sie das gelesene ETag.', 'This service requires If-Match on every write: send the ETag you read.'),
  body_too_large: { fr: (p) => `Au plus ${p.max} octets.`, de: (p) => `Höchstens ${p.max} Bytes.`, en: (p) => `At most ${p.max} bytes.` },
  not_form: same('Envoyez le formulaire de la page (application/x-www-form-urlencoded ou multipart/form-data).', 'Senden Sie das Formular der Seite (application/x-www-form-urlencoded oder multipart/form-data).', 'Send the page’s form (application/x-www-form-urlencoded or multipart/form-data).'),
  not_json: same('Envoyez le corps en application/json.', 'Senden Sie den Inhalt als application/json.', 'Send the body as application/json.'),
  rate_limited: { fr: (p) => `Au plus ${p.limit} requêtes par minute ; réessayez dans ${p.retry} s.`, de: (p) => `Höchstens ${p.limit} Anfragen pro Minute; in ${p.retry} s erneut versuchen.`, en: (p) => `At most ${p.limit} requests a minute; retry in ${p.retry} s.` },
  origin_not_allowed: { fr: (p) => `L’origine ${p.origin} ne figure pas dans ALLOWED_ORIGINS de ce service.`, de: (p) => `Der Ursprung ${p.origin} steht nicht in ALLOWED_ORIGINS dieses Dienstes.`, en: (p) => `Origin ${p.origin} is not in this service’s ALLOWED_ORIGINS.` },
  sign_in_required: same('Connectez-vous : cookie de session ou « Authorization: Bearer <jeton d’accès> » du fournisseur d’identité.', 'Melden Sie sich an: Sitzungscookie oder „Authorization: Bearer <Zugriffstoken>“ des Identitätsanbieters.', 'Sign in: a session cookie, or "Authorization: Bearer <access token>" from the identity provider.'),
  access_token_invalid: same('Ce jeton d’accès n’est pas valide pour ce service (signature, émetteur, audience ou expiration).', 'Dieses Zugriffstoken ist für diesen Dienst nicht gültig (Signatur, Aussteller, Zielgruppe oder Ablauf).', 'This access token is not valid for this service (signature, issuer, audience or expiry).'),
  not_a_member: same('Vous n’êtes membre d’aucune organisation de ce service.', 'Sie sind Mitglied keiner Organisation dieses Dienstes.', 'You are not a member of an organisation of this service.'),
  role_required: { fr: (p) => `Réservé au rôle : ${p.roles}.`, de: (p) => `Nur für die Rolle: ${p.roles}.`, en: (p) => `Only for the role: ${p.roles}.` },
  owner_only: same('Seuls l’auteur de l’évaluation et les administrateurs peuvent la modifier.', 'Nur der Verfasser der Bewertung und Administratoren können sie ändern.', 'Only the assessment’s author and admins can change it.'),
  cross_site: same('Cette modification vient d’une autre origine que ce service.', 'Diese Änderung kommt von einem anderen Ursprung als diesem Dienst.', 'This change comes from another origin than this service.'),
  sign_in_off: same('La connexion n’est pas configurée sur ce service.', 'Die Anmeldung ist für diesen Dienst nicht eingerichtet.', 'Sign-in is not configured on this service.'),
  identity_provider_unreachable: same('Le fournisseur d’identité ne répond pas ; réessayez plus tard.', 'Der Identitätsanbieter antwortet nicht; versuchen Sie es später erneut.', 'The identity provider does not answer; try again later.'),
  member_not_found: same('Aucun membre ou invitation de ce nom dans l’organisation.', 'Kein Mitglied und keine Einladung dieses Namens in der Organisation.', 'No such member or invitation in the organisation.'),
  last_admin: same('L’organisation doit garder au moins un administrateur.', 'Die Organisation muss mindestens einen Administrator behalten.', 'The organisation must keep at least one admin.'),
  already_member: same('Cette personne est déjà membre.', 'Diese Person ist bereits Mitglied.', 'This person is already a member.'),
  already_in_workspace: same('Cette évaluation appartient déjà à un espace de travail.', 'Diese Bewertung gehört bereits zu einem Arbeitsbereich.', 'This assessment already belongs to a workspace.'),
  not_in_workspace: same('Cette évaluation n’est dans aucun espace de travail : elle n’a ni relecture ni commentaires.', 'Diese Bewertung gehört zu keinem Arbeitsbereich: Sie hat weder Prüfung noch Kommentare.', 'This assessment is in no workspace: it has no review and no comments.'),
  review_incomplete: same('Seule une évaluation complète peut être soumise à relecture.', 'Nur eine vollständige Bewertung kann zur Prüfung eingereicht werden.', 'Only a complete assessment can be submitted for review.'),
  review_state: { fr: (p) => `Pas possible dans l’état « ${p.status} ».`, de: (p) => `Im Zustand „${p.status}“ nicht möglich.`, en: (p) => `Not possible in status "${p.status}".` },
  approval_stale: { fr: (p) => `L’évaluation a changé depuis son ouverture (révision actuelle ${p.current}) : relisez-la, puis approuvez.`, de: (p) => `Die Bewertung hat sich seit dem Öffnen geändert (aktuelle Revision ${p.current}): Lesen Sie sie erneut und genehmigen Sie dann.`, en: (p) => `The assessment changed since it was opened (current revision ${p.current}): read it again, then approve.` },
  four_eyes: same('L’auteur d’une évaluation ne peut pas l’approuver ni demander des modifications : une autre personne doit la relire.', 'Der Verfasser einer Bewertung kann sie weder genehmigen noch Änderungen verlangen: Eine andere Person muss sie prüfen.', 'The author of an assessment cannot approve it or request changes: someone else must review it.'),
  resolve_not_allowed: same('Seuls l’auteur du fil, l’auteur de l’évaluation, les relecteurs et les administrateurs peuvent le clore.', 'Nur der Verfasser des Threads, der Verfasser der Bewertung, Prüfer und Administratoren können ihn schließen.', 'Only the thread’s author, the assessment’s author, reviewers and admins can resolve it.'),
  comment_not_found: same('Aucun fil de commentaires de cet identifiant.', 'Kein Kommentar-Thread mit dieser Kennung.', 'No comment thread with this id.'),
  internal: same('Une erreur inattendue s’est produite.', 'Ein unerwarteter Fehler ist aufgetreten.', 'An unexpected error occurred.'),
} satisfies Record<string, Text>;
export type DetailCode = keyof typeof DETAILS;

/** The `code` and localised `reason` of each entry of `invalid-params`. */
export const REASONS = {
  unknown_question: same('Ce n’est pas une question de ce questionnaire.', 'Das ist keine Frage dieses Fragebogens.', 'Not a question of this flow.'),
  unknown_option: { fr: (p) => `« ${p.value} » n’est pas une réponse possible (${p.options}).`, de: (p) => `„${p.value}“ ist keine mögliche Antwort (${p.options}).`, en: (p) => `"${p.value}" is not one of the options (${p.options}).` },
  wrong_type: { fr: (p) => `Type attendu : ${p.expected}.`, de: (p) => `Erwarteter Typ: ${p.expected}.`, en: (p) => `Expected type: ${p.expected}.` },
  too_long: { fr: (p) => `Au plus ${p.max}${p.got !== undefined ? ` (reçu ${p.got})` : ''}.`, de: (p) => `Höchstens ${p.max}${p.got !== undefined ? ` (erhalten ${p.got})` : ''}.`, en: (p) => `At most ${p.max}${p.got !== undefined ? ` (got ${p.got})` : ''}.` },
  too_short: { fr: (p) => `Au moins ${p.min}.`, de: (p) => `Mindestens ${p.min}.`, en: (p) => `At least ${p.min}.` },
  empty: same('Une réponse est requise.', 'Eine Antwort ist erforderlich.', 'An answer is required.'),
  exclusive_option: { fr: (p) => `« ${p.option} » ne se combine pas avec d’autres réponses.`, de: (p) => `„${p.option}“ lässt sich nicht mit anderen Antworten kombinieren.`, en: (p) => `"${p.option}" cannot be combined with other options.` },
  duplicate_option: same('Une réponse figure deux fois.', 'Eine Antwort steht doppelt.', 'An option is listed twice.'),
  control_character: same('Le texte contient un caractère de contrôle ou d’inversion de sens de lecture.', 'Der Text enthält ein Steuerzeichen oder ein Zeichen zur Umkehr der Schreibrichtung.', 'The text holds a control or bidirectional-override character.'),
  unknown_field: same('Ce champ n’est pas attendu ici.', 'Dieses Feld wird hier nicht erwartet.', 'This field is not expected here.'),
  not_allowed: { fr: (p) => `Valeurs possibles : ${p.values}.`, de: (p) => `Mögliche Werte: ${p.values}.`, en: (p) => `Allowed values: ${p.values}.` },
  invalid_value: same('Valeur non valide.', 'Ungültiger Wert.', 'Invalid value.'),
  required: same('Ce champ est requis.', 'Dieses Feld ist erforderlich.', 'This field is required.'),
  malformed_json: same('Ce n’est pas du JSON valide.', 'Das ist kein gültiges JSON.', 'Not valid JSON.'),
  missing_token: same('Jeton absent ou pas au format Bearer.', 'Token fehlt oder ist nicht im Bearer-Format.', 'Missing, or not a Bearer token.'),
  wrong_token: same('Ce n’est pas le jeton de cette évaluation.', 'Nicht das Token dieser Bewertung.', 'Not this assessment’s token.'),
  unknown_assessment: same('Aucune évaluation avec cet identifiant et ce jeton.', 'Keine Bewertung mit dieser Kennung und diesem Token.', 'No assessment with this id and token.'),
  unknown_share: same('Lien inconnu.', 'Unbekannter Link.', 'Unknown share link.'),
  unknown_tree: same('Arbre inconnu.', 'Unbekannter Baum.', 'Unknown tree.'),
  not_published: same('Pas publié ici.', 'Hier nicht veröffentlicht.', 'Not published here.'),
  empty_path: same('Aucune réponse sur le parcours.', 'Keine Antwort auf dem Weg.', 'No answer on the path.'),
  not_newer: { fr: (p) => `Pas plus récente que ${p.version}.`, de: (p) => `Nicht neuer als ${p.version}.`, en: (p) => `Not newer than ${p.version}.` },
  changed_meanwhile: same('A changé entre-temps.', 'Hat sich inzwischen geändert.', 'Changed meanwhile.'),
  stale_revision: { fr: (p) => `Révision actuelle : ${p.current}.`, de: (p) => `Aktuelle Revision: ${p.current}.`, en: (p) => `Current revision: ${p.current}.` },
  missing_precondition: same('If-Match absent.', 'If-Match fehlt.', 'If-Match is missing.'),
  not_in_workspace: same('Pas dans un espace de travail.', 'Nicht in einem Arbeitsbereich.', 'Not in a workspace.'),
  incomplete: same('Évaluation incomplète.', 'Bewertung unvollständig.', 'Assessment not complete.'),
  wrong_status: { fr: (p) => `État actuel : ${p.status}.`, de: (p) => `Aktueller Zustand: ${p.status}.`, en: (p) => `Current status: ${p.status}.` },
  own_assessment: same('Votre propre évaluation.', 'Ihre eigene Bewertung.', 'Your own assessment.'),
  unknown_comment: same('Commentaire inconnu.', 'Unbekannter Kommentar.', 'Unknown comment.'),
  invalid_session: same('Session absente, expirée ou terminée.', 'Sitzung fehlt, ist abgelaufen oder beendet.', 'Session missing, expired or ended.'),
  invalid_access_token: same('Jeton d’accès refusé.', 'Zugriffstoken abgelehnt.', 'Access token refused.'),
  wrong_role: { fr: (p) => `Rôle actuel : ${p.role}.`, de: (p) => `Aktuelle Rolle: ${p.role}.`, en: (p) => `Current role: ${p.role}.` },
  foreign_origin: { fr: (p) => `Origine : ${p.origin}.`, de: (p) => `Ursprung: ${p.origin}.`, en: (p) => `Origin: ${p.origin}.` },
  unknown_member: same('Membre inconnu.', 'Unbekanntes Mitglied.', 'Unknown member.'),
  only_admin: same('Dernier administrateur.', 'Letzter Administrator.', 'The last admin.'),
  existing_member: same('Déjà membre.', 'Bereits Mitglied.', 'Already a member.'),
  in_workspace: same('Déjà dans un espace de travail.', 'Bereits in einem Arbeitsbereich.', 'Already in a workspace.'),
  too_large: { fr: (p) => `${p.bytes} octets.`, de: (p) => `${p.bytes} Bytes.`, en: (p) => `${p.bytes} bytes.` },
  wrong_media_type: { fr: (p) => `Reçu : ${p.type}.`, de: (p) => `Erhalten: ${p.type}.`, en: (p) => `Got: ${p.type}.` },
} satisfies Record<string, Text>;
export type ReasonCode = keyof typeof REASONS;

export const say = (text: Text, lang: Lang, params: Params = {}) => text[lang](params);
