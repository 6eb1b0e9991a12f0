// Drafts of the impact assessments a complete result calls for, pre-filled from the answers by the
// flow's own section (flows/*.yaml, `impactAssessments`): the fundamental rights impact assessment of
// AI Act Art 27(1)(a)-(f) when the result holds its duty (art27_fria), the outline of the data
// protection impact assessment of GDPR Art 35(7)(a)-(d) when it holds gdpr35_dpia. Every sentence comes
// from the flow, so that the content hash covers it. An element is "filled" only when it is not
// `alwaysToComplete`, a part that is not context found something in the answers and no answer holds it
// back (`complete`, a `holdsBack` fact); otherwise it is "to complete", with its hint (a `hintAlways`
// element shows its hint when filled too). Nothing is invented: a filled element quotes or assembles
// what the answers set. The summary states the findings of the filled elements only; `findings` is that
// sentence alone.
// A "not sure" answer takes the cautious branch and sets cautious facts (profiling, personal data…): an
// assumption, not a finding. A value whose only source is such an answer is shown as "not known", as
// context: it never fills an element nor reaches the findings.
// Pure: imports nothing but the domain core's types, the conditions and the citation labels.
import type { ImpactDraft, ImpactElement, ImpactFill, Lang, Localised, Option } from './schema.ts';
import { indexFlow, type FlowBundle, type FlowIndex } from './bundle.ts';
import type { Evaluation } from './evaluate.ts';
import { holds } from './conditions.ts';
import { citationView } from './citations.ts';
import type { AssessmentResult, ImpactAssessmentDraft, ImpactElementView } from './view-schemas.ts';
import { fillTemplate as fill } from './template.ts';
import { classificationText } from './register-entry.ts';

export type { ImpactAssessmentDraft, ImpactElementView } from './view-schemas.ts';

type Kind = 'fria' | 'dpia';

/** The option of a "not sure" answer: it takes the cautious branch, and what it sets is an assumption. */
export const UNSURE = 'unsure';
const isCautious = (o: Pick<Option, 'id'>) => o.id === UNSURE;

/** Options that answer a question rather than describe something: never quoted as content. */
const BARE_ANSWERS = new Set(['yes', 'no', UNSURE]);

const indexCache = new WeakMap<FlowBundle, FlowIndex>();
function indexOf(bundle: FlowBundle): FlowIndex {
  let i = indexCache.get(bundle);
  if (!i) indexCache.set(bundle, (i = indexFlow(bundle)));
  return i;
}

/** What one walk established, read by the parts of the drafts. */
interface Reading {
  lang: Lang;
  answers: Evaluation['context']['answers'];
  index: FlowIndex;
  result: AssessmentResult;
  /** The facts some answer other than "not sure", a reached outcome or a rule establishes. */
  established: ReadonlySet<string>;
  /** The data kinds' facts (the catalogue's), to tell an established data kind from an assumed one. */
  dataFacts: Partial<Record<string, string>>;
}

const chosen = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * The facts of a complete walk that do not rest on a "not sure" answer alone: re-derived the way the
 * machine applies them (compile.ts), from the options chosen on the path (but `unsure`), the outcomes
 * reached, and the rules of their trees, which are read again over the facts so established.
 */
export function establishedFacts(bundle: FlowBundle, evaluation: Pick<Evaluation, 'path' | 'context'>): Set<string> {
  const index = indexOf(bundle);
  const facts = new Set<string>();
  const add = (list: readonly string[] | undefined) => list?.forEach((f) => facts.add(f));
  for (const step of evaluation.path) {
    const q = index.questions.get(step.id);
    if (!q || q.kind === 'text') continue;
    const ids = chosen(step.answer as string | string[]);
    for (const o of q.options) if (ids.includes(o.id) && !isCautious(o)) add(o.facts);
  }
  const reached = Object.values(evaluation.context.outcomes);
  for (const id of reached) {
    const node = index.nodes.get(id);
    if (node?.kind === 'outcome') add(node.facts);
  }
  for (const tree of bundle.trees) {
    if (evaluation.context.outcomes[tree.id] === undefined) continue;
    for (const rule of tree.rules ?? []) {
      if (rule.facts?.length && holds(rule.when, { ...evaluation.context, facts: [...facts] }, index.conditions)) add(rule.facts);
    }
  }
  return facts;
}

