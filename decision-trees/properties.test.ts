// Properties of the engine over generated answer sets (fast-check): deterministic, `next` always a
// question of the flow or null, and every complete result has a risk class and a basis.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { treesAsFlow } from './testing.ts';
import { evaluate } from './evaluate.ts';
import type { Answers } from './bundle.ts';

const flow = treesAsFlow(['intro', 'ai-act-risk', 'hosting', 'transparency', 'guidelines']);
const opts = { lang: 'en' as const, date: '2026-11-28' };

/** A random walk: at each question, the choices pick options (or a text), until complete or the choices run out. */
function randomWalk(choices: number[]): Answers {
  const answers: Answers = {};
  for (const c of choices) {
    const r = evaluate(flow, answers, opts);
    if (!r.ok || r.complete) break;
    const q = r.next!;
    if (q.kind === 'text') answers[q.id] = `text ${c}`;
    else if (q.kind === 'single') answers[q.id] = q.options[c % q.options.length]!.id;
    else {
      const free = q.options.filter((o) => !o.exclusive);
      const pick = free.filter((_, i) => (c >> i) & 1).map((o) => o.id);
      answers[q.id] = pick.length ? pick : [q.options.find((o) => o.exclusive)?.id ?? q.options[0]!.id];
    }
  }
  return answers;
}

describe('engine properties', () => {
  it('random walks: deterministic, next is a question or null, complete results have a risk class and a basis', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 0, maxLength: 130 }), (choices) => {
        const answers = randomWalk(choices);
        const a = evaluate(flow, answers, opts);
        const b = evaluate(flow, answers, opts);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        if (!a.ok) throw new Error('a random walk only gives valid answers');
        if (a.next) expect(flow.index.questions.has(a.next.id)).toBe(true);
        else expect(a.complete).toBe(true);
        if (a.complete) {
          expect(a.result!.riskClass).not.toBeNull();
          expect(a.result!.basis.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400, seed: 42 },
    );
  });

  it('arbitrary answer maps never throw: they are evaluated or refused with typed errors', () => {
    const ids = [...flow.index.questions.keys()];
    const answerMap = fc.dictionary(fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 12 })), fc.oneof(fc.string({ maxLength: 30 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }), fc.constantFrom('yes', 'no', 'unsure', ['none'], ['unsure'])), { maxKeys: 30 });
    fc.assert(
      fc.property(answerMap, (answers) => {
        const r = evaluate(flow, answers as Answers, opts);
        if (r.ok) {
          if (r.next) expect(flow.index.questions.has(r.next.id)).toBe(true);
        } else {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(['unknown_question', 'unknown_option', 'wrong_type', 'too_long', 'empty', 'exclusive_option', 'duplicate_option']).toContain(e.reason);
        }
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});
