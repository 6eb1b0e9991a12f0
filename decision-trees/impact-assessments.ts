// Drafts of the impact assessments a complete result calls for, pre-filled from the answers by the
// flow's own section (flows/*.yaml, `impactAssessments`): the fundamental rights impact assessment of
// AI Act Art 27(1)(a)-(f) when the result holds its duty (art27_fria), the outline of the data
// protection impact assessment of GDPR Art 35(7)(a)-(d) when it holds gdpr35_dpia. Every sentence comes
// from the flow, so that the content hash covers it. An element is "filled" only when a part that is not
// context found something in the answers and no answer holds it back (`complete`); otherwise it is "to
// complete", with its hint. Nothing is invented: a filled element quotes or assembles what the answers set.
// Pure: imports nothing but the domain core's types and the citation labels.
import type { ImpactDraft, ImpactElement, ImpactFill, Lang, Localised, Question } from './schema.ts';
import { indexFlow, type FlowBundle } from './bundle.ts';
import type { Evaluation } from './evaluate.ts';
import { citationView } from './citations.ts';
import type { AssessmentResult, ImpactAssessmentDraft, ImpactElementView } from './view-schemas.ts';

export type { ImpactAssessmentDraft, ImpactElementView } from './view-schemas.ts';

type Kind = 'fria' | 'dpia';

const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

/** Options that answer a question rather than describe something: never quoted as content. */
const BARE_ANSWERS = new Set(['yes', 'no', 'unsure']);

const questionsCache = new WeakMap<FlowBundle, Map<string, Question>>();
function questionsOf(bundle: FlowBundle): Map<string, Question> {
  let q = questionsCache.get(bundle);
  if (!q) questionsCache.set(bundle, (q = indexFlow(bundle).questions));
  return q;
}

/** What one walk established, read by the parts of the drafts. */
interface Reading {
  lang: Lang;
  answers: Evaluation['context']['answers'];
  questions: Map<string, Question>;
  result: AssessmentResult;
}

const chosen = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The values one part finds, and whether an answer keeps its element to complete. */
function valuesOf(part: ImpactFill, r: Reading): { values: string[]; holdsBack: boolean } {
  const { lang, result } = r;
  const none = { values: [], holdsBack: false };
  switch (part.from) {
    case 'answer': {
      const a = r.answers[part.question];
      return typeof a === 'string' && a.trim() ? { values: [a.trim()], holdsBack: false } : none;
    }
    case 'options':
      return {
        values: part.questions.flatMap((id) => {
          const q = r.questions.get(id);
          if (!q || q.kind === 'text') return [];
          return chosen(r.answers[id]).flatMap((o) => {
            const option = q.options.find((x) => x.id === o);
            return option && !option.exclusive && !BARE_ANSWERS.has(o) ? [option.label[lang]] : [];
          });
        }),
        holdsBack: false,
      };
    case 'byAnswer': {
      const ids = chosen(r.answers[part.question]);
      const values = ids.flatMap((o) => (part.texts[o] ? [part.texts[o]![lang]] : []));
      // An answered question none of whose options is listed in `complete` keeps the element open.
      const holdsBack = Boolean(part.complete && ids.length && !ids.some((o) => part.complete!.includes(o)));
      return { values, holdsBack };
    }
    case 'duties': {
      const present = result.duties.filter((d) => part.duties.includes(d.id));
      if (!present.length) return none;
      return { values: part.text ? [part.text[lang]] : present.map((d) => d.title), holdsBack: false };
    }
    case 'commitments':
      return { values: result.commitments.filter((c) => part.commitments.includes(c.id)).map((c) => c.text), holdsBack: false };
    case 'flags':
      return { values: result.flags.filter((f) => part.flags.includes(f.id)).map((f) => f.text), holdsBack: false };
    case 'facts':
      return { values: Object.entries(part.texts).flatMap(([fact, text]) => (result.facts.includes(fact) ? [text[lang]] : [])), holdsBack: false };
    case 'classification':
      return result.riskClass ? { values: [`${result.riskClassTitle}${result.basisSources.length ? ` (${result.basisSources.map((b) => b.label).join(semicolon(lang))})` : ''}`], holdsBack: false } : none;
    case 'dataKinds':
      return { values: (result.hosting?.dataKinds ?? []).map((k) => part.labels[k]?.[lang] ?? k), holdsBack: false };
    case 'system':
      return result.hosting?.system ? { values: [result.hosting.system], holdsBack: false } : none;
  }
}

