// The AI Act's shipped text (law/texts/ai-act) read as a structure of paragraphs, subparagraphs,
// points and sub-points, so that a typed citation can be checked against it (does "Art 26(11)" or
// "Annex III 5(a)" exist?) and the exact provision shown in the user's language. Pure: the build and
// the tests give it the parsed JSON files; it imports nothing but types.
import type { Lang } from '../schema.ts';
import type { Citation } from '../citations.ts';

/** One file of the vendored corpus, as the import script writes it. */
export interface ArticlesFile {
  language: string;
  articles: { article_number: number; title: string; body?: string; source_url: string }[];
}
export interface RecitalsFile {
  language: string;
  recitals: { recital_number: number; body: string; source_url: string }[];
}
export interface AnnexesFile {
  language: string;
  annexes: { annex_roman: string; section_number: string; title: string; body: string; source_url: string }[];
}
export interface AiActTexts {
  articles: ArticlesFile;
  recitals: RecitalsFile;
  annexes: AnnexesFile;
}

/** A unit of text: a point, a sub-point, a numbered item of a list (Art 3 definitions, annex points). */
export interface Unit {
  id: string;
  lines: string[];
  children: Unit[];
}
/** A subparagraph: its own text, then the points it lists. */
export interface Subparagraph {
  lines: string[];
  points: Unit[];
}
/** A paragraph: `number` null in an article without numbered paragraphs (Art 4, Art 113). */
export interface Paragraph {
  number: number | null;
  subparagraphs: Subparagraph[];
}

/** The Regulation has 113 articles, 180 recitals and 13 annexes. */
export const AI_ACT_SIZE = { articles: 113, recitals: 180, annexes: ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII'] } as const;
/**
 * Annex I has two sections whose headings the corpus does not carry: Section A lists points 1 to 12
 * (the new legislative framework), Section B points 13 to 20 (vehicles, aviation, rail, marine).
 */
export const ANNEX_I_SECTIONS: Record<string, [number, number]> = { A: [1, 12], B: [13, 20] };

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A paragraph that begins a line with its text: "1. Text" in English and French, "(1) Text" in German. */
const paragraphStart = (lang: Lang) => (lang === 'de' ? /^\((\d{1,3})\)\s+(\S.*)$/ : /^(\d{1,3})\.\s+(\S.*)$/);
/** A point marker alone on its line: "(a)", "a)", "(1)", "1)", "1.". */
const MARKER = /^(?:\(([a-z]{1,4}|\d{1,3})\)|([a-z]{1,4}|\d{1,3})\)|(\d{1,3})\.)$/;

type Level = 1 | 2 | 3; // 1 numbered item, 2 letter, 3 roman sub-point

function markerOf(line: string): string | null {
  const m = MARKER.exec(line.trim());
  return m ? (m[1] ?? m[2] ?? m[3])! : null;
}

/** The id that follows `id` in its own sequence (b after a, 3 after 2, iii after ii). */
function successor(id: string, level: Level): string {
  if (level === 1) return String(Number(id) + 1);
  if (level === 3) return ROMAN[ROMAN.indexOf(id) + 1] ?? '';
  return LETTERS[LETTERS.indexOf(id) + 1] ?? '';
}

/** Reads the level of a marker: a single-letter roman numeral is a letter when it continues a letter list ("(i)" after "(h)"). */
function levelOf(id: string, open: Unit[][]): Level {
  if (/^\d+$/.test(id)) return 1;
  const lastLetter = open[2]?.at(-1);
  if (ROMAN.includes(id)) {
    if (id.length > 1) return 3;
    // "(i)" after "(h)" is the next letter, unless (h) ends by announcing a list: Art 5(1)(h)(i).
    const announcesList = lastLetter?.lines.at(-1)?.trimEnd().endsWith(':') ?? false;
    if (lastLetter && successor(lastLetter.id, 2) === id && !announcesList) return 2;
    if (lastLetter) return 3;
  }
  return 2;
}

