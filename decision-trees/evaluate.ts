// (flow version, answers, lang, date) -> path, next question, progress, unused answers and result.
// Pure and deterministic: the same inputs always give the same output.
import { createActor, type AnyActorRef, type AnyMachineSnapshot } from 'xstate';
import type { Lang } from './schema.ts';
import { isQuestion, type Answers, type AnswerValue } from './bundle.ts';
import { checkAnswers, type AnswerError } from './answers.ts';
import { FINAL_STATE, type CompiledFlow, type WalkContext } from './compile.ts';
import { remainingQuestions } from './graph.ts';
import { likelyRemaining, shareDone } from './progress.ts';
import { buildResult } from './result.ts';
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
    const step = Array.isArray(answer) ? answer.join('\u0003') : answer;
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

  const context = snapshot.context as WalkContext;
  const complete = snapshot.status === 'done';
  const visited = new Set(path.map((p) => p.id));
  const here = complete ? FINAL_STATE : (snapshot.value as string);
  const rem = remainingFor(flow).get(here) ?? { min: 0, max: 0 };
  const remainingLikely = likely.get(here) ?? 0;
  const answered = path.length;
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
    result: complete ? buildResult(flow, context, path, opts) : null,
    context,
  };
}
