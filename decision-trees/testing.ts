// Helpers for tests and scripts (Node only): load real trees as a flow and walk them.
import { loadAll, ROOT, contentHash } from './load.ts';
import { compileFlow, type CompiledFlow } from './compile.ts';
import { evaluate, type Evaluation, type EvaluateOptions } from './evaluate.ts';
import { assembleBundle, type Answers, type FlowBundle } from './bundle.ts';
import { defaultAnswer } from './scenarios.ts';

const cache = new Map<string, CompiledFlow>();

/** The given trees of decision-trees/trees, chained in that order, with the real catalogue and dates. */
export function treesAsFlow(treeIds: string[], root = ROOT): CompiledFlow {
  const key = `${root}:${treeIds.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const loaded = loadAll(root);
  if (loaded.problems.length) throw new Error(loaded.problems.map((p) => `${p.file} ${p.node ?? ''}: ${p.message}`).join('\n'));
  const any = loaded.bundles[0];
  // The real flow's vocabulary and register mapping, so that results read as in the product.
  const flow = { ...any!.flow, id: `test-${treeIds.join('-')}`, version: '0.0.0', trees: treeIds };
  const trees = treeIds.map((id) => {
    const t = loaded.trees.get(id);
    if (!t) throw new Error(`no tree ${id}`);
    return t;
  });
  const base = assembleBundle(flow, trees, any!.catalogue, any!.law);
  const bundle: FlowBundle = { ...base, hash: contentHash(base) };
  const compiled = compileFlow(bundle);
  cache.set(key, compiled);
  return compiled;
}

/** Evaluates and fails loudly on invalid answers, for tests that expect a valid walk. */
export function walk(flow: CompiledFlow, answers: Answers, opts: Partial<EvaluateOptions> = {}): Evaluation {
  const r = evaluate(flow, answers, { lang: 'en', date: '2026-11-28', ...opts });
  if (!r.ok) throw new Error(`invalid answers: ${JSON.stringify(r.errors)}`);
  return r;
}

/** Walks to the end answering every asked question from `overrides`, else the plain default (scenarios.ts). */
export function completeWalk(flow: CompiledFlow, overrides: Answers = {}, opts: Partial<EvaluateOptions> = {}): Evaluation {
  const answers: Answers = {};
  let r = walk(flow, answers, { date: '2026-12-01', ...opts });
  for (let i = 0; i < 150 && !r.complete; i++) {
    const q = r.next!;
    answers[q.id] = overrides[q.id] ?? defaultAnswer(q);
    r = walk(flow, answers, { date: '2026-12-01', ...opts });
  }
  if (!r.complete) throw new Error('the walk did not end');
  return r;
}
