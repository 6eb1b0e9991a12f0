// The result of a complete walk, in the stable vocabulary of DESIGN.md, localised. Every sentence
// comes from the flow's bundle (trees, flow vocabulary, catalogue, legal dates), so that the content
// hash covers it and a published version can never change under an old assessment.
import type { Lang, Localised, Outcome, Tree } from './schema.ts';
import type { AnswerValue } from './bundle.ts';
import type { CompiledFlow, WalkContext } from './compile.ts';
import type { EvaluateOptions } from './evaluate.ts';
import { decideHosting } from './hosting.ts';
import { buildRegisterEntry } from './register-entry.ts';
import { buildActions } from './actions.ts';
import { citationLabel, citationView, parseCitation } from './citations.ts';
import type { AssessmentResult, DutyView, FlagView, NoteView, NoticeView } from './view-schemas.ts';
import { formatDate, t } from './views.ts';
import { fillTemplate as fill } from './template.ts';

export type { DutyView, FlagView, NoteView, NoticeView, AssessmentResult } from './view-schemas.ts';

type Blocks = 'duties' | 'conclusions' | 'flags' | 'commitments' | 'openPoints';
function block<T>(trees: Tree[], kind: Blocks, id: string): [T, Tree] | undefined {
  for (const tree of trees) {
    const found = (tree[kind] as Record<string, T> | undefined)?.[id];
    if (found) return [found, tree];
  }
  return undefined;
}


/** French elides "que" before a vowel ("parce qu'il"): the reason clauses start with "il" or "vous". */
const elide = (text: string, lang: Lang) => (lang === 'fr' ? text.replace(/\bque (?=[aeiouyhàâéèêîôû])/gi, "qu'") : text);

