// A complete answer set: the flow walked to its end, each asked question answered by `pick` unless
// `preset` answers it. Pure (no Node import): the tests in workerd, the e2e support and the bench share it.
import type { CompiledFlow } from './compile.ts';
import { evaluate } from './evaluate.ts';
import type { Answers } from './bundle.ts';
import type { QuestionView } from './views.ts';

export type Picker = (q: QuestionView) => string | string[];

/** Walks the flow answering each asked question with `pick`, until complete (bounded). */
export function walkWith(flow: CompiledFlow, pick: Picker, preset: Answers = {}): Answers {
  const answers: Answers = { ...preset };
  for (let i = 0; i < 300; i++) {
    const r = evaluate(flow, answers, { lang: 'en', date: '2026-11-28' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    if (r.complete) return answers;
    const q = r.next!;
    answers[q.id] = q.id in preset ? preset[q.id]! : pick(q);
  }
  throw new Error('the flow did not end within 300 answers');
}

