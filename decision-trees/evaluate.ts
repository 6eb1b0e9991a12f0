// (flow version, answers, lang, date) -> path, next question, progress, unused answers and result.
// Pure and deterministic: the same inputs always give the same output.
import { createActor, type AnyActorRef, type AnyMachineSnapshot } from 'xstate';
import type { Lang } from './schema.ts';
import { isQuestion, type Answers, type AnswerValue } from './bundle.ts';
import { checkAnswers, type AnswerError } from './answers.ts';
import { FINAL_STATE, type CompiledFlow, type WalkContext } from './compile.ts';
import { remainingQuestions } from './graph.ts';
import { likelyRemaining, shareDone } from './progress.ts';
import { buildResultCore, withRegisterEntry, type ResultCore } from './result.ts';
import type { AssessmentResult } from './view-schemas.ts';
import { describeQuestion } from './views.ts';
import type { Progress, QuestionView } from './view-schemas.ts';

export interface EvaluateOptions {
  lang: Lang;
  /** The assessment date (YYYY-MM-DD): which duties already apply. */
  date: string;
}

export type { Progress } from './view-schemas.ts';

export interface Evaluation {
  ok: true;
  complete: boolean;
  next: QuestionView | null;
  path: { id: string; answer: AnswerValue }[];
  progress: Progress;
  /** Answers the current path does not visit: kept, but not used. */
  unusedAnswers: string[];
  result: AssessmentResult | null;
  /** The result without its register entry, shared by every walk reaching the same state (see resultCoreOf). */
  resultCore: ResultCore | null;
  /** The walk's raw state, for reports and tests. */
  context: WalkContext;
}

export interface EvaluationFailure {
  ok: false;
  errors: AnswerError[];
}

const remainingCache = new WeakMap<CompiledFlow, ReturnType<typeof remainingQuestions>>();

function remainingFor(flow: CompiledFlow) {
  let r = remainingCache.get(flow);
  if (!r) remainingCache.set(flow, (r = remainingQuestions(flow.index)));
  return r;
}
const likelyCache = new WeakMap<CompiledFlow, Map<string, number>>();
function likelyFor(flow: CompiledFlow) {
  let r = likelyCache.get(flow);
  if (!r) likelyCache.set(flow, (r = likelyRemaining(flow.index)));
  return r;
}

/**
 * Snapshots by answer prefix, per compiled flow, as a trie: one small map lookup per answer.
 * Bounded: past the limit the trie starts again empty. Snapshots are immutable, so sharing is safe.
 */
interface PrefixNode {
  snapshot: AnyMachineSnapshot;
  next: Map<string, PrefixNode>;
}
const PREFIX_LIMIT = 20_000;
const prefixTries = new WeakMap<CompiledFlow, { root: PrefixNode | null; size: number }>();
function trieOf(flow: CompiledFlow) {
  let t = prefixTries.get(flow);
  if (!t) prefixTries.set(flow, (t = { root: null, size: 0 }));
  if (t.size > PREFIX_LIMIT) {
    t.root = null;
    t.size = 0;
  }
  return t;
}

/**
 * The result core of a final state, per language and date: every walk ending in the same cached
 * state (same choices, any texts) has the same core, built once. Held as long as the state is.
 */
const cores = new WeakMap<object, Map<string, ResultCore>>();
function resultCoreOf(flow: CompiledFlow, snapshot: AnyMachineSnapshot, context: WalkContext, path: Evaluation['path'], opts: EvaluateOptions): ResultCore {
  let byOpts = cores.get(snapshot);
  if (!byOpts) cores.set(snapshot, (byOpts = new Map()));
  const key = `${opts.lang}|${opts.date}`;
  let core = byOpts.get(key);
  if (!core) {
    core = buildResultCore(flow, context, path, opts);
    if (byOpts.size < 16) byOpts.set(key, core);
  }
  return core;
}

/** Forgets the cached steps of a flow: the engine bench measures walks from nothing with it. */
export function forgetCachedSteps(flow: CompiledFlow): void {
  prefixTries.delete(flow);
}

