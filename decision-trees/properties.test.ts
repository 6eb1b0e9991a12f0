// Properties of the engine over generated answer sets (fast-check): deterministic, `next` always a
// question of the flow or null, and every complete result has a risk class and a basis.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { treesAsFlow } from './testing.ts';
import { evaluate } from './evaluate.ts';
import type { Answers } from './bundle.ts';
import { defaultAnswer } from './scenarios.ts';

const flow = treesAsFlow(['intro', 'ai-act-risk', 'hosting', 'transparency', 'guidelines']);
const opts = { lang: 'en' as const, date: '2026-12-01' };

/** The duties that define each class: a class is named only with one of them (and the others absent). */
const ART50_OBLIGATIONS = ['art50_1_chatbot_disclosure', 'art50_2_machine_readable_marking', 'art50_3_emotion_biometric_notice', 'art50_4_deepfake_disclosure', 'art50_4_public_interest_text_disclosure'];
const HIGH_RISK_DUTIES = ['art26_deployer_obligations', 'art26_deployer_obligations_annex_i', 'art16_provider_obligations', 'art16_provider_obligations_annex_i', 'art23_importer_obligations', 'art23_importer_obligations_annex_i', 'art24_distributor_obligations', 'art24_distributor_obligations_annex_i', 'annex1_section_b_sectoral_rules'];
const PROHIBITED_DUTIES = ['art5_do_not_deploy', 'art5_new_point_do_not_deploy'];
/** What else a prohibited result may hold: the DPIA its data give (the GDPR follows the data) and the duties of a general-purpose model's provider (the model is not the prohibited system). */
const BESIDES_PROHIBITION = ['gdpr35_dpia', 'art53_gpai_provider_obligations'];
function classAgreesWithDuties(riskClass: string | null, duties: string[]): string | null {
  const has = (ids: string[]) => ids.some((d) => duties.includes(d));
  if (riskClass === 'prohibited') {
    if (!has(PROHIBITED_DUTIES)) return 'prohibited without a do-not-deploy duty';
    // A prohibited practice is never put into service: no duty that presupposes it (Art 4, 16, 23, 24, 26, 27, 49, 50, 86).
    const other = duties.filter((d) => !PROHIBITED_DUTIES.includes(d) && !BESIDES_PROHIBITION.includes(d));
    return other.length ? `prohibited with ${other.join(', ')}` : null;
  }
  if (has(PROHIBITED_DUTIES)) return `${riskClass} with a do-not-deploy duty`;
  if (riskClass === 'high_risk') return has(HIGH_RISK_DUTIES) ? null : 'high-risk without a high-risk duty for the user’s roles';
  if (has(HIGH_RISK_DUTIES)) return `${riskClass} with a high-risk duty`;
  if (riskClass === 'limited_risk') return has(ART50_OBLIGATIONS) ? null : 'limited risk without an Art 50 duty on the user';
  if (riskClass === 'minimal_risk' && has(ART50_OBLIGATIONS)) return 'minimal risk with an Art 50 duty';
  if (riskClass === 'out_of_scope' && duties.some((d) => d === 'art4_ai_literacy' || d.startsWith('art50') || d.startsWith('art26'))) return 'out of scope with AI Act duties';
  return null;
}

/**
 * A random walk: at each question, half of the time the plain default answer (so that walks get past the
 * prohibitions to every class), otherwise an option picked by the choice (or a text), until complete or
 * the choices run out.
 */
function randomWalk(choices: number[], given: Answers = {}): Answers {
  const answers: Answers = {};
  for (const c of choices) {
    const r = evaluate(flow, answers, opts);
    if (!r.ok || r.complete) break;
    const q = r.next!;
    if (given[q.id] !== undefined) answers[q.id] = given[q.id]!;
    else if (c % 2 === 0) answers[q.id] = defaultAnswer(q);
    else if (q.kind === 'text') answers[q.id] = `text ${c}`;
    else if (q.kind === 'single') answers[q.id] = q.options[(c >> 1) % q.options.length]!.id;
    else {
      const free = q.options.filter((o) => !o.exclusive);
      const pick = free.filter((_, i) => (c >> (i + 1)) & 1).map((o) => o.id);
      answers[q.id] = pick.length ? pick : [q.options.find((o) => o.exclusive)?.id ?? q.options[0]!.id];
    }
  }
  return answers;
}