/** Splits the lines of one paragraph into subparagraphs and their nested points. */
function parseParagraphLines(lines: string[], number: number | null): Paragraph {
  const subs: Subparagraph[] = [{ lines: [], points: [] }];
  // open[level] is the chain of open units at that level (only the last counts).
  let open: Unit[][] = [];
  const innermost = (): { unit: Unit; level: Level } | null => {
    for (const level of [3, 2, 1] as const) if (open[level]?.length) return { unit: open[level]!.at(-1)!, level };
    return null;
  };
  const nextMarker = (from: number) => {
    for (let j = from; j < lines.length; j++) {
      const id = markerOf(lines[j]!);
      if (id) return id;
    }
    return null;
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const id = markerOf(line);
    const sub = subs.at(-1)!;
    if (id) {
      const level = levelOf(id, open);
      const unit: Unit = { id, lines: [], children: [] };
      // The parent is the nearest open unit of a higher level; none: the subparagraph itself.
      let parent: Unit | null = null;
      for (let l = level - 1; l >= 1; l--) if (open[l]?.length) { parent = open[l]!.at(-1)!; break; }
      if (parent) parent.children.push(unit);
      else sub.points.push(unit);
      for (let l = level; l <= 3; l++) open[l] = [];
      open[level] = [unit];
      return;
    }
    const inner = innermost();
    if (!inner) {
      // Each line of text is one subparagraph of the Official Journal's layout.
      if (sub.lines.length || sub.points.length) subs.push({ lines: [line], points: [] });
      else sub.lines.push(line);
      return;
    }
    if (inner.unit.lines.length === 0) {
      inner.unit.lines.push(line);
      return;
    }
    // Text after a point's own text: still that point if the list goes on with a successor, else a new subparagraph.
    const next = nextMarker(i + 1);
    const continues = next !== null && [1, 2, 3].some((l) => open[l]?.length && successor(open[l]!.at(-1)!.id, l as Level) === next);
    if (continues) inner.unit.lines.push(line);
    else {
      open = [];
      subs.push({ lines: [line], points: [] });
    }
  });
  return { number, subparagraphs: subs };
}

/** The paragraphs of an article body in one language. */
export function parseArticleBody(body: string, lang: Lang): Paragraph[] {
  const start = paragraphStart(lang);
  const groups: { number: number | null; lines: string[] }[] = [];
  for (const raw of body.split('\n')) {
    const m = start.exec(raw.trim());
    const expected = groups.length && groups.at(-1)!.number !== null ? groups.at(-1)!.number! + 1 : 1;
    // A paragraph number is the next in sequence; anything else is text that happens to start with a number.
    if (m && Number(m[1]) === expected) groups.push({ number: Number(m[1]), lines: [m[2]!] });
    else if (!groups.length) groups.push({ number: null, lines: [raw] });
    else groups.at(-1)!.lines.push(raw);
  }
  return groups.map((g) => parseParagraphLines(g.lines, g.number));
}

/** The items of an annex section (Annex III 5 holds the point 5 and its letters). */
export function parseAnnexBody(body: string): Subparagraph[] {
  return parseParagraphLines(body.split('\n'), null).subparagraphs;
}

const unitText = (u: Unit, label: (id: string, level: number) => string, level = 1): string[] => [
  `${label(u.id, level)} ${u.lines.join('\n')}`.trim(),
  ...u.children.flatMap((c) => unitText(c, label, level + 1)),
];

/** Writes markers back the way each language prints them: "(a)" in English, "a)" in French and German. */
const markerLabel = (lang: Lang) => (id: string) => (/^\d+$/.test(id) ? `${id}.` : lang === 'en' ? `(${id})` : `${id})`);
const paragraphLabel = (lang: Lang, n: number | null) => (n === null ? '' : lang === 'de' ? `(${n}) ` : `${n}. `);

function subparagraphText(s: Subparagraph, lang: Lang): string {
  return [...s.lines, ...s.points.flatMap((p) => unitText(p, markerLabel(lang)))].join('\n');
}
function paragraphText(p: Paragraph, lang: Lang): string {
  const text = p.subparagraphs.map((s) => subparagraphText(s, lang)).join('\n');
  return `${paragraphLabel(lang, p.number)}${text}`;
}

