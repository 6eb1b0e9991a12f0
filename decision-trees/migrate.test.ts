// Migration of a 1.0.0 assessment to 1.1.0 and 1.2.0, and of a 1.1.0 one to 1.2.0, by the target flow's
// own rules: what is carried, mapped, asked again or not carried, with nothing lost; the review's
// warnings about misleading 1.0.0 answers hold.
import { describe, expect, it } from 'vitest';
import { loadAll } from './load.ts';
import { loadPublished } from './published.ts';
import { compileFlow } from './compile.ts';
import { evaluate } from './evaluate.ts';
import { migrateAnswers, holdsOnAnswers } from './migrate.ts';
import type { Answers } from './bundle.ts';
import { defaultAnswer } from './default-answer.ts';

const current = loadAll().bundles;
const bundles = loadPublished(current).bundles;
const v100 = compileFlow(bundles.find((b) => b.flow.id === 'assessment' && b.flow.version === '1.0.0')!);
const v110 = compileFlow(bundles.find((b) => b.flow.id === 'assessment' && b.flow.version === '1.1.0')!);
const v120 = compileFlow(current.find((b) => b.flow.id === 'assessment' && b.flow.version === '1.2.0')!);

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

/** A complete walk of a compiled flow: `overrides`, else the plain default. */
function completed(flow: typeof v110, overrides: Answers): Answers {
  const answers: Answers = {};
  for (let i = 0; i < 200; i++) {
    const r = evaluate(flow, answers, { lang: 'en', date: '2026-12-01' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    if (r.complete) return answers;
    answers[r.next!.id] = overrides[r.next!.id] ?? defaultAnswer(r.next!);
  }
  throw new Error('walk did not end');
}

const BENEFITS: Answers = { system_does: ['evaluates_people'], annex3_areas: ['essential_services'], annex3_5_essential_services: ['annex3_5_a_public_benefits'], art6_3_profiling: 'yes', data_kinds: ['personal'], hosting_service: 'dedicated_application' };

describe('migrating to 1.2.0', () => {
  it('a 1.1.0 assessment of a high-risk Annex III deployer carries every answer by id and is asked only the two FRIA questions', () => {
    const old = completed(v110, BENEFITS);
    const m = migrateAnswers(v120, '1.1.0', old);
    expect(m.carried).toEqual(Object.keys(old).sort());
    expect(m.answers).toEqual(old);
    expect(m).toMatchObject({ from: '1.1.0', to: '1.2.0', mapped: [], askedAgain: [], notCarried: [] });
    const r = evaluate(v120, m.answers, { lang: 'en', date: '2026-12-01' });
    expect(r.ok && r.next?.id).toBe('fria_period_frequency');
    const done = evaluate(v120, { ...m.answers, fria_period_frequency: 'Every working day from March 2027', fria_art13_information: 'yes' }, { lang: 'en', date: '2026-12-01' });
    expect(done.ok && done.complete).toBe(true);
  });

  it('a 1.1.0 assessment that needs no FRIA is complete in 1.2.0 as it stands', () => {
    const old = completed(v110, { system_does: ['generates_text'], content_use: ['internal'] });
    const m = migrateAnswers(v120, '1.1.0', old);
    const r = evaluate(v120, m.answers, { lang: 'en', date: '2026-12-01' });
    expect(r.ok && r.complete).toBe(true);
  });

  it('a 1.0.0 assessment moves to 1.2.0 exactly as it moved to 1.1.0: migrations do not chain, so 1.2.0 keeps the 1.0.0 rules', () => {
    for (const overrides of [{ ...YES, role_deployer: 'yes', intro_title: 'Courrier', gdpr_personal_data: 'yes', gdpr_6_1_e_public_task: 'yes', gdpr_22_adm: 'no' }, { ...YES, role_provider_inhouse: 'yes', role_deployer: 'no' }, { ...YES, role_deployer: 'yes', screen_people: 'yes', gdpr_personal_data: 'yes' }]) {
      const old = completed100(overrides);
      const to110 = migrateAnswers(v110, '1.0.0', old);
      const to120 = migrateAnswers(v120, '1.0.0', old);
      expect({ ...to120, to: '1.1.0', notCarried: to120.notCarried.map((x) => ({ ...x, reason: x.reason.replace('1.2.0', '1.1.0') })) }).toEqual(to110);
      expect(evaluate(v120, to120.answers, { lang: 'en', date: '2026-12-01' }).ok).toBe(true);
    }
  });
});
