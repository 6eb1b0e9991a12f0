// Migration of a 1.0.0 assessment to 1.1.0 by the flow's own rules: what is carried, mapped, asked
// again or not carried, with nothing lost; the review's warnings about misleading 1.0.0 answers hold.
import { describe, expect, it } from 'vitest';
import { loadAll } from './load.ts';
import { loadPublished } from './published.ts';
import { compileFlow } from './compile.ts';
import { evaluate } from './evaluate.ts';
import { migrateAnswers, holdsOnAnswers } from './migrate.ts';
import type { Answers } from './bundle.ts';

const current = loadAll().bundles;
const bundles = loadPublished(current).bundles;
const v100 = compileFlow(bundles.find((b) => b.flow.id === 'assessment' && b.flow.version === '1.0.0')!);
const v110 = compileFlow(bundles.find((b) => b.flow.id === 'assessment' && b.flow.version === '1.1.0')!);

/** A complete 1.0.0 assessment: `overrides`, else "no" / "none" / the first option. */
function completed100(overrides: Answers): Answers {
  const answers: Answers = {};
  for (let i = 0; i < 200; i++) {
    const r = evaluate(v100, answers, { lang: 'en', date: '2026-11-28' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    if (r.complete) return answers;
    const q = r.next!;
    answers[q.id] = overrides[q.id] ?? (q.kind === 'text' ? `Text for ${q.id}` : q.kind === 'multiple' ? [q.options.some((o) => o.id === 'none') ? 'none' : q.options[0]!.id] : q.options.some((o) => o.id === 'no') ? 'no' : q.options[0]!.id);
  }
  throw new Error('1.0.0 walk did not end');
}

const YES = { def_machine_based: 'yes', def_infers: 'yes', def_outputs: 'yes', def_autonomy: 'yes' };

describe('migrating a 1.0.0 assessment to 1.1.0', () => {
  it('maps the definition questions, carries the intro, and accounts for every old answer', () => {
    const old = completed100({ ...YES, role_deployer: 'yes', intro_title: 'Courrier', gdpr_personal_data: 'yes', gdpr_6_1_e_public_task: 'yes', gdpr_22_adm: 'no' });
    const m = migrateAnswers(v110, '1.0.0', old);
    expect(m.answers.def_ai_system).toBe('infers');
    expect(m.answers.role_in_system).toEqual(['uses_provided']);
    expect(m.answers.gdpr_legal_basis).toBe('public_task');
    expect(m.carried).toContain('intro_title');
    expect(m.mapped.find((x) => x.question === 'def_ai_system')!.from).toEqual(expect.arrayContaining(['def_machine_based', 'def_infers']));
    const accounted = new Set([...m.carried, ...m.mapped.flatMap((x) => x.from), ...m.askedAgain, ...m.notCarried.map((x) => x.question)]);
    expect(Object.keys(old).filter((q) => !accounted.has(q))).toEqual([]);
    // What it gives is a valid 1.1.0 answer set that the engine walks.
    expect(evaluate(v110, m.answers, { lang: 'fr', date: '2026-12-01' }).ok).toBe(true);
  });

  it('never turns an in-house builder who answered "not a deployer" into a provider only: the role is asked again', () => {
    const old = completed100({ ...YES, role_provider_inhouse: 'yes', role_deployer: 'no' });
    const m = migrateAnswers(v110, '1.0.0', old);
    expect(m.answers.role_in_system).toBeUndefined();
    const r = evaluate(v110, m.answers, { lang: 'en', date: '2026-12-01' });
    expect(r.ok && r.next?.id).toBe('role_in_system');
  });

  it('asks the solely-automated question again rather than carrying an answer given without the SCHUFA guidance', () => {
    const old = completed100({ ...YES, role_deployer: 'yes', gdpr_personal_data: 'yes', gdpr_22_adm: 'no', screen_people: 'yes' });
    expect(old.gdpr_22_adm).toBe('no');
    const m = migrateAnswers(v110, '1.0.0', old);
    expect(m.askedAgain).toContain('gdpr_22_adm');
    expect(m.answers.gdpr_22_adm).toBeUndefined();
  });

  it('a migration condition reads answers only', () => {
    expect(holdsOnAnswers({ type: 'all', params: { conditions: [{ type: 'answer', params: { question: 'a', option: 'x' } }, { type: 'not', params: { condition: { type: 'answered', params: { questions: ['b'] } } } }] } }, { a: ['x', 'y'] })).toBe(true);
    expect(() => holdsOnAnswers({ type: 'fact', params: { fact: 'x' } }, {})).toThrow(/reads answers only/);
  });
});