/** Everything the checker and the excerpts need from the shipped AI Act texts, in one language. */
export class AiActText {
  readonly lang: Lang;
  private readonly titles = new Map<number, string>();
  private readonly bodies = new Map<number, Paragraph[]>();
  private readonly recitals = new Map<number, string>();
  private readonly annexSections = new Map<string, { title: string; items: Subparagraph[] }>();
  private readonly annexTitles = new Map<string, string>();

  constructor(texts: AiActTexts, lang: Lang) {
    this.lang = lang;
    for (const a of texts.articles.articles) {
      this.titles.set(a.article_number, a.title);
      if (a.body) this.bodies.set(a.article_number, parseArticleBody(a.body, lang));
    }
    for (const r of texts.recitals.recitals) this.recitals.set(r.recital_number, r.body);
    for (const x of texts.annexes.annexes) {
      this.annexSections.set(`${x.annex_roman}/${x.section_number}`, { title: x.title, items: parseAnnexBody(x.body) });
      if (!this.annexTitles.has(x.annex_roman)) this.annexTitles.set(x.annex_roman, x.title);
    }
  }

  /** Says why an AI Act reference does not exist in the shipped text, or null when it does. */
  resolve(c: Citation): string | null {
    if (!('act' in c) || c.act !== 'ai_act') return null;
    if (c.kind === 'act') return null;
    if (c.kind === 'recital') {
      if (c.recital < 1 || c.recital > AI_ACT_SIZE.recitals) return `the AI Act has no recital ${c.recital}`;
      return this.recitals.has(c.recital) ? null : `recital ${c.recital} is not in the shipped text: add it to law/texts/ai-act/manifest.json and re-import`;
    }
    if (c.kind === 'annex') return this.resolveAnnex(c);
    if (c.kind !== 'article') return null;
    for (const n of c.articleTo ? [c.article, c.articleTo] : [c.article]) if (!this.titles.has(n)) return `the AI Act has no Article ${n}`;
    if (c.paragraph === undefined && c.point === undefined && c.subparagraph === undefined) return null;
    const body = this.bodies.get(c.article);
    if (!body) return `the text of Article ${c.article} is not shipped: add it to law/texts/ai-act/manifest.json and re-import`;
    const para = this.paragraphOf(body, c.paragraph);
    if (!para) return `Article ${c.article} has no paragraph ${c.paragraph}`;
    if (c.paragraphTo !== undefined && !this.paragraphOf(body, c.paragraphTo)) return `Article ${c.article} has no paragraph ${c.paragraphTo}`;
    if (c.subparagraph !== undefined && para.subparagraphs.length < c.subparagraph) return `Article ${c.article}${c.paragraph ? `(${c.paragraph})` : ''} has ${para.subparagraphs.length} subparagraph(s), not ${c.subparagraph}`;
    if (c.point !== undefined) {
      const point = this.pointOf(para, c.point);
      if (!point) return `Article ${c.article}${c.paragraph ? `(${c.paragraph})` : ''} has no point (${c.point})`;
      if (c.subpoint !== undefined && !point.children.some((s) => s.id === c.subpoint)) return `Article ${c.article}${c.paragraph ? `(${c.paragraph})` : ''}(${c.point}) has no point (${c.subpoint})`;
    }
    return null;
  }

  private resolveAnnex(c: Extract<Citation, { kind: 'annex' }>): string | null {
    if (!(AI_ACT_SIZE.annexes as readonly string[]).includes(c.annex)) return `the AI Act has no Annex ${c.annex}`;
    if (c.section !== undefined) {
      if (c.annex !== 'I' || !ANNEX_I_SECTIONS[c.section]) return `Annex ${c.annex} has no Section ${c.section}`;
      return this.annexSections.has('I/1') ? null : 'the text of Annex I is not shipped';
    }
    if (c.point === undefined) return null;
    const items = this.annexItems(c.annex);
    if (!items) return `the text of Annex ${c.annex} is not shipped: add it to law/texts/ai-act/manifest.json and re-import`;
    const point = items.find((u) => u.id === String(c.point));
    if (!point) return `Annex ${c.annex} has no point ${c.point}`;
    if (c.letter !== undefined && !point.children.some((u) => u.id === c.letter)) return `Annex ${c.annex} point ${c.point} has no point (${c.letter})`;
    return null;
  }