/** What one part finds: its values, what a "not sure" answer left open, whether it keeps the element to complete. */
interface Found {
  values: string[];
  /** null: nothing left open; otherwise the values assumed by the cautious branch ([] when they say nothing more than "not known"). */
  notKnown: string[] | null;
  holdsBack: boolean;
}

function valuesOf(part: ImpactFill, r: Reading): Found {
  const { lang, result } = r;
  const found = (values: string[], notKnown: string[] | null = null, holdsBack = false): Found => ({ values, notKnown, holdsBack });
  const none = found([]);
  switch (part.from) {
    case 'answer': {
      const a = r.answers[part.question];
      return typeof a === 'string' && a.trim() ? found([a.trim()]) : none;
    }
    case 'options': {
      let unsure = false;
      const values = part.questions.flatMap((id) => {
        const q = r.index.questions.get(id);
        if (!q || q.kind === 'text') return [];
        return chosen(r.answers[id]).flatMap((o) => {
          if (o === UNSURE) unsure = true;
          const option = q.options.find((x) => x.id === o);
          return option && !option.exclusive && !BARE_ANSWERS.has(o) ? [option.label[lang]] : [];
        });
      });
      return found(values, unsure ? [] : null);
    }
    case 'byAnswer': {
      const ids = chosen(r.answers[part.question]);
      const values = ids.flatMap((o) => (part.texts[o] ? [part.texts[o]![lang]] : []));
      // An answered question none of whose options is listed in `complete` keeps the element open.
      const holdsBack = Boolean(part.complete && ids.length && !ids.some((o) => part.complete!.includes(o)));
      // "Not sure" with no sentence of its own: not known (the checker refuses a sentence for it outside context).
      return found(values, ids.includes(UNSURE) && !part.texts[UNSURE] ? [] : null, holdsBack);
    }
    case 'duties': {
      const present = result.duties.filter((d) => part.duties.includes(d.id));
      if (!present.length) return none;
      return found(part.text ? [part.text[lang]] : present.map((d) => d.title));
    }
    case 'commitments':
      return found(result.commitments.filter((c) => part.commitments.includes(c.id)).map((c) => c.text));
    case 'flags':
      return found(result.flags.filter((f) => part.flags.includes(f.id)).map((f) => f.text));
    case 'facts': {
      const set = Object.entries(part.texts).filter(([fact]) => result.facts.includes(fact));
      const established = set.filter(([fact]) => r.established.has(fact));
      const assumed = set.filter(([fact]) => !r.established.has(fact));
      return found(
        established.map(([, t]) => t[lang]),
        assumed.length ? assumed.map(([, t]) => t[lang]) : null,
        Boolean(part.holdsBack && established.length),
      );
    }
    case 'classification': {
      const text = classificationText(result, semicolon(lang));
      return text ? found([text]) : none;
    }
    case 'dataKinds': {
      const kinds = result.hosting?.dataKinds ?? [];
      const isEstablished = (k: string) => r.dataFacts[k] !== undefined && r.established.has(r.dataFacts[k]!);
      const values = kinds.filter(isEstablished).map((k) => part.labels[k]?.[lang] ?? k);
      // The kinds assumed by "not sure" are the cautious worst case: said to be not known, not listed.
      return found(values, kinds.some((k) => !isEstablished(k)) ? [] : null);
    }
    case 'system':
      return result.hosting?.system ? found([result.hosting.system]) : none;
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

type Section = { filled: Localised; toComplete: Localised; notKnown: Localised };

function readElement(e: ImpactElement, section: Section, r: Reading): ElementReading {
  const { lang } = r;
  // One line per label, in the order of its first part; what "not sure" left open on a line of its own.
  const lines = new Map<string, { label: string; notKnown: boolean; values: string[] }>();
  const line = (label: string, notKnown: boolean) => {
    const key = `${notKnown ? '?' : '='}${label}`;
    let l = lines.get(key);
    if (!l) lines.set(key, (l = { label, notKnown, values: [] }));
    return l;
  };
  const content: string[] = [];
  let holdsBack = false;
  for (const part of e.fill) {
    const found = valuesOf(part, r);
    holdsBack ||= found.holdsBack;
    const label = part.label?.[lang] ?? '';
    if (found.values.length) {
      if (!part.context) content.push(...found.values.filter((v) => !content.includes(v)));
      const l = line(label, false);
      for (const v of found.values) if (!l.values.includes(v)) l.values.push(v);
    }
    if (found.notKnown) {
      const l = line(label, true);
      for (const v of found.notKnown) if (!l.values.includes(v)) l.values.push(v);
    }
  }
  const colon = lang === 'fr' ? ' : ' : ': ';
  const notKnown = section.notKnown[lang];
  const text = [...lines.values()]
    .map(({ label, notKnown: open, values }) => {
      if (!open) return label ? `${label}${colon}${joinValues(values, lang)}` : joinValues(values, lang);
      const head = label ? `${label}${colon}${notKnown}` : notKnown.charAt(0).toUpperCase() + notKnown.slice(1);
      return values.length ? `${head} — ${joinValues(values, lang)}` : head;
    })
    .join('\n');
  const filled = !e.alwaysToComplete && content.length > 0 && !holdsBack;
  return {
    view: {
      id: e.id,
      point: e.point,
      title: e.title[lang],
      sources: e.source.map((s) => citationView(s, lang)),
      status: filled ? 'filled' : 'toComplete',
      statusLabel: (filled ? section.filled : section.toComplete)[lang],
      text,
      ...(filled && !e.hintAlways ? {} : { hint: e.hint[lang] }),
    },
    content,
    source: e,
  };
}

function buildDraft(kind: Kind, draft: ImpactDraft, section: Section, other: { kind: Kind; required: boolean }, r: Reading): ImpactAssessmentDraft {
  const { lang } = r;
  const elements = draft.elements.map((e) => readElement(e, section, r));
  const filled = elements.filter((e) => e.view.status === 'filled');
  const missing = elements.filter((e) => e.view.status === 'toComplete').map((e) => `(${e.view.point}) ${e.source.shortTitle[lang]}`);
  const total = String(elements.length);
  // The singular where the language puts {filled} in it (French: 0 and 1).
  const counts = missing.length
    ? fill(draft.summary.counts[new Intl.PluralRules(lang).select(filled.length) === 'one' ? 'one' : 'other'][lang], { filled: String(filled.length), total, missing: missing.join(semicolon(lang)) })
    : fill(draft.summary.complete[lang], { total });
  // Only what a filled element states: an element to complete has no finding yet.
  const stated = filled.flatMap((e) => (e.source.finding && e.content.length ? [fill(e.source.finding[lang], { values: joinValues(e.content, lang) })] : []));
  const findings = stated.length ? fill(draft.summary.findings[lang], { findings: stated.join(semicolon(lang)) }) : '';
  const summary = [counts, findings].filter(Boolean).join(' ');
  const linking = other.required ? draft.complements.required : draft.complements.notRequired;
  return {
    kind,
    title: draft.title[lang],
    intro: draft.intro[lang],
    sources: draft.source.map((s) => citationView(s, lang)),
    elements: elements.map((e) => e.view),
    complements: linking ? { kind: other.kind, required: other.required, text: linking[lang] } : null,
    summary,
    findings,
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
  const r: Reading = { lang, answers: evaluation.context.answers, index: indexOf(bundle), result, established: establishedFacts(bundle, evaluation), dataFacts: bundle.catalogue.dataFacts };
  const required = (d: ImpactDraft) => result.duties.some((x) => x.id === d.duty);
  const fria = required(section.fria);
  const dpia = required(section.dpia);
  return {
    fria: fria ? buildDraft('fria', section.fria, section, { kind: 'dpia', required: dpia }, r) : null,
    dpia: dpia ? buildDraft('dpia', section.dpia, section, { kind: 'fria', required: fria }, r) : null,
  };
}
