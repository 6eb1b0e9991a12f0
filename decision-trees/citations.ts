// Legal references as typed data. Every `source` of a tree is a canonical English string
// ("AI Act Art 5(1)(c)", "GDPR Art 35(3)(a)", "AI Act Annex III 5(a)", "Guidelines §4 Transparence");
// `parseCitation` turns it into a typed reference, `citationLabel` writes it the way each language
// cites it ("Règlement IA, art. 5, par. 1, point c)", "KI-VO Art. 5 Abs. 1 Buchst. c") and `citationUrl`
// links it to the provision (EUR-Lex article anchors) or to the guidelines' section the product ships.
// Imports nothing: the worker, the web app and the build share it.
import type { Lang } from './schema.ts';
import type { CitationViewOf } from './view-schemas.ts';

/** Instruments cited with articles, recitals or annexes. */
export const ACTS = {
  ai_act: { prefix: 'AI Act', celex: '32024R1689', label: { fr: 'Règlement IA', de: 'KI-VO', en: 'AI Act' } },
  gdpr: { prefix: 'GDPR', celex: '32016R0679', label: { fr: 'RGPD', de: 'DSGVO', en: 'GDPR' } },
  led: { prefix: 'Directive (EU) 2016/680', celex: '32016L0680', label: { fr: 'Directive (UE) 2016/680', de: 'Richtlinie (EU) 2016/680', en: 'Directive (EU) 2016/680' } },
  ai_act_amendment: { prefix: 'Regulation (EU) 2026/1744', celex: null, label: { fr: 'Règlement (UE) 2026/1744', de: 'Verordnung (EU) 2026/1744', en: 'Regulation (EU) 2026/1744' } },
  lu_criminal_code: { prefix: 'Luxembourg Criminal Code', celex: null, label: { fr: 'Code pénal luxembourgeois', de: 'Luxemburgisches Strafgesetzbuch', en: 'Luxembourg Criminal Code' } },
} as const;
export type Act = keyof typeof ACTS;

/** Documents cited as a whole (soft law, national statutes, case law), with an optional detail. */
export const DOCUMENTS = {
  lu_civil_service_statute: { prefix: 'Luxembourg Statut général des fonctionnaires', url: null, label: { fr: 'Statut général des fonctionnaires de l’État', de: 'Statut général der Staatsbeamten (Luxemburg)', en: 'Statut général des fonctionnaires de l’État (Luxembourg)' } },
  wp248: { prefix: 'EDPB WP248 rev.01', url: 'https://ec.europa.eu/newsroom/article29/items/611236', label: { fr: 'Lignes directrices WP248 rév.01 (AIPD)', de: 'Leitlinien WP248 Rev.01 (DSFA)', en: 'Guidelines WP248 rev.01 (DPIA)' } },
  cnpd_dpia_list: { prefix: 'CNPD DPIA list', url: 'https://cnpd.public.lu/fr/professionnels/obligations/AIPD.html', label: { fr: 'CNPD, liste des traitements soumis à une AIPD', de: 'CNPD, Liste der DSFA-pflichtigen Verarbeitungen', en: 'CNPD list of processing subject to a DPIA' } },
  commission_ai_definition: { prefix: 'Commission guidelines on the AI system definition', url: null, label: { fr: 'Lignes directrices de la Commission sur la définition d’un système d’IA (2025)', de: 'Leitlinien der Kommission zur Definition eines KI-Systems (2025)', en: 'Commission guidelines on the AI system definition (2025)' } },
  commission_gpai: { prefix: 'Commission guidelines on general-purpose AI models', url: null, label: { fr: 'Lignes directrices de la Commission sur les modèles d’IA à usage général (2025)', de: 'Leitlinien der Kommission zu KI-Modellen mit allgemeinem Verwendungszweck (2025)', en: 'Commission guidelines on general-purpose AI models (2025)' } },
  cjeu_schufa: { prefix: 'CJEU C-634/21 SCHUFA', url: 'https://curia.europa.eu/juris/liste.jsf?num=C-634/21', label: { fr: 'CJUE, C-634/21, SCHUFA', de: 'EuGH, C-634/21, SCHUFA', en: 'CJEU, C-634/21, SCHUFA' } },
} as const;
export type Document = keyof typeof DOCUMENTS;