export function evaluate(flow: CompiledFlow, answers: Answers, opts: EvaluateOptions): Evaluation | EvaluationFailure {
  const errors = checkAnswers(flow.index, answers);
  if (errors.length) return { ok: false, errors };

  // Snapshots are kept per answer prefix: a stored assessment re-walked after one more answer only
  // computes the new step, and identical evaluations (a re-read, a report) reuse every step. Past
  // the cached prefix an actor restored from the last snapshot walks on (`send` is XState's fastest path).
  const trie = trieOf(flow);
  let actor: AnyActorRef | undefined;
  if (!trie.root) {
    actor = createActor(flow.machine).start();
    trie.root = { snapshot: actor.getSnapshot() as AnyMachineSnapshot, next: new Map() };
  }
  let at: PrefixNode = trie.root;
  let snapshot = at.snapshot;
  const path: { id: string; answer: AnswerValue }[] = [];
  let next: QuestionView | null = null;
  const likely = likelyFor(flow);
  // The best share done at any point of the path so far (see progress.ts).
  let best = 0;
  // Each answer moves the machine on; the loop ends at the first unanswered question or the final state.
  for (;;) {
    if (snapshot.status === 'done') break;
    const stateId = snapshot.value as string;
    const node = flow.index.nodes.get(stateId);
    if (!node || !isQuestion(node)) throw new Error(`flow is stuck at "${stateId}"`);
    best = Math.max(best, shareDone(path.length, likely.get(node.id) ?? 1));
    const answer = answers[node.id];
    if (answer === undefined) {
      next = describeQuestion(node, flow.index, opts.lang);
      break;
    }
    // A text answer is stored, never tested (conditions read option ids and presence only): texts share
    // one key, so that assessments differing only in their titles and descriptions share every step.
    const step = node.kind === 'text' ? '\u0001text' : Array.isArray(answer) ? answer.join('\u0003') : answer;
    let child = at.next.get(step);
    if (!child) {
      if (!actor || actor.getSnapshot() !== snapshot) {
        actor?.stop();
        actor = createActor(flow.machine, { snapshot }).start();
      }
      actor.send({ type: 'ANSWER', question: node.id, value: answer });
      const after = actor.getSnapshot() as AnyMachineSnapshot;
      if (after.value === snapshot.value && after.status !== 'done') {
        // A valid answer that no route accepts is a tree bug; the checker prevents it, this names it.
        throw new Error(`no route from "${node.id}" for answer ${JSON.stringify(answer)}`);
      }
      child = { snapshot: after, next: new Map() };
      at.next.set(step, child);
      trie.size++;
    }
    path.push({ id: node.id, answer });
    at = child;
    snapshot = child.snapshot;
  }
  actor?.stop();

  // The cached snapshot may hold another walk's texts: the answers are this walk's own.
  const context: WalkContext = { ...(snapshot.context as WalkContext), answers: Object.fromEntries(path.map((p) => [p.id, p.answer])) };
  const complete = snapshot.status === 'done';
  const visited = new Set(path.map((p) => p.id));
  const here = complete ? FINAL_STATE : (snapshot.value as string);
  const rem = remainingFor(flow).get(here) ?? { min: 0, max: 0 };
  const remainingLikely = likely.get(here) ?? 0;
  const answered = path.length;
  const core = complete ? resultCoreOf(flow, snapshot, context, path, opts) : null;
  return {
    ok: true,
    complete,
    next,
    path,
    progress: {
      answered,
      remainingMin: rem.min,
      remainingMax: rem.max,
      remainingLikely,
      estimatedTotal: answered + remainingLikely,
      percent: complete ? 100 : Math.min(99, Math.floor(best * 100)),
    },
    unusedAnswers: Object.keys(answers).filter((id) => !visited.has(id)),
    result: core ? withRegisterEntry(flow, context, core, opts.lang) : null,
    resultCore: core,
    context,
  };
}