  /** The official text of the provision, exactly the paragraph or point cited, or null when not shipped. */
  excerpt(c: Citation): { title: string; text: string } | null {
    if (!('act' in c) || c.act !== 'ai_act' || this.resolve(c) !== null) return null;
    if (c.kind === 'recital') return { title: '', text: this.recitals.get(c.recital)! };
    if (c.kind === 'annex') return this.annexExcerpt(c);
    if (c.kind !== 'article') return null;
    if (c.articleTo) {
      const titles = [];
      for (let n = c.article; n <= c.articleTo; n++) titles.push(`${n}. ${this.titles.get(n)}`);
      return { title: '', text: titles.join('\n') };
    }
    const title = this.titles.get(c.article)!;
    const body = this.bodies.get(c.article);
    if (!body) return null;
    if (c.paragraph === undefined && c.point === undefined && c.subparagraph === undefined) return { title, text: body.map((p) => paragraphText(p, this.lang)).join('\n') };
    const para = this.paragraphOf(body, c.paragraph)!;
    if (c.paragraphTo !== undefined) {
      const paras = body.filter((p) => p.number !== null && p.number >= c.paragraph! && p.number <= c.paragraphTo!);
      return { title, text: paras.map((p) => paragraphText(p, this.lang)).join('\n') };
    }
    if (c.point !== undefined) {
      const point = this.pointOf(para, c.point)!;
      const label = markerLabel(this.lang);
      if (c.subpoint !== undefined) {
        const sub = point.children.find((s) => s.id === c.subpoint)!;
        return { title, text: [`${label(point.id)} ${point.lines[0] ?? ''}`.trim(), `${label(sub.id)} ${sub.lines.join('\n')}`].join('\n') };
      }
      // The subparagraph that introduces the list, then the point: "The following AI practices shall be prohibited: (c) …".
      const intro = para.subparagraphs.find((s) => s.points.includes(point))?.lines ?? [];
      return { title, text: [`${paragraphLabel(this.lang, para.number)}${intro.join('\n')}`.trim(), ...unitText(point, label)].filter(Boolean).join('\n') };
    }
    if (c.subparagraph !== undefined) return { title, text: subparagraphText(para.subparagraphs[c.subparagraph - 1]!, this.lang) };
    return { title, text: paragraphText(para, this.lang) };
  }

  private annexExcerpt(c: Extract<Citation, { kind: 'annex' }>): { title: string; text: string } | null {
    const items = this.annexItems(c.annex);
    if (!items) return null;
    const title = this.annexTitles.get(c.annex) ?? '';
    const label = markerLabel(this.lang);
    if (c.section !== undefined) {
      const [from, to] = ANNEX_I_SECTIONS[c.section]!;
      return { title, text: items.filter((u) => Number(u.id) >= from && Number(u.id) <= to).flatMap((u) => unitText(u, label)).join('\n') };
    }
    if (c.point === undefined) return { title, text: items.map((u) => `${u.id}. ${u.lines[0] ?? ''}`).join('\n') };
    const point = items.find((u) => u.id === String(c.point))!;
    if (c.letter === undefined) return { title, text: unitText(point, label).join('\n') };
    const letter = point.children.find((u) => u.id === c.letter)!;
    return { title, text: [`${point.id}. ${point.lines[0] ?? ''}`, ...unitText(letter, label, 2)].join('\n') };
  }

  /** An annex's numbered items, from its shipped sections (Annex III is shipped point by point). */
  private annexItems(annex: string): Unit[] | null {
    const sections = [...this.annexSections.entries()].filter(([k]) => k.startsWith(`${annex}/`)).map(([, v]) => v.items);
    if (!sections.length) return null;
    return sections.flatMap((subs) => subs.flatMap((s) => s.points));
  }

  private paragraphOf(body: Paragraph[], n: number | undefined): Paragraph | undefined {
    if (n === undefined) return body.length === 1 || body[0]!.number === null ? body[0] : undefined;
    return body.find((p) => p.number === n);
  }

  private pointOf(para: Paragraph, id: string): Unit | undefined {
    for (const s of para.subparagraphs) {
      const found = s.points.find((p) => p.id === id);
      if (found) return found;
    }
    return undefined;
  }

  title(article: number): string | undefined {
    return this.titles.get(article);
  }
}
