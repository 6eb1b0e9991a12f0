import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { requireBundle } from '../flows.ts';
import { present, presentBytes, presentJson } from './present.ts';
import type { Answers } from '../../decision-trees/bundle.ts';

const bundle = requireBundle();

/** A random complete walk: each question asked gets a random valid answer. */
const walk = fc.infiniteStream(fc.nat()).map((picks) => {
  const answers: Answers = {};
  const it = picks[Symbol.iterator]();
  for (let i = 0; i < 80; i++) {
    const r = present(bundle, answers, 'en', '2026-12-01', false);
    if (r.complete || !r.next) break;
    const q = r.next;
    const n = it.next().value as number;
    if (q.kind === 'text') answers[q.id] = `Text ${n % 7}`;
    else if (q.kind === 'single') answers[q.id] = q.options[n % q.options.length]!.id;
    else {
      const o = q.options[n % q.options.length]!;
      answers[q.id] = [o.id];
    }
  }
  return answers;
});

describe('presentJson', () => {
  it('is exactly JSON.stringify(present(...)), also when walks share a state with other texts', () => {
    let complete = 0;
    fc.assert(
      fc.property(walk, fc.constantFrom('fr', 'de', 'en' as const), fc.boolean(), fc.string({ maxLength: 30 }), (answers, lang, expand, title) => {
        if (present(bundle, answers, lang, '2026-12-01', false).complete) complete++;
        for (const a of [answers, { ...answers, intro_title: `Title ${title}` }]) {
          const expected = JSON.stringify(present(bundle, a, lang, '2026-12-01', expand));
          expect(presentJson(bundle, a, lang, '2026-12-01', expand)).toBe(expected);
          expect(new TextDecoder().decode(presentBytes(bundle, a, lang, '2026-12-01', expand))).toBe(expected);
        }
      }),
      { numRuns: 150 },
    );
    expect(complete).toBeGreaterThan(100); // the shared-core path is the one under test
  });
});