/** Items of a list: French puts a space before the semicolon. */
const semicolon = (lang: Lang) => (lang === 'fr' ? ' ; ' : '; ');
/** Sentences follow one another; list items are separated by semicolons. */
const joinValues = (values: string[], lang: Lang) => values.join(values.every((v) => /[.!?…]$/.test(v)) ? ' ' : semicolon(lang));

interface ElementReading {
  view: ImpactElementView;
  /** The values of the parts that are not context: what the summary states. */
  content: string[];
  source: ImpactElement;
}

function readElement(e: ImpactElement, section: { filled: Localised; toComplete: Localised }, r: Reading): ElementReading {
  const { lang } = r;
  const lines = new Map<string, string[]>();
  const content: string[] = [];
  let holdsBack = false;
  for (const part of e.fill) {
    const found = valuesOf(part, r);
    holdsBack ||= found.holdsBack;
    if (!found.values.length) continue;
    if (!part.context) content.push(...found.values.filter((v) => !content.includes(v)));
    // Parts with the same label make one line, in the order of their first part.
    const key = part.label?.[lang] ?? '';
    const line = lines.get(key) ?? [];
    for (const v of found.values) if (!line.includes(v)) line.push(v);
    lines.set(key, line);
  }
  const colon = lang === 'fr' ? ' : ' : ': ';
  const text = [...lines].map(([label, values]) => (label ? `${label}${colon}${joinValues(values, lang)}` : joinValues(values, lang))).join('\n');
  const filled = content.length > 0 && !holdsBack;
  return {
    view: {
      id: e.id,
      point: e.point,
      title: e.title[lang],
      sources: e.source.map((s) => citationView(s, lang)),
      status: filled ? 'filled' : 'toComplete',
      statusLabel: (filled ? section.filled : section.toComplete)[lang],
      text,
      ...(filled ? {} : { hint: e.hint[lang] }),
    },
    content,
    source: e,
  };
}

function buildDraft(kind: Kind, draft: ImpactDraft, section: { filled: Localised; toComplete: Localised }, other: { kind: Kind; required: boolean }, r: Reading): ImpactAssessmentDraft {
  const { lang } = r;
  const elements = draft.elements.map((e) => readElement(e, section, r));
  const filled = elements.filter((e) => e.view.status === 'filled');
  const missing = elements.filter((e) => e.view.status === 'toComplete').map((e) => `(${e.view.point}) ${e.source.shortTitle[lang]}`);
  const total = String(elements.length);
  const counts = missing.length ? fill(draft.summary.counts[lang], { filled: String(filled.length), total, missing: missing.join(semicolon(lang)) }) : fill(draft.summary.complete[lang], { total });
  const findings = elements.flatMap((e) => (e.source.finding && e.content.length ? [fill(e.source.finding[lang], { values: joinValues(e.content, lang) })] : []));
  const summary = [counts, ...(findings.length ? [fill(draft.summary.findings[lang], { findings: findings.join(semicolon(lang)) })] : [])].join(' ');
  const linking = other.required ? draft.complements.required : draft.complements.notRequired;
  return {
    kind,
    title: draft.title[lang],
    intro: draft.intro[lang],
    sources: draft.source.map((s) => citationView(s, lang)),
    elements: elements.map((e) => e.view),
    complements: linking ? { kind: other.kind, required: other.required, text: linking[lang] } : null,
    summary,
  };
}

/**
 * The FRIA draft exactly when the complete result holds the FRIA's duty (art27_fria), the DPIA outline
 * exactly when it holds the DPIA's (gdpr35_dpia); both null for an incomplete evaluation or a flow
 * version without the section (1.0.0, 1.1.0).
 */
export function buildImpactAssessments(bundle: FlowBundle, evaluation: Evaluation, lang: Lang): { fria: ImpactAssessmentDraft | null; dpia: ImpactAssessmentDraft | null } {
  const section = bundle.flow.impactAssessments;
  const result = evaluation.result;
  if (!section || !evaluation.complete || !result) return { fria: null, dpia: null };
  const r: Reading = { lang, answers: evaluation.context.answers, questions: questionsOf(bundle), result };
  const holds = (d: ImpactDraft) => result.duties.some((x) => x.id === d.duty);
  const fria = holds(section.fria);
  const dpia = holds(section.dpia);
  return {
    fria: fria ? buildDraft('fria', section.fria, section, { kind: 'dpia', required: dpia }, r) : null,
    dpia: dpia ? buildDraft('dpia', section.dpia, section, { kind: 'fria', required: fria }, r) : null,
  };
}