export type Citation =
  | {
      act: Act;
      kind: 'article';
      article: number;
      /** `Arts 9-15`. */
      articleTo?: number;
      paragraph?: number;
      /** `Art 5(2)-(5)`. */
      paragraphTo?: number;
      /** A point letter, or a number where the article is a numbered list (AI Act Art 3, GDPR Art 4). */
      point?: string;
      /** A roman sub-point: `Art 5(1)(h)(iii)`. */
      subpoint?: string;
      subparagraph?: number;
    }
  | { act: Act; kind: 'recital'; recital: number }
  | { act: Act; kind: 'annex'; annex: string; section?: string; point?: number; letter?: string }
  | { act: Act; kind: 'act' }
  | { kind: 'guidelines'; section: string; heading?: string }
  | { kind: 'document'; document: Document; detail?: string };

export class CitationError extends Error {}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'] as const;
const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)$/;

/** Articles whose numbered items are definitions (points), not paragraphs. */
const DEFINITION_ARTICLES: Partial<Record<Act, number[]>> = { ai_act: [3], gdpr: [4] };
export const isDefinitionList = (act: Act, article: number) => (DEFINITION_ARTICLES[act] ?? []).includes(article);

function parseArticle(act: Act, rest: string, whole: string): Citation {
  const range = /^Arts (\d+)-(\d+)$/.exec(rest);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (to <= from) throw new CitationError(`"${whole}": an article range must go upwards`);
    return { act, kind: 'article', article: from, articleTo: to };
  }
  const m = /^Art (\d+)((?:\([0-9a-z]+\))*)(?:-\((\d+)\))?(?: (first|second|third|fourth|fifth|sixth) subparagraph)?$/.exec(rest);
  if (!m) throw new CitationError(`"${whole}": not a reference this tool can read (expected e.g. "${ACTS[act].prefix} Art 5(1)(c)")`);
  const article = Number(m[1]);
  const parts = [...(m[2] ?? '').matchAll(/\(([0-9a-z]+)\)/g)].map((x) => x[1]!);
  const c: Extract<Citation, { kind: 'article' }> = { act, kind: 'article', article };
  const definitions = isDefinitionList(act, article);
  // Slots in order: paragraph (or, in a definitions article, the numbered point), point letter, roman sub-point.
  let i = 0;
  const at = () => parts[i];
  if (at() !== undefined && /^\d+$/.test(at()!)) {
    if (definitions) c.point = parts[i++];
    else c.paragraph = Number(parts[i++]);
  }
  if (c.point === undefined && at() !== undefined && /^[a-z]$/.test(at()!)) c.point = parts[i++];
  if (c.point !== undefined && at() !== undefined && ROMAN.test(at()!)) c.subpoint = parts[i++];
  if (i < parts.length) throw new CitationError(`"${whole}": "(${parts[i]})" does not fit here`);
  if (m[3]) {
    if (c.paragraph === undefined || c.point !== undefined) throw new CitationError(`"${whole}": a paragraph range needs two paragraphs`);
    c.paragraphTo = Number(m[3]);
    if (c.paragraphTo <= c.paragraph) throw new CitationError(`"${whole}": a paragraph range must go upwards`);
  }
  if (m[4]) c.subparagraph = ORDINALS.indexOf(m[4] as (typeof ORDINALS)[number]) + 1;
  return c;
}

function parseInAct(act: Act, rest: string, whole: string): Citation {
  if (rest === '') return { act, kind: 'act' };
  const recital = /^Recital (\d+)$/.exec(rest);
  if (recital) return { act, kind: 'recital', recital: Number(recital[1]) };
  const annex = /^Annex ([IVX]+)(?: (?:Section ([A-D])|(\d+)(?:\(([a-z])\))?))?$/.exec(rest);
  if (annex) {
    const c: Extract<Citation, { kind: 'annex' }> = { act, kind: 'annex', annex: annex[1]! };
    if (annex[2]) c.section = annex[2];
    if (annex[3]) c.point = Number(annex[3]);
    if (annex[4]) c.letter = annex[4];
    return c;
  }
  if (rest.startsWith('Art')) return parseArticle(act, rest, whole);
  throw new CitationError(`"${whole}": not a reference this tool can read`);
}

