import { describe, expect, it } from 'vitest';
import { loadAll } from './load.ts';
import { compileFlow } from './compile.ts';
import { evaluate, type Evaluation } from './evaluate.ts';

const SAMPLE = new URL('./fixtures/sample/', import.meta.url).pathname;
const loaded = loadAll(SAMPLE);
const flow = compileFlow(loaded.bundles[0]!);
const run = (answers: Record<string, string | string[]>, lang: 'fr' | 'de' | 'en' = 'en', date = '2026-11-28') => {
  const r = evaluate(flow, answers, { lang, date });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r as Evaluation;
};

describe('evaluate', () => {
  it('asks the first question of the first tree when nothing is answered', () => {
    const r = run({});
    expect(r.complete).toBe(false);
    expect(r.next?.id).toBe('title');
    expect(r.path).toEqual([]);
    expect(r.progress.answered).toBe(0);
  });

  it('shows the next question in the requested language with its help, source and options', () => {
    const r = run({ title: 'Chatbot' }, 'de');
    expect(r.next).toMatchObject({ id: 'uses_ai', text: 'Nutzt KI?', help: 'Hilfe.', source: ['AI Act Art 2'] });
    expect(r.next?.options.map((o) => o.label)).toEqual(['Ja', 'Nein', 'Weiß nicht']);
  });

  it('walks two chained trees and lets the second branch on the first one’s findings', () => {
    const high = run({ title: 'x', uses_ai: 'yes', areas: ['jobs'], decision_mention: 'yes', data_kind: 'public' });
    expect(high.path.map((p) => p.id)).toEqual(['title', 'uses_ai', 'areas', 'decision_mention', 'data_kind']);
    const minimal = run({ title: 'x', uses_ai: 'yes', areas: ['none'], data_kind: 'public' });
    expect(minimal.path.map((p) => p.id)).not.toContain('decision_mention');
    expect(minimal.complete).toBe(true);
    expect(minimal.result?.riskClass).toBe('minimal_risk');
  });

  it('gives a complete result in the shared vocabulary with duties dated from the law file', () => {
    const r = run({ title: 'x', uses_ai: 'yes', areas: ['benefits', 'jobs'], decision_mention: 'no', data_kind: 'personal' });
    expect(r.complete).toBe(true);
    const res = r.result!;
    expect(res.riskClass).toBe('high_risk');
    expect(res.basis).toEqual(['AI Act Annex III 5(a)', 'AI Act Annex III 4']);
    expect(res.roles).toEqual(['deployer']);
    const deployer = res.duties.find((d) => d.id === 'sample_deployer_duty')!;
    // The date rests on a reported amendment: both dates are given, and the result says so once.
    expect(deployer).toMatchObject({ appliesFrom: '2027-12-02', appliesNow: false, originalDate: '2026-08-02', status: 'reported', kind: 'obligation' });
    expect(res.notices.map((n) => n.amendments)).toEqual([['omnibus_dates']]);
    expect(res.duties.find((d) => d.id === 'sample_literacy')).toMatchObject({ appliesFrom: '2025-02-02', appliesNow: true });
    expect(res.openPoints.map((p) => p.id)).toEqual(['mention_missing']);
    expect(res.flags.map((f) => f.id)).toEqual(['check_dpo']);
    expect(res.lawAsOf.reviewed).toBe('2026-12-01');
    expect(res.flow.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says which duties already apply on the assessment date', () => {
    const answers = { title: 'x', uses_ai: 'yes', areas: ['jobs'], decision_mention: 'yes', data_kind: 'public' };
    expect(run(answers, 'en', '2027-12-01').result!.duties.find((d) => d.id === 'sample_deployer_duty')!.appliesNow).toBe(false);
    expect(run(answers, 'en', '2027-12-02').result!.duties.find((d) => d.id === 'sample_deployer_duty')!.appliesNow).toBe(true);
  });

  it('flags an unsure answer for review and takes the branch the tree gives it', () => {
    const r = run({ title: 'x', uses_ai: 'unsure', areas: ['none'], data_kind: 'public' });
    expect(r.result!.flags).toContainEqual(expect.objectContaining({ id: 'unsure_uses_ai', kind: 'unsure', question: 'uses_ai' }));
    expect(r.result!.roles).toEqual(['deployer']);
  });

  it('stops the flow at an outcome that ends it', () => {
    const r = run({ title: 'x', uses_ai: 'no', data_kind: 'public' });
    expect(r.complete).toBe(true);
    expect(r.result!.riskClass).toBe('out_of_scope');
    expect(r.path.map((p) => p.id)).toEqual(['title', 'uses_ai']);
    expect(r.unusedAnswers).toEqual(['data_kind']);
  });

  it('keeps answers the new path no longer visits and uses them again when the path returns', () => {
    const answers = { title: 'x', uses_ai: 'no', areas: ['jobs'], decision_mention: 'yes', data_kind: 'public' };
    expect(run(answers).unusedAnswers.sort()).toEqual(['areas', 'data_kind', 'decision_mention']);
    const back = run({ ...answers, uses_ai: 'yes' });
    expect(back.unusedAnswers).toEqual([]);
    expect(back.result!.riskClass).toBe('high_risk');
  });

  it('estimates progress from the answers given and the questions that can still follow', () => {
    const r = run({ title: 'x', uses_ai: 'yes' });
    expect(r.progress).toMatchObject({ answered: 2, remainingMin: 2, remainingMax: 3 });
    expect(r.progress.percent).toBeGreaterThan(0);
    expect(r.progress.percent).toBeLessThan(100);
  });

  it('gives each walk its own texts when walks differing only in their texts share cached steps', () => {
    const answers = { uses_ai: 'yes', areas: ['benefits'], decision_mention: 'no', data_kind: 'personal' };
    const first = run({ ...answers, title: 'First project' });
    const second = run({ ...answers, title: 'Second project' });
    expect(first.context.answers.title).toBe('First project');
    expect(second.context.answers.title).toBe('Second project');
    expect(second.path.find((p) => p.id === 'title')?.answer).toBe('Second project');
    // Apart from the text, the same walk: the same result.
    expect(JSON.stringify(second.result)).toBe(JSON.stringify(first.result).replaceAll('First project', 'Second project'));
  });

  it('is deterministic: the same inputs give the same output', () => {
    const answers = { title: 'x', uses_ai: 'yes', areas: ['benefits'], decision_mention: 'no', data_kind: 'personal' };
    expect(JSON.stringify(run(answers))).toBe(JSON.stringify(run(answers)));
  });
});

describe('bad input to the engine', () => {
  const errorsFor = (answers: Record<string, unknown>) => {
    const r = evaluate(flow, answers as never, { lang: 'en', date: '2026-11-28' });
    return r.ok ? [] : r.errors;
  };
  it('names an unknown question', () => {
    expect(errorsFor({ nope: 'yes' })).toEqual([expect.objectContaining({ question: 'nope', reason: 'unknown_question' })]);
  });
  it('names an unknown option', () => {
    expect(errorsFor({ uses_ai: 'maybe' })).toEqual([expect.objectContaining({ question: 'uses_ai', reason: 'unknown_option' })]);
  });
  it('names a wrong answer type for each kind of question', () => {
    expect(errorsFor({ title: 3, uses_ai: ['yes'], areas: 'jobs' }).map((e) => [e.question, e.reason])).toEqual([
      ['title', 'wrong_type'],
      ['uses_ai', 'wrong_type'],
      ['areas', 'wrong_type'],
    ]);
  });
  it('names a text over its maximum length', () => {
    expect(errorsFor({ title: 'x'.repeat(21) })).toEqual([expect.objectContaining({ question: 'title', reason: 'too_long' })]);
  });
  it('refuses an exclusive option combined with others, an empty choice and a repeated option', () => {
    expect(errorsFor({ areas: ['none', 'jobs'] })[0]?.reason).toBe('exclusive_option');
    expect(errorsFor({ areas: [] })[0]?.reason).toBe('empty');
    expect(errorsFor({ areas: ['jobs', 'jobs'] })[0]?.reason).toBe('duplicate_option');
  });
  it('refuses values no JSON client should send without throwing', () => {
    for (const v of [null, {}, 1.5, true, [null], [['x']]]) {
      expect(errorsFor({ uses_ai: v }).length).toBe(1);
      expect(errorsFor({ areas: v }).length).toBe(1);
    }
  });
});
