// /accessibility/{fr,de,en}.html: the accessibility statement that the law of 28 May 2019 and RAWeb 1.1
// require, in the three languages, rendered by the worker so that it names this deployment's operator
// and contact (OPERATOR_NAME, OPERATOR_CONTACT) and reads without JavaScript.
import { Hono } from 'hono';
import { LANGS, type Lang } from '../../decision-trees/langs.ts';
import { htmlEscape as escapeHtml } from '../reports/html.ts';

/** Prepared on this date, reviewed at each release and at the latest a year later. */
const PREPARED = '2026-12-01';
const REVIEW_BY = '2027-12-01';

interface Statement {
  title: string;
  intro: (operator: string) => string;
  scope: string;
  statusTitle: string;
  status: string;
  method: string;
  nonAccessibleTitle: string;
  nonAccessible: string[];
  preparedTitle: string;
  prepared: (date: string, review: string) => string;
  feedbackTitle: string;
  feedback: (contact: string) => string;
  recourseTitle: string;
  recourse: string;
  recourseBodies: string[];
  back: string;
  other: string;
}

const DATES: Record<Lang, (iso: string) => string> = {
  fr: (d) => new Intl.DateTimeFormat('fr-LU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(d)).replace(/^1 /, '1er '),
  de: (d) => new Intl.DateTimeFormat('de-LU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(d)),
  en: (d) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(d)),
};

const TEXT: Record<Lang, Statement> = {
  fr: {
    title: 'Déclaration d’accessibilité',
    intro: (o) => `${o} s’engage à rendre ce service accessible conformément à la loi du 28 mai 2019 relative à l’accessibilité des sites internet et des applications mobiles des organismes du secteur public.`,
    scope: 'Cette déclaration s’applique au service d’auto-évaluation des cas d’usage d’IA : le questionnaire et son résultat, les rapports, le widget et l’intégration par iframe, la page des lignes directrices et la documentation de l’API.',
    statusTitle: 'État de conformité',
    status: 'Le service est partiellement conforme au référentiel d’évaluation de l’accessibilité web RAWeb 1.1 (fondé sur les WCAG 2.1, niveau AA), en raison des contenus non accessibles énumérés ci-dessous.',
    method: 'Cette évaluation est une auto-évaluation : tests automatisés avec axe-core sur chaque écran et dans les trois langues, parcours complet au clavier seul, contrôle de la restitution par un lecteur d’écran et de l’affichage à 320 pixels de large. Aucun audit complet du RAWeb par un tiers n’a encore été réalisé.',
    nonAccessibleTitle: 'Contenus non accessibles',
    nonAccessible: [
      'Le rapport PDF n’est pas un PDF balisé : sa structure (titres, listes) n’est pas restituée aux technologies d’assistance. Le rapport HTML, téléchargeable au même endroit, contient exactement les mêmes informations et est accessible.',
      'Le texte des lignes directrices nationales n’existe qu’en français ; il est affiché en français dans les pages allemande et anglaise, avec l’indication de sa langue.',
      'Sur une page qui intègre le widget et en change les couleurs, le contraste dépend des couleurs choisies par cette page.',
    ],
    preparedTitle: 'Établissement de cette déclaration',
    prepared: (d, r) => `Déclaration établie le ${d}. Elle est revue à chaque nouvelle version du service et au plus tard le ${r}.`,
    feedbackTitle: 'Retour d’information et contact',
    feedback: (c) => `Si vous ne parvenez pas à accéder à un contenu ou à une fonctionnalité, ou si vous constatez un défaut d’accessibilité, écrivez-nous à ${c} : nous vous répondrons et vous proposerons une alternative accessible.`,
    recourseTitle: 'Voies de recours',
    recourse: 'Si vous nous avez signalé un défaut d’accessibilité et que notre réponse ne vous satisfait pas, vous pouvez :',
    recourseBodies: ['informer le Service information et presse du gouvernement (SIP), chargé du suivi de l’accessibilité numérique au Luxembourg (sip.gouvernement.lu) ;', 'saisir l’Ombudsman, médiateur du Grand-Duché de Luxembourg (ombudsman.lu).'],
    back: 'Retour au service',
    other: 'Autres langues :',
  },
  de: {
    title: 'Erklärung zur Barrierefreiheit',
    intro: (o) => `${o} bemüht sich, diesen Dienst gemäß dem Gesetz vom 28. Mai 2019 über die Barrierefreiheit der Websites und mobilen Anwendungen öffentlicher Stellen barrierefrei zugänglich zu machen.`,
    scope: 'Diese Erklärung gilt für den Dienst zur Selbstbewertung von KI-Anwendungsfällen: den Fragebogen und sein Ergebnis, die Berichte, das Widget und die Einbettung per iframe, die Seite der Leitlinien und die Dokumentation der API.',
    statusTitle: 'Stand der Vereinbarkeit',
    status: 'Der Dienst ist teilweise mit dem Bewertungsrahmen für die Barrierefreiheit von Websites RAWeb 1.1 (auf Grundlage der WCAG 2.1, Stufe AA) vereinbar, wegen der unten aufgeführten nicht barrierefreien Inhalte.',
    method: 'Diese Bewertung ist eine Selbstbewertung: automatisierte Tests mit axe-core auf jedem Bildschirm und in den drei Sprachen, ein vollständiger Durchgang nur mit der Tastatur, die Prüfung der Ausgabe durch einen Screenreader und der Darstellung bei 320 Pixel Breite. Ein vollständiges RAWeb-Audit durch Dritte wurde noch nicht durchgeführt.',
    nonAccessibleTitle: 'Nicht barrierefreie Inhalte',
    nonAccessible: [
      'Der PDF-Bericht ist kein getaggtes PDF: Seine Struktur (Überschriften, Listen) wird assistiven Technologien nicht vermittelt. Der HTML-Bericht, an derselben Stelle herunterladbar, enthält genau dieselben Angaben und ist barrierefrei.',
      'Der Text der nationalen Leitlinien liegt nur auf Französisch vor; er wird auf den deutschen und englischen Seiten auf Französisch angezeigt, mit Angabe seiner Sprache.',
      'Auf einer Seite, die das Widget einbettet und seine Farben ändert, hängt der Kontrast von den Farben dieser Seite ab.',
    ],
    preparedTitle: 'Erstellung dieser Erklärung',
    prepared: (d, r) => `Diese Erklärung wurde am ${d} erstellt. Sie wird mit jeder neuen Version des Dienstes überprüft, spätestens am ${r}.`,
    feedbackTitle: 'Feedback und Kontakt',
    feedback: (c) => `Wenn Sie auf einen Inhalt oder eine Funktion nicht zugreifen können oder einen Mangel an Barrierefreiheit feststellen, schreiben Sie uns an ${c}: Wir antworten Ihnen und bieten Ihnen eine barrierefreie Alternative an.`,
    recourseTitle: 'Rechtsbehelfe',
    recourse: 'Wenn Sie uns einen Mangel an Barrierefreiheit gemeldet haben und unsere Antwort Sie nicht zufriedenstellt, können Sie:',
    recourseBodies: ['den Service information et presse der Regierung (SIP) informieren, der die digitale Barrierefreiheit in Luxemburg überwacht (sip.gouvernement.lu);', 'den Ombudsman, den Bürgerbeauftragten des Großherzogtums Luxemburg, anrufen (ombudsman.lu).'],
    back: 'Zurück zum Dienst',
    other: 'Andere Sprachen:',
  },
  en: {
    title: 'Accessibility statement',
    intro: (o) => `${o} is committed to making this service accessible in accordance with the Luxembourg law of 28 May 2019 on the accessibility of the websites and mobile applications of public sector bodies.`,
    scope: 'This statement applies to the AI use-case self-assessment service: the questionnaire and its result, the reports, the widget and the iframe embed, the guidelines page and the API documentation.',
    statusTitle: 'Compliance status',
    status: 'The service is partially compliant with the web accessibility assessment framework RAWeb 1.1 (based on WCAG 2.1, level AA), because of the non-accessible content listed below.',
    method: 'This is a self-assessment: automated tests with axe-core on every screen and in the three languages, a complete walk with the keyboard alone, checks of screen-reader output and of the layout at 320 pixels wide. No full RAWeb audit by a third party has been carried out yet.',
    nonAccessibleTitle: 'Non-accessible content',
    nonAccessible: [
      'The PDF report is not a tagged PDF: its structure (headings, lists) is not conveyed to assistive technologies. The HTML report, downloadable from the same place, holds exactly the same information and is accessible.',
      'The text of the national guidelines exists in French only; it is shown in French on the German and English pages, with its language marked.',
      'On a page that embeds the widget and changes its colours, the contrast depends on the colours that page chooses.',
    ],
    preparedTitle: 'Preparation of this statement',
    prepared: (d, r) => `This statement was prepared on ${d}. It is reviewed with each new version of the service and at the latest on ${r}.`,
    feedbackTitle: 'Feedback and contact',
    feedback: (c) => `If you cannot reach some content or a feature, or you notice an accessibility problem, write to us at ${c}: we will answer and offer you an accessible alternative.`,
    recourseTitle: 'Enforcement procedure',
    recourse: 'If you reported an accessibility problem to us and our answer does not satisfy you, you can:',
    recourseBodies: ['inform the government’s Information and Press Service (SIP), which monitors digital accessibility in Luxembourg (sip.gouvernement.lu);', 'refer the matter to the Ombudsman of the Grand Duchy of Luxembourg (ombudsman.lu).'],
    back: 'Back to the service',
    other: 'Other languages:',
  },
};

export function statementPage(lang: Lang, operator: string, contact: string): string {
  const s = TEXT[lang];
  const e = escapeHtml;
  const date = DATES[lang];
  const contactHtml = contact.includes('@') ? `<a href="mailto:${e(contact)}">${e(contact)}</a>` : e(contact);
  const others = LANGS.filter((l) => l !== lang)
    .map((l) => `<a href="/accessibility/${l}.html" lang="${l}" hreflang="${l}">${e(TEXT[l].title)}</a>`)
    .join(' · ');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${e(s.title)}</title><link rel="stylesheet" href="/law/law.css"></head><body><main>
<h1>${e(s.title)}</h1>
<p>${e(s.intro(operator))}</p>
<p>${e(s.scope)}</p>
<h2>${e(s.statusTitle)}</h2><p>${e(s.status)}</p><p>${e(s.method)}</p>
<h2>${e(s.nonAccessibleTitle)}</h2><ul>${s.nonAccessible.map((x) => `<li>${e(x)}</li>`).join('')}</ul>
<h2>${e(s.preparedTitle)}</h2><p>${e(s.prepared(date(PREPARED), date(REVIEW_BY)))}</p>
<h2>${e(s.feedbackTitle)}</h2><p>${e(s.feedback('\u0000')).replace('\u0000', contactHtml)}</p>
<h2>${e(s.recourseTitle)}</h2><p>${e(s.recourse)}</p><ul>${s.recourseBodies.map((x) => `<li>${e(x)}</li>`).join('')}</ul>
<p><a href="/?lang=${lang}">${e(s.back)}</a></p><p>${e(s.other)} ${others}</p>
</main></body></html>`;
}

export const accessibility = new Hono<{ Bindings: Env }>().get('/:file', (c) => {
  const m = /^(fr|de|en)\.html$/.exec(c.req.param('file'));
  if (!m) return c.notFound();
  const operator = c.env.OPERATOR_NAME?.trim() || 'The operator of this service';
  return c.html(statementPage(m[1] as Lang, operator, c.env.OPERATOR_CONTACT?.trim() || ''));
});