/** "a", "a and b", "a, b and c". */
function joinAnd(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** The reason clauses of the walk, in order: options and outcomes, and the rules that define the class. */
function reasonClauses(flow: CompiledFlow, ctx: WalkContext, lang: Lang): string[] {
  const { index } = flow;
  const rules = new Map(index.bundle.trees.flatMap((tree) => (tree.rules ?? []).map((r) => [r.id, r] as const)));
  const out: string[] = [];
  for (const key of ctx.reasons) {
    let text: Localised | undefined;
    if (key.startsWith('rule:')) {
      // Rules give the reason of the transparency class; for other classes the deciding answers do.
      if (ctx.riskClass === 'limited_risk' || ctx.riskClass === 'high_risk') text = rules.get(key.slice(5))?.reason;
      if (ctx.riskClass === 'high_risk' && key.startsWith('rule:art50')) text = undefined;
    } else if (key.includes('/')) {
      const [q, o] = key.split('/') as [string, string];
      const node = index.questions.get(q);
      text = node && node.kind !== 'text' ? node.options.find((x) => x.id === o)?.reason : undefined;
    } else {
      const node = index.nodes.get(key);
      text = node?.kind === 'outcome' ? node.reason : undefined;
    }
    if (text && !out.includes(text[lang])) out.push(text[lang]);
  }
  return out;
}

/** An act's name inside a sentence: French and German write the kind of act in lower case there. */
const actName = (act: string, lang: Lang) => {
  const label = citationLabel(parseCitation(act), lang);
  return lang === 'fr' ? label.charAt(0).toLowerCase() + label.slice(1) : label;
};

export type ResultCore = Omit<AssessmentResult, 'registerEntry'>;

export function buildResult(flow: CompiledFlow, ctx: WalkContext, path: { id: string; answer: AnswerValue }[], opts: EvaluateOptions): AssessmentResult {
  return withRegisterEntry(flow, ctx, buildResultCore(flow, ctx, path, opts), opts.lang);
}

/** The draft register entry: the one part of the result that reads text answers (title, description). */
export function withRegisterEntry(flow: CompiledFlow, ctx: WalkContext, core: ResultCore, lang: Lang): AssessmentResult {
  return { ...core, registerEntry: buildRegisterEntry(flow.index.bundle, ctx, core, lang) };
}

/**
 * Everything of the result but the register entry. It reads the walk's findings and its choice
 * answers, never a text answer: walks that reach the same state share it (evaluate.ts caches it).
 */
export function buildResultCore(flow: CompiledFlow, ctx: WalkContext, path: { id: string; answer: AnswerValue }[], opts: EvaluateOptions): ResultCore {
  const { index } = flow;
  const bundle = index.bundle;
  const lang: Lang = opts.lang;
  const vocabulary = bundle.flow.vocabulary!;
  const law = bundle.law;
  const milestones = law.milestones;
  const cite = (sources: string[]) => sources.map((s) => citationView(s, lang));
  const reported = (id: string | undefined) => (id ? law.amendments?.[id]?.status === 'reported' : false);

  const usedAmendments = new Set<string>();
  const duties: DutyView[] = [];
  for (const id of ctx.duties) {
    const found = block<NonNullable<Tree['duties']>[string]>(bundle.trees, 'duties', id);
    if (!found) continue;
    const [d, tree] = found;
    const m = milestones[d.appliesFrom]!;
    const amendments = [m.amendment, ...(d.amendments ?? []), ...(d.transitions ?? []).map((tr) => milestones[tr]?.amendment)].filter((a): a is string => Boolean(a));
    amendments.forEach((a) => usedAmendments.add(a));
    duties.push({
      id,
      kind: d.kind,
      kindLabel: vocabulary.kinds[d.kind][lang],
      title: t(d.title, lang),
      body: t(d.body, lang),
      source: d.source,
      sources: cite(d.source),
      appliesFrom: m.date ?? null,
      appliesNow: !m.date || opts.date >= m.date,
      ...(m.originalDate ? { originalDate: m.originalDate } : {}),
      status: amendments.some(reported) ? 'reported' : 'verified',
      transitions: (d.transitions ?? []).flatMap((tr) => {
        const x = milestones[tr];
        return x?.date ? [{ date: x.date, label: t(x.label, lang), appliesNow: opts.date >= x.date }] : [];
      }),
      ...(m.uncertain ? { dateUncertain: t(m.uncertain, lang) } : {}),
      ...(d.related ? { related: d.related } : {}),
      ...(d.labels ? { labels: d.labels } : {}),
      tree: tree.id,
    });
  }

  const flags: FlagView[] = [];
  for (const step of path) {
    const isUnsure = Array.isArray(step.answer) ? step.answer.includes('unsure') : step.answer === 'unsure';
    if (isUnsure) {
      const q = index.questions.get(step.id)!;
      flags.push({
        id: `unsure_${step.id}`,
        kind: 'unsure',
        question: step.id,
        text: `${t(q.text, lang)} — ${t(vocabulary.unsureFlag, lang)}`,
        reviewer: 'lawyer_or_dpo',
        reviewerLabel: vocabulary.reviewers.lawyer_or_dpo[lang],
        source: q.source,
        sources: cite(q.source),
      });
    }
  }
  for (const id of ctx.flags) {
    const found = block<NonNullable<Tree['flags']>[string]>(bundle.trees, 'flags', id);
    if (found) {
      const [f] = found;
      f.amendments?.forEach((a) => usedAmendments.add(a));
      flags.push({ id, kind: 'review', text: t(f.text, lang), reviewer: f.reviewer, reviewerLabel: vocabulary.reviewers[f.reviewer][lang], source: f.source, sources: cite(f.source) });
    }
  }

  const notes = (kind: 'commitments' | 'openPoints', ids: string[]): NoteView[] =>
    ids.flatMap((id) => {
      const found = block<{ text: Localised; source: string[] }>(bundle.trees, kind, id);
      return found ? [{ id, text: t(found[0].text, lang), source: found[0].source, sources: cite(found[0].source) }] : [];
    });

  const conclusions = Object.entries(ctx.outcomes).flatMap(([treeId, outcomeId]) => {
    const node = index.nodes.get(outcomeId);
    if (node?.kind !== 'outcome') return [];
    const found = block<NonNullable<Tree['conclusions']>[string]>(bundle.trees, 'conclusions', node.conclusion);
    return found ? [{ tree: treeId, id: node.conclusion, title: t(found[0].title, lang), body: t(found[0].body, lang), source: found[0].source, sources: cite(found[0].source) }] : [];
  });

  const cls = ctx.riskClass ?? null;
  // The outcome that named the class, whose own explanation (if any) replaces the generic one.
  const classOutcome = Object.values(ctx.outcomes)
    .map((id) => index.nodes.get(id))
    .find((n): n is Outcome => n?.kind === 'outcome' && n.riskClass !== undefined);
  const classTitle = cls ? t(vocabulary.riskClasses[cls].title, lang) : '';
  const clauses = reasonClauses(flow, ctx, lang);
  const reason = cls ? (clauses.length ? elide(fill(vocabulary.reason[lang], { class: classTitle, reasons: joinAnd(clauses, vocabulary.and[lang]) }), lang) : `${classTitle}.`) : '';
  const decisive = [...new Set(ctx.reasons.filter((k) => k.includes('/')).map((k) => k.split('/')[0]!))];

  const reportedAmendments = [...usedAmendments].filter(reported).sort();
  const notices: NoticeView[] = reportedAmendments.length
    ? [
        {
          id: 'law_unverified',
          text: fill(vocabulary.lawUnverified[lang], {
            date: formatDate(law.reviewed, lang),
            changes: reportedAmendments.map((a) => fill(vocabulary.amendmentChange[lang], { act: actName(law.amendments![a]!.act, lang), change: t(law.amendments![a]!.change, lang) })).join('; '),
          }),
          amendments: reportedAmendments,
        },
      ]
    : [];

  const partial: Omit<AssessmentResult, 'registerEntry'> = {
    riskClass: cls,
    riskClassTitle: classTitle,
    riskClassExplanation: cls ? t(classOutcome?.explanation ?? vocabulary.riskClasses[cls].explanation, lang) : '',
    reason,
    basis: ctx.basis,
    basisSources: cite(ctx.basis),
    roles: ctx.roles,
    roleLabels: ctx.roles.map((r) => t(vocabulary.roles[r], lang)),
    conclusions,
    duties,
    actions: [],
    hosting: decideHosting(bundle.catalogue, ctx.facts, lang),
    flags,
    commitments: notes('commitments', ctx.commitments),
    openPoints: notes('openPoints', ctx.openPoints),
    notices,
    decisive,
    facts: ctx.facts,
    lawAsOf: { reviewed: law.reviewed, assessedOn: opts.date, banner: t(law.banner, lang) },
    disclaimer: t(bundle.flow.disclaimer, lang),
    flow: { id: bundle.flow.id, version: bundle.flow.version, hash: bundle.hash },
  };
  partial.actions = buildActions(bundle.trees, vocabulary, partial, lang);
  return partial;
}
