// Localised views of tree content, as the API and the UI show them.
import type { Lang, Localised, Question } from './schema.ts';
import type { FlowIndex } from './bundle.ts';
import { citationView } from './citations.ts';
import type { QuestionView } from './view-schemas.ts';

export type { QuestionView } from './view-schemas.ts';

export const t = (text: Localised, lang: Lang): string => text[lang];

export function describeQuestion(q: Question, index: FlowIndex, lang: Lang): QuestionView {
  return {
    id: q.id,
    tree: index.treeOf.get(q.id)!.id,
    kind: q.kind,
    text: t(q.text, lang),
    help: t(q.help, lang),
    source: q.source,
    sources: q.source.map((s) => citationView(s, lang)),
    options: q.kind === 'text' ? [] : q.options.map((o) => ({ id: o.id, label: t(o.label, lang), ...(o.exclusive ? { exclusive: true } : {}) })),
    ...(q.kind === 'text' ? { maxLength: q.maxLength, ...(q.optional ? { optional: true } : {}) } : {}),
  };
}

/** The label of an answer as the user saw it: option labels, or the text itself. */
export function answerLabel(q: Question, value: string | string[], lang: Lang): string {
  if (q.kind === 'text') return String(value);
  const ids = Array.isArray(value) ? value : [value];
  return ids.map((id) => q.options.find((o) => o.id === id)?.label[lang] ?? id).join('; ');
}

/** Long-form date (YYYY-MM-DD in) in the language's usual form, for the UI and the reports. */
// Building a DateTimeFormat costs far more than formatting: one per language, and each date once.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const formattedDates = new Map<string, string>();
export function formatDate(iso: string, lang: Lang): string {
  const key = `${lang}:${iso}`;
  const known = formattedDates.get(key);
  if (known !== undefined) return known;
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat({ fr: 'fr-LU', de: 'de-LU', en: 'en-GB' }[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  // French writes the first day of the month as an ordinal: « 1er décembre ».
  const text = lang === 'fr' ? format.format(d).replace(/^1 /, '1er ') : format.format(d);
  if (formattedDates.size < 5000) formattedDates.set(key, text);
  return text;
}
