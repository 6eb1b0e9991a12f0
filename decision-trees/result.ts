// The result of a complete walk, in the stable vocabulary of DESIGN.md, localised.
import type { Lang, Localised, RiskClass, Role, Tree } from './schema.ts';
import type { AnswerValue } from './bundle.ts';
import type { CompiledFlow, WalkContext } from './compile.ts';
import type { EvaluateOptions } from './evaluate.ts';
import { decideHosting, type HostingResult } from './hosting.ts';
import { buildRegisterEntry, type RegisterEntry } from './register-entry.ts';
import { t } from './views.ts';

export interface DutyView {
  id: string;
  title: string;
  body: string;
  source: string[];
  /** The date the duty applies from (YYYY-MM-DD). */
  appliesFrom: string;
  /** Already applicable on the assessment date. */
  appliesNow: boolean;
  /** Set where the date rests on unverified reports of an amendment. */
  dateUncertain?: string;
  related?: string[];
  labels?: { fr: string; de: string; en: string }[];
  tree: string;
}

export interface FlagView {
  id: string;
  kind: 'unsure' | 'review';
  /** The question answered "unsure", for unsure flags. */
  question?: string;
  text: string;
  reviewer: 'lawyer' | 'dpo' | 'lawyer_or_dpo' | 'project_lead';
  source: string[];
}

export interface NoteView {
  id: string;
  text: string;
  source: string[];
}

export interface AssessmentResult {
  riskClass: RiskClass | null;
  basis: string[];
  roles: Role[];
  conclusions: { tree: string; id: string; title: string; body: string; source: string[] }[];
  duties: DutyView[];
  hosting: HostingResult | null;
  flags: FlagView[];
  commitments: NoteView[];
  openPoints: NoteView[];
  registerEntry: RegisterEntry | null;
  facts: string[];
  lawAsOf: { reviewed: string; assessedOn: string; banner: string };
  disclaimer: string;
  flow: { id: string; version: string; hash: string };
}

function block<T>(trees: Tree[], kind: 'duties' | 'conclusions' | 'flags' | 'commitments' | 'openPoints', id: string): [T, Tree] | undefined {
  for (const tree of trees) {
    const found = (tree[kind] as Record<string, T> | undefined)?.[id];
    if (found) return [found, tree];
  }
  return undefined;
}

export const UNSURE_FLAG_TEXT: Localised = {
  fr: 'Réponse « je ne sais pas » : la voie prudente a été suivie. À faire vérifier par un juriste ou le délégué à la protection des données.',
  de: 'Antwort „weiß nicht“: Der vorsichtige Weg wurde gewählt. Von einer Juristin, einem Juristen oder der/dem Datenschutzbeauftragten prüfen lassen.',
  en: 'Answered "unsure": the cautious branch was taken. Have a lawyer or the data protection officer review it.',
};

export function buildResult(
  flow: CompiledFlow,
  ctx: WalkContext,
  path: { id: string; answer: AnswerValue }[],
  opts: EvaluateOptions,
): AssessmentResult {
  const { index } = flow;
  const bundle = index.bundle;
  const lang: Lang = opts.lang;
  const milestones = bundle.law.milestones;

  const duties: DutyView[] = [];
  for (const id of ctx.duties) {
    const found = block<NonNullable<Tree['duties']>[string]>(bundle.trees, 'duties', id);
    if (!found) continue;
    const [d, tree] = found;
    const m = milestones[d.appliesFrom]!;
    duties.push({
      id,
      title: t(d.title, lang),
      body: t(d.body, lang),
      source: d.source,
      appliesFrom: m.date,
      appliesNow: opts.date >= m.date,
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
      flags.push({ id: `unsure_${step.id}`, kind: 'unsure', question: step.id, text: `${t(q.text, lang)} — ${t(UNSURE_FLAG_TEXT, lang)}`, reviewer: 'lawyer_or_dpo', source: q.source });
    }
  }
  for (const id of ctx.flags) {
    const found = block<NonNullable<Tree['flags']>[string]>(bundle.trees, 'flags', id);
    if (found) flags.push({ id, kind: 'review', text: t(found[0].text, lang), reviewer: found[0].reviewer, source: found[0].source });
  }

  const notes = (kind: 'commitments' | 'openPoints', ids: string[]): NoteView[] =>
    ids.flatMap((id) => {
      const found = block<{ text: Localised; source: string[] }>(bundle.trees, kind, id);
      return found ? [{ id, text: t(found[0].text, lang), source: found[0].source }] : [];
    });

  const conclusions = Object.entries(ctx.outcomes).flatMap(([treeId, outcomeId]) => {
    const node = index.nodes.get(outcomeId);
    if (node?.kind !== 'outcome') return [];
    const found = block<NonNullable<Tree['conclusions']>[string]>(bundle.trees, 'conclusions', node.conclusion);
    return found ? [{ tree: treeId, id: node.conclusion, title: t(found[0].title, lang), body: t(found[0].body, lang), source: found[0].source }] : [];
  });

  const result: AssessmentResult = {
    riskClass: ctx.riskClass ?? null,
    basis: ctx.basis,
    roles: ctx.roles,
    conclusions,
    duties,
    hosting: decideHosting(bundle.catalogue, ctx.facts, lang),
    flags,
    commitments: notes('commitments', ctx.commitments),
    openPoints: notes('openPoints', ctx.openPoints),
    registerEntry: null,
    facts: ctx.facts,
    lawAsOf: { reviewed: bundle.law.reviewed, assessedOn: opts.date, banner: t(bundle.law.banner, lang) },
    disclaimer: t(bundle.flow.disclaimer, lang),
    flow: { id: bundle.flow.id, version: bundle.flow.version, hash: bundle.hash },
  };
  result.registerEntry = buildRegisterEntry(ctx, result, lang);
  return result;
}