/** Parses a canonical reference; throws a CitationError saying what is wrong. */
export function parseCitation(text: string): Citation {
  const s = text.trim();
  const guidelines = /^Guidelines §(\d)(?: (.+))?$/.exec(s);
  if (guidelines) return { kind: 'guidelines', section: guidelines[1]!, ...(guidelines[2] ? { heading: guidelines[2] } : {}) };
  for (const [document, d] of Object.entries(DOCUMENTS) as [Document, (typeof DOCUMENTS)[Document]][]) {
    if (s === d.prefix) return { kind: 'document', document };
    if (s.startsWith(`${d.prefix}, `)) return { kind: 'document', document, detail: s.slice(d.prefix.length + 2) };
  }
  // Longest prefix first: "Regulation (EU) 2026/1744" before nothing shorter can steal it.
  const acts = (Object.entries(ACTS) as [Act, (typeof ACTS)[Act]][]).sort((a, b) => b[1].prefix.length - a[1].prefix.length);
  for (const [act, a] of acts) {
    if (s === a.prefix) return { act, kind: 'act' };
    if (s.startsWith(`${a.prefix} `)) return parseInAct(act, s.slice(a.prefix.length + 1), s);
  }
  throw new CitationError(`"${s}": unknown instrument (known: ${[...Object.values(ACTS).map((a) => a.prefix), ...Object.values(DOCUMENTS).map((d) => d.prefix), 'Guidelines §N'].join(', ')})`);
}

