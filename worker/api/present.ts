// Runs the engine and shapes its answer for the API: the same function serves the stateless
// endpoint, stored assessments and reports.
import type { Lang } from '../../decision-trees/schema.ts';
import type { Answers, FlowBundle } from '../../decision-trees/bundle.ts';
import { evaluate, type Evaluation } from '../../decision-trees/evaluate.ts';
import { answerLabel, t } from '../../decision-trees/views.ts';
import { compiledFlow } from '../flows.ts';
import { ProblemError, pointerToken } from '../http/problem.ts';

export type Presented = ReturnType<typeof shape>;

/** `expand`: with the question texts and answer labels on the path (the web app and reports need them). */
function shape(bundle: FlowBundle, answers: Answers, lang: Lang, r: Evaluation, expand: boolean) {
  const flow = compiledFlow(bundle);
  return {
    flow: { id: bundle.flow.id, version: bundle.flow.version, hash: bundle.hash },
    lang,
    complete: r.complete,
    next: r.next,
    path: r.path.map((step): { id: string; answer: typeof step.answer; text?: string; answerLabel?: string; source?: string[] } => {
      if (!expand) return { id: step.id, answer: step.answer };
      const q = flow.index.questions.get(step.id)!;
      return { id: step.id, answer: step.answer, text: t(q.text, lang), answerLabel: answerLabel(q, step.answer, lang), source: q.source };
    }),
    progress: r.progress,
    unusedAnswers: r.unusedAnswers,
    offPath: r.unusedAnswers.flatMap((id) => {
      const q = flow.index.questions.get(id);
      const answer = answers[id];
      return q && answer !== undefined ? [{ id, answer, ...(expand ? { text: t(q.text, lang), answerLabel: answerLabel(q, answer, lang) } : {}) }] : [];
    }),
    result: r.result,
  };
}

/** Evaluates or throws a 400 problem naming each bad answer as `answers.<question>`. */
export function present(bundle: FlowBundle, answers: Answers, lang: Lang, date: string, expand = true) {
  const r = evaluated(bundle, answers, lang, date);
  return shape(bundle, answers, lang, r, expand);
}

// The JSON of a result core, once per core: most of a complete evaluation's body.
const coreJson = new WeakMap<object, string>();

const encoder = new TextEncoder();
// The UTF-8 of a result core (without its closing brace), once per core: most of the bytes a complete
// evaluation sends, and the costliest to encode (French and German text is not ASCII).
const coreBytes = new WeakMap<object, Uint8Array<ArrayBuffer>>();

/**
 * `JSON.stringify(present(...))` as UTF-8 bytes, without serialising or encoding again the part of the
 * result that walks reaching the same state share. `result` is the last key of the body,
 * `registerEntry` the last of the result, so the body is the rest, the shared core and the register
 * entry put together.
 */
export function presentBytes(bundle: FlowBundle, answers: Answers, lang: Lang, date: string, expand = false): Uint8Array<ArrayBuffer> {
  const r = evaluated(bundle, answers, lang, date);
  const body = shape(bundle, answers, lang, r, expand);
  if (!body.result || !r.resultCore) return encoder.encode(JSON.stringify(body));
  let core = coreBytes.get(r.resultCore);
  if (core === undefined) {
    let text = coreJson.get(r.resultCore);
    if (text === undefined) coreJson.set(r.resultCore, (text = JSON.stringify(r.resultCore)));
    coreBytes.set(r.resultCore, (core = encoder.encode(text.slice(0, -1))));
  }
  const head = encoder.encode(JSON.stringify({ ...body, result: null }).slice(0, -'null}'.length));
  const tail = encoder.encode(`,"registerEntry":${JSON.stringify(body.result.registerEntry)}}}`);
  const out = new Uint8Array(head.length + core.length + tail.length);
  out.set(head, 0);
  out.set(core, head.length);
  out.set(tail, head.length + core.length);
  return out;
}

/** The same body as text (for callers that want a string). */
export const presentJson = (bundle: FlowBundle, answers: Answers, lang: Lang, date: string, expand = false): string => new TextDecoder().decode(presentBytes(bundle, answers, lang, date, expand));

function evaluated(bundle: FlowBundle, answers: Answers, lang: Lang, date: string) {
  const r = evaluate(compiledFlow(bundle), answers, { lang, date });
  if (!r.ok) {
    throw new ProblemError(
      'validation-error',
      'invalid_answers',
      { count: r.errors.length, flow: bundle.flow.id, version: bundle.flow.version },
      r.errors.map((e) => ({ name: `/answers/${pointerToken(e.question)}`, code: e.reason, params: e.params })),
    );
  }
  return r;
}

export const today = () => new Date().toISOString().slice(0, 10);