describe('engine properties', () => {
  it('random walks: the percentage never goes down as questions are answered', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 0, maxLength: 60 }), (choices) => {
        const answers = randomWalk(choices);
        const final = evaluate(flow, answers, opts);
        if (!final.ok) throw new Error('a random walk only gives valid answers');
        const step: Answers = {};
        let last = -1;
        for (const p of final.path) {
          const r = evaluate(flow, step, opts);
          if (!r.ok) throw new Error('invalid');
          expect(r.progress.percent).toBeGreaterThanOrEqual(last);
          last = r.progress.percent;
          step[p.id] = p.answer;
        }
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('random walks: deterministic, next is a question or null, complete results agree with themselves', () => {
    const classes = new Set<string>();
    const prohibited: string[][] = [];
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 40, maxLength: 80 }), (choices) => {
        const answers = randomWalk(choices);
        const a = evaluate(flow, answers, opts);
        const b = evaluate(flow, answers, opts);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        if (!a.ok) throw new Error('a random walk only gives valid answers');
        if (a.next) expect(flow.index.questions.has(a.next.id)).toBe(true);
        else expect(a.complete).toBe(true);
        if (a.complete) {
          const res = a.result!;
          expect(res.riskClass).not.toBeNull();
          classes.add(res.riskClass!);
          expect(res.reason.length).toBeGreaterThan(10);
          // No result names a class without the duty that defines it, and a prohibited one lists nothing that presupposes putting the system into service.
          expect(classAgreesWithDuties(res.riskClass, res.duties.map((d) => d.id))).toBeNull();
          if (res.riskClass === 'prohibited') prohibited.push(res.duties.map((d) => d.id));
          // Every duty and open point has a step in the plan of action.
          const covered = new Set(res.actions.flatMap((x) => x.covers));
          for (const id of [...res.duties.map((d) => d.id), ...res.openPoints.map((o) => o.id)]) expect(covered.has(id), id).toBe(true);
          // Recommendations of the guidelines are typed as such.
          for (const d of res.duties) if (d.tree === 'transparency') expect(d.kind).toBe('recommendation');
        }
      }),
      { numRuns: 600, seed: 42 },
    );
    // The walks reach every class, so that the invariants above were tried on each.
    expect([...classes].sort()).toEqual(['high_risk', 'limited_risk', 'minimal_risk', 'out_of_scope', 'prohibited']);
    // Many prohibited walks were tried, some with a DPIA or a model provider beside the prohibition.
    expect(prohibited.length).toBeGreaterThan(50);
    expect(prohibited.some((d) => d.some((x) => BESIDES_PROHIBITION.includes(x)))).toBe(true);
  });

  it('random walks: the two FRIA questions are asked exactly when the complete result holds the FRIA (art27_fria), and on no other walk', () => {
    // Walks start from the screens that open Annex III (or from nothing) and go on at random.
    const noArt5 = { art5_1_a_b_manipulation: 'no', art5_1_c_d_scoring_crime_risk: ['none'] };
    const starts: Answers[] = [
      {},
      { system_does: ['evaluates_people'] },
      { system_does: ['evaluates_people'], ...noArt5 },
      { system_does: ['evaluates_people'], ...noArt5, annex3_areas: ['unsure'] },
      { system_does: ['evaluates_people', 'supports_authorities'], role_in_system: ['builds_own_use'], ...noArt5 },
      { system_does: ['evaluates_people'], role_in_system: ['builds_for_others'], ...noArt5 },
      { system_does: ['biometrics'], art5_1_e_face_scraping: 'no', art5_1_f_emotions: 'no', art5_1_g_biometric_categorisation: 'no' },
      { system_does: ['critical_infrastructure', 'evaluates_people'], ...noArt5 },
      { system_does: ['unsure'] },
    ];
    const seen = { fria: 0, none: 0 };
    fc.assert(
      fc.property(fc.nat({ max: starts.length - 1 }), fc.array(fc.nat(), { minLength: 40, maxLength: 80 }), (start, choices) => {
        const r = evaluate(flow, randomWalk(choices, starts[start]), opts);
        if (!r.ok) throw new Error('a random walk only gives valid answers');
        if (!r.complete) return;
        const fria = r.result!.duties.some((d) => d.id === 'art27_fria');
        const asked = r.path.map((p) => p.id).filter((id) => id === 'fria_period_frequency' || id === 'fria_art13_information');
        expect(asked).toEqual(fria ? ['fria_period_frequency', 'fria_art13_information'] : []);
        seen[fria ? 'fria' : 'none']++;
      }),
      { numRuns: 600, seed: 27 },
    );
    // Both sides were tried many times.
    expect(seen.fria).toBeGreaterThan(40);
    expect(seen.none).toBeGreaterThan(100);
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