/** Parses, or returns null (for references of published versions written before the grammar). */
export function tryParseCitation(text: string): Citation | null {
  try {
    return parseCitation(text);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// Labels, as each language writes references.
const FR_ORDINAL = ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième'];

function frArticle(c: Extract<Citation, { kind: 'article' }>): string {
  if (c.articleTo) return `art. ${c.article} à ${c.articleTo}`;
  let s = `art. ${c.article}`;
  if (c.paragraph !== undefined) s += c.paragraphTo ? `, par. ${c.paragraph} à ${c.paragraphTo}` : `, par. ${c.paragraph}`;
  if (c.subparagraph) s += `, ${FR_ORDINAL[c.subparagraph - 1]} alinéa`;
  if (c.point) s += `, point ${c.point})`;
  if (c.subpoint) s += ` ${c.subpoint})`;
  return s;
}
function deArticle(c: Extract<Citation, { kind: 'article' }>): string {
  if (c.articleTo) return `Art. ${c.article} bis ${c.articleTo}`;
  let s = `Art. ${c.article}`;
  if (c.paragraph !== undefined) s += c.paragraphTo ? ` Abs. ${c.paragraph} bis ${c.paragraphTo}` : ` Abs. ${c.paragraph}`;
  if (c.subparagraph) s += ` Unterabs. ${c.subparagraph}`;
  if (c.point) s += /^\d+$/.test(c.point) ? ` Nr. ${c.point}` : ` Buchst. ${c.point}`;
  if (c.subpoint) s += ` Ziff. ${c.subpoint}`;
  return s;
}
function enArticle(c: Extract<Citation, { kind: 'article' }>): string {
  if (c.articleTo) return `Arts ${c.article}-${c.articleTo}`;
  let s = `Art ${c.article}`;
  if (c.paragraph !== undefined) s += c.paragraphTo ? `(${c.paragraph})-(${c.paragraphTo})` : `(${c.paragraph})`;
  if (c.point) s += `(${c.point})`;
  if (c.subpoint) s += `(${c.subpoint})`;
  if (c.subparagraph) s += `, ${ORDINALS[c.subparagraph - 1]} subparagraph`;
  return s;
}
function annexLabel(c: Extract<Citation, { kind: 'annex' }>, lang: Lang): string {
  const word = { fr: 'annexe', de: 'Anhang', en: 'Annex' }[lang];
  let s = `${word} ${c.annex}`;
  if (c.section) s += { fr: `, section ${c.section}`, de: ` Abschnitt ${c.section}`, en: ` Section ${c.section}` }[lang];
  if (c.point !== undefined) {
    if (lang === 'fr') s += `, point ${c.point}${c.letter ? ` ${c.letter})` : ''}`;
    else if (lang === 'de') s += ` Nr. ${c.point}${c.letter ? ` Buchst. ${c.letter}` : ''}`;
    else s += ` ${c.point}${c.letter ? `(${c.letter})` : ''}`;
  }
  return s;
}

const GUIDELINES_LABEL = { fr: 'Lignes directrices IA de l’Administration centrale', de: 'KI-Leitlinien der Zentralverwaltung', en: 'AI guidelines of the central administration' };

/** The reference as the language writes it. */
export function citationLabel(c: Citation, lang: Lang): string {
  if (c.kind === 'guidelines') {
    const quoted = c.heading ? { fr: ` « ${c.heading} »`, de: ` „${c.heading}“`, en: ` ‘${c.heading}’` }[lang] : '';
    return `${GUIDELINES_LABEL[lang]}, §${c.section}${quoted}`;
  }
  if (c.kind === 'document') return `${DOCUMENTS[c.document].label[lang]}${c.detail ? `, ${detailLabel(c.detail, lang)}` : ''}`;
  const act = ACTS[c.act].label[lang];
  // French separates the act from the provision with a comma; German and English do not.
  const sep = lang === 'fr' ? ', ' : ' ';
  if (c.kind === 'act') return act;
  if (c.kind === 'recital') return `${act}${sep}${{ fr: 'considérant', de: 'Erwägungsgrund', en: 'Recital' }[lang]} ${c.recital}`;
  if (c.kind === 'annex') return `${act}${sep}${annexLabel(c, lang)}`;
  return `${act}${sep}${lang === 'fr' ? frArticle(c) : lang === 'de' ? deArticle(c) : enArticle(c)}`;
}

const DETAIL_WORDS: Record<string, Record<Lang, string>> = { criterion: { fr: 'critère', de: 'Kriterium', en: 'criterion' } };
/** "criterion 8" in the language; other details are names and stay as written. */
function detailLabel(detail: string, lang: Lang): string {
  const m = /^([a-z]+) (\d+)$/.exec(detail);
  const words = m ? DETAIL_WORDS[m[1]!] : undefined;
  return words && m ? `${words[lang]} ${m[2]}` : detail;
}

const EURLEX_LANG = { fr: 'FR', de: 'DE', en: 'EN' } as const;

/**
 * Where the reference can be read: the EUR-Lex page of the act in the language, at the article,
 * recital or annex anchor; the guidelines' section in the text the product ships; known documents.
 */
export function citationUrl(c: Citation, lang: Lang): string | null {
  if (c.kind === 'guidelines') return `/law/guidelines.html#section-${c.section}${c.heading ? `-${slugify(c.heading)}` : ''}`;
  if (c.kind === 'document') return DOCUMENTS[c.document].url;
  if (c.act === 'ai_act_amendment') return 'https://eur-lex.europa.eu/eli/reg/2026/1744/oj';
  const celex = ACTS[c.act].celex;
  if (!celex) return null;
  const page = `https://eur-lex.europa.eu/legal-content/${EURLEX_LANG[lang]}/TXT/HTML/?uri=CELEX:${celex}`;
  if (c.kind === 'act') return page;
  if (c.kind === 'recital') return `${page}#rct_${c.recital}`;
  if (c.kind === 'annex') return `${page}#anx_${c.annex}`;
  return `${page}#art_${c.article}`;
}

/** A stable key of the cited provision, for the excerpts the web app loads ("ai_act/art/5/1/c"). */
export function citationKey(c: Citation): string {
  if (c.kind === 'guidelines') return `guidelines/${c.section}${c.heading ? `/${slugify(c.heading)}` : ''}`;
  if (c.kind === 'document') return `document/${c.document}`;
  if (c.kind === 'act') return `${c.act}`;
  if (c.kind === 'recital') return `${c.act}/recital/${c.recital}`;
  if (c.kind === 'annex') return [c.act, 'annex', c.annex, c.section ? `section-${c.section}` : c.point, c.letter].filter((x) => x !== undefined).join('/');
  if (c.articleTo) return `${c.act}/art/${c.article}-${c.articleTo}`;
  return [c.act, 'art', c.article, c.paragraph !== undefined ? (c.paragraphTo ? `${c.paragraph}-${c.paragraphTo}` : c.paragraph) : undefined, c.subparagraph ? `sub${c.subparagraph}` : undefined, c.point, c.subpoint]
    .filter((x) => x !== undefined)
    .join('/');
}

/** Lower-case words joined by dashes, accents dropped: "Vie privée" -> "vie-privee". */
export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** What the API and the reports show of a reference (its shape: view-schemas.ts). */
export type CitationView = CitationViewOf;

// References are the flow's own strings, a few hundred: each is parsed and labelled once per language.
const views = new Map<string, Readonly<CitationView>>();
export function citationView(ref: string, lang: Lang): CitationView {
  const key = `${lang}\u0000${ref}`;
  let view = views.get(key);
  if (!view) {
    const c = tryParseCitation(ref);
    view = Object.freeze(c ? { ref, label: citationLabel(c, lang), url: citationUrl(c, lang), key: citationKey(c) } : { ref, label: ref, url: null });
    if (views.size < 10_000) views.set(key, view);
  }
  return view;
}
