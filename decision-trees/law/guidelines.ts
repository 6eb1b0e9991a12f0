// The national guidelines (French only) as sections: split from the reference text by the import
// script, shipped as law/texts/guidelines/fr.json, cited as "Guidelines §4 Transparence". Pure.
import { slugify, type Citation } from '../citations.ts';

export interface GuidelinesSection {
  /** The anchor of the shipped page: "section-4" or "section-4-transparence". */
  id: string;
  number: string;
  /** The short name citations use ("Transparence"); absent for a whole numbered section. */
  heading?: string;
  title: string;
  paragraphs: string[];
}
export interface GuidelinesFile {
  title: string;
  source: { file: string; sha256: string; importedOn: string };
  sections: GuidelinesSection[];
}

/** Where each cited part starts in the text: a numbered section, or a part of one by its first line. */
export interface SplitRule {
  number: string;
  heading?: string;
  /** The line that opens the part, as printed in the text (emphasis marks included). */
  startsWith: string;
  /** The title shown; defaults to the opening line without its number and marks. */
  title?: string;
}

export const GUIDELINES_PARTS: SplitRule[] = [
  { number: '1', startsWith: '1. Introduction' },
  { number: '2', startsWith: '2. Objectifs et aperçu des lignes directrices' },
  { number: '3', startsWith: "3. L'IA dans le secteur public" },
  { number: '3', heading: 'Avantages', startsWith: "Avantages de l'IA pour des services publics améliorés" },
  { number: '3', heading: 'Risques', startsWith: "Risques associés à l'utilisation de l'IA dans les services publics" },
  { number: '4', startsWith: '4. Sept principes directeurs' },
  { number: '4', heading: 'Principes', startsWith: 'Les sept principes directeurs suivants', title: 'Les sept principes directeurs' },
  { number: '4', heading: 'Responsabilité', startsWith: '- **Responsabilité, intervention et supervision humaine**' },
  { number: '4', heading: 'Vie privée', startsWith: '- **Respect de la vie privée et gouvernance des données**' },
  { number: '4', heading: 'Transparence', startsWith: '- **Transparence**' },
  { number: '4', heading: 'Équité', startsWith: '- **Equité et non-discrimination**' },
  { number: '4', heading: 'Bien-être', startsWith: '- **Bien-être societal et environnemental**' },
  { number: '4', heading: 'Contacts', startsWith: 'Les consignes contenues dans les présentes', title: 'Destinataires, contacts et formations' },
];

export const sectionId = (number: string, heading?: string) => `section-${number}${heading ? `-${slugify(heading)}` : ''}`;

/** Drops the Markdown emphasis of the reference text: the shipped text is plain. */
const plain = (line: string) => line.replace(/\*\*|\*/g, '').replace(/\s+/g, ' ').trim();

/**
 * Splits the reference text at the opening lines of the rules, in order. Throws when an opening line is
 * missing or out of order, so that a changed reference text cannot silently lose a section.
 */
export function splitGuidelines(text: string, rules = GUIDELINES_PARTS): Omit<GuidelinesFile, 'source'> {
  const lines = text.split('\n').map((l) => l.trim());
  const starts = rules.map((r) => {
    const i = lines.findIndex((l, j) => l.startsWith(r.startsWith) && j > 0);
    if (i < 0) throw new Error(`the guidelines text has no line starting "${r.startsWith}"`);
    return i;
  });
  starts.forEach((s, k) => {
    if (k > 0 && s <= starts[k - 1]!) throw new Error(`"${rules[k]!.startsWith}" comes before "${rules[k - 1]!.startsWith}" in the text`);
  });
  const title = plain(lines.find((l) => l.length > 0)!);
  const sections = rules.map((r, k): GuidelinesSection => {
    // Each runs to the next opening line: a numbered section holds only what comes before its first part.
    const end = k + 1 < rules.length ? starts[k + 1]! : lines.length;
    const opening = plain(lines[starts[k]!]!).replace(/^- /, '');
    const bodyFrom = r.title ? starts[k]! : starts[k]! + 1;
    const paragraphs = lines.slice(bodyFrom, end).filter((l) => l.length > 0).map(plain);
    return {
      id: sectionId(r.number, r.heading),
      number: r.number,
      ...(r.heading ? { heading: r.heading } : {}),
      title: r.title ?? opening.replace(/^\d+\.\s*/, ''),
      paragraphs,
    };
  });
  return { title, sections };
}

/** Says why a guidelines reference has no section in the shipped text, or null. */
export function resolveGuidelines(file: GuidelinesFile, c: Citation): string | null {
  if (c.kind !== 'guidelines') return null;
  const id = sectionId(c.section, c.heading);
  if (file.sections.some((s) => s.id === id)) return null;
  const known = file.sections.filter((s) => s.number === c.section && s.heading).map((s) => s.heading);
  return file.sections.some((s) => s.number === c.section)
    ? `the guidelines' section ${c.section} has no part "${c.heading}" (known: ${known.join(', ')})`
    : `the guidelines have no section ${c.section}`;
}

/** A section's text with its parts, for a reference to a whole numbered section ("Guidelines §4"). */
export function sectionText(file: GuidelinesFile, id: string): { title: string; paragraphs: string[] } | null {
  const s = file.sections.find((x) => x.id === id);
  if (!s) return null;
  if (s.heading) return { title: s.title, paragraphs: s.paragraphs };
  const parts = file.sections.filter((x) => x.number === s.number && x.heading);
  return { title: s.title, paragraphs: [...s.paragraphs, ...parts.flatMap((p) => [p.title, ...p.paragraphs])] };
}
