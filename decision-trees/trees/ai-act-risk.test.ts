// Scenario tests of the AI Act risk tree (`ai-act-risk`): realistic use cases of the Luxembourg public
// administration, each walked with a complete answer set. Each test states only what differs from a
// baseline "an AI tool the administration deploys, and no to everything else".
import { describe, expect, it } from 'vitest';
import { treesAsFlow, walk } from '../testing.ts';
import type { Answers } from '../bundle.ts';

const flow = treesAsFlow(['ai-act-risk']);

/** An AI system the administration deploys, processing personal data for a public task; "no" elsewhere. */
const BASELINE: Answers = {
  def_machine_based: 'yes',
  def_infers: 'yes',
  def_outputs: 'yes',
  def_autonomy: 'yes',
  scope_gate: 'no',
  scope_military_natsec: 'no',
  scope_third_country_coop: 'no',
  scope_research_only: 'no',
  scope_pre_market_rnd: 'no',
  scope_personal_use: 'no',
  role_provider_inhouse: 'no',
  role_deployer: 'yes',
  role_importer: 'no',
  role_distributor: 'no',
  gpai_deployer_only: 'no',
  gpai_model_provider: 'no',
  art50_2_synthetic_marking: 'no',
  screen_biometrics: 'no',
  screen_people: 'no',
  art5_1_a_manipulation: 'no',
  art5_1_b_vulnerability: 'no',
  art5_1_c_social_scoring: 'no',
  art5_1_d_crime_prediction: 'no',
  art5_1_d_human_assessment_support: 'no',
  art5_1_e_face_scraping: 'no',
  art5_1_f_emotion_work_edu: 'no',
  art5_1_f_medical_safety: 'no',
  art5_1_g_biometric_categorisation: 'no',
  art5_1_g_dataset_labelling: 'no',
  art5_1_h_realtime_rbi: 'no',
  art5_1_h_objective: 'none',
  art5_1_h_conditions: 'no',
  art5_1_ba_bb_intimate_csam: 'no',
  art6_1_a_safety_component: 'no',
  art6_1_b_third_party: 'no',
  annex3_areas: ['none'],
  annex3_1_a_remote_bio_id: 'no',
  annex3_1_b_bio_categorisation: 'no',
  annex3_1_c_emotion_recognition: 'no',
  annex3_2_critical_infra: 'no',
  annex3_3_a_edu_access: 'no',
  annex3_3_b_edu_outcomes: 'no',
  annex3_3_c_edu_level: 'no',
  annex3_3_d_exam_proctoring: 'no',
  annex3_4_a_recruitment: 'no',
  annex3_4_b_work_management: 'no',
  annex3_5_a_public_benefits: 'no',
  annex3_5_b_credit: 'no',
  annex3_5_c_life_health_ins: 'no',
  annex3_5_d_emergency: 'no',
  annex3_6_a_victim_risk: 'no',
  annex3_6_b_le_polygraph: 'no',
  annex3_6_c_evidence: 'no',
  annex3_6_d_offending_risk: 'no',
  annex3_6_e_le_profiling: 'no',
  annex3_7_a_mig_polygraph: 'no',
  annex3_7_b_mig_risk: 'no',
  annex3_7_c_applications: 'no',
  annex3_7_d_mig_identification: 'no',
  annex3_8_a_justice: 'no',
  annex3_8_b_elections: 'no',
  art6_3_profiling: 'no',
  art6_3_no_significant_risk: 'no',
  art6_3_a_narrow_procedural: 'no',
  art6_3_b_improve_human_work: 'no',
  art6_3_c_pattern_check: 'no',
  art6_3_d_preparatory: 'no',
  art6_4_documented: 'yes',
  art25_1_a_own_name: 'no',
  art25_1_b_substantial_mod: 'no',
  art25_1_c_purpose_change: 'no',
  art50_1_interaction: 'no',
  art50_4_deepfake: 'no',
  art50_4_public_interest_text: 'no',
  art50_4_editorial_review: 'no',
  art50_3_emotion_biocat: 'no',
  gdpr_personal_data: 'yes',
  gdpr_6_1_e_public_task: 'yes',
  gdpr_9_special: 'no',
  gdpr_22_adm: 'no',
  gdpr_35_dpia: ['none'],
  gdpr_secrecy: 'no',
  scope_foss: 'no',
};

function answersFor(overrides: Answers = {}): Answers {
  return { ...BASELINE, ...overrides };
}

/** Walks a complete answer set and returns the result with flat id lists for assertions. */
function assess(overrides: Answers = {}) {
  const r = walk(flow, answersFor(overrides));
  expect(r.complete).toBe(true);
  const result = r.result!;
  return {
    riskClass: result.riskClass,
    basis: result.basis,
    roles: result.roles,
    duties: result.duties.map((d) => d.id),
    flags: result.flags.map((f) => f.id),
    openPoints: result.openPoints.map((o) => o.id),
    conclusions: result.conclusions.map((c) => c.id),
    facts: result.facts,
    asked: r.path.map((p) => p.id),
  };
}

// Answer sets reused by several tests.
const BENEFITS_ELIGIBILITY: Answers = {
  screen_people: 'yes',
  annex3_areas: ['essential_services'],
  annex3_5_a_public_benefits: 'yes',
  art6_3_profiling: 'yes',
  gdpr_22_adm: 'no',
  gdpr_35_dpia: ['legal_effects_evaluation', 'prevents_rights'],
};
const GUICHET_CHATBOT: Answers = {
  role_provider_inhouse: 'yes',
  role_deployer: 'yes',
  art50_2_synthetic_marking: 'yes',
  art50_1_interaction: 'yes',
};
const TRAFFIC_LIGHTS: Answers = {
  annex3_areas: ['critical_infrastructure'],
  annex3_2_critical_infra: 'yes',
  art6_3_profiling: 'no',
  art6_3_no_significant_risk: 'no',
  gdpr_personal_data: 'no',
};
const STAFF_LE_CHAT: Answers = {
  gpai_deployer_only: 'yes',
  art50_2_synthetic_marking: 'yes',
};
const RULES_ENGINE: Answers = { def_infers: 'no' };

describe('ai-act-risk: definition and scope (Art 3(1), Art 2)', () => {
  it('a tax-rebate calculator that only applies rules written by staff is not an AI system and ends the flow', () => {
    const r = assess(RULES_ENGINE);
    expect(r.riskClass).toBe('out_of_scope');
    expect(r.basis).toEqual(['AI Act Art 3(1)']);
    expect(r.conclusions).toEqual(['not_ai']);
    expect(r.duties).toEqual([]);
    expect(r.asked).toEqual(['def_machine_based', 'def_infers']);
  });

  it('a paper procedure followed by caseworkers is not an AI system', () => {
    const r = assess({ def_machine_based: 'no' });
    expect(r.riskClass).toBe('out_of_scope');
    expect(r.conclusions).toEqual(['not_ai']);
  });

  it('an AI planning tool used exclusively by the Luxembourg Army for defence logistics is out of scope under Art 2(3), but the GDPR questions are still asked', () => {
    const r = assess({ scope_gate: 'yes', scope_military_natsec: 'yes' });
    expect(r.riskClass).toBe('out_of_scope');
    expect(r.basis).toContain('AI Act Art 2(3)');
    expect(r.conclusions).toEqual(['scope_military']);
    expect(r.asked).toContain('gdpr_personal_data');
    expect(r.asked).not.toContain('role_provider_inhouse');
    expect(r.duties).not.toContain('art4_ai_literacy');
  });

  it('a foreign police force using a shared analysis tool under a cooperation agreement with Luxembourg is excluded for the partner only, with a lawyer flag', () => {
    const r = assess({ scope_gate: 'yes', scope_third_country_coop: 'yes' });
    expect(r.riskClass).toBe('out_of_scope');
    expect(r.basis).toContain('AI Act Art 2(4)');
    expect(r.flags).toContain('third_country_partner_only');
  });

  it('a research prototype developed solely for scientific research by a public research centre is out of scope under Art 2(6)', () => {
    const r = assess({ scope_gate: 'yes', scope_research_only: 'yes', gdpr_personal_data: 'no' });
    expect(r.riskClass).toBe('out_of_scope');
    expect(r.basis).toContain('AI Act Art 2(6)');
    expect(r.conclusions).toEqual(['scope_research']);
  });

  it('a benefits-triage model tested on synthetic data before go-live is out of scope under Art 2(8) and must be re-assessed before going live', () => {
    const r = assess({ scope_gate: 'yes', scope_pre_market_rnd: 'yes', gdpr_personal_data: 'no' });
    expect(r.riskClass).toBe('out_of_scope');
    expect(r.basis).toContain('AI Act Art 2(8)');
    expect(r.conclusions).toEqual(['scope_pre_market']);
  });

  it('a citizen using a chatbot at home for purely personal purposes is out of scope under Art 2(10)', () => {
    const r = assess({ scope_gate: 'yes', scope_personal_use: 'yes', gdpr_personal_data: 'no' });
    expect(r.riskClass).toBe('out_of_scope');
    expect(r.basis).toContain('AI Act Art 2(10)');
    expect(r.conclusions).toEqual(['scope_personal']);
  });

  it('an open-source OCR model published by the CTIE, with no Art 50 duty and no high-risk use, is excluded under Art 2(12) with a lawyer flag', () => {
    const r = assess({ role_provider_inhouse: 'yes', role_deployer: 'no', gdpr_personal_data: 'no', scope_foss: 'yes' });
    expect(r.riskClass).toBe('out_of_scope');
    expect(r.basis).toContain('AI Act Art 2(12)');
    expect(r.flags).toContain('foss_exclusion_review');
    expect(r.conclusions).toEqual(['scope_foss']);
  });

  it('an open-source chatbot does not get the Art 2(12) exclusion because Art 50 applies, and the FOSS question is not asked', () => {
    const r = assess({ ...GUICHET_CHATBOT, scope_foss: 'yes' });
    expect(r.riskClass).toBe('limited_risk');
    expect(r.asked).not.toContain('scope_foss');
  });

  it('a project lead unsure whether a dual-use security tool is exclusively military stays in scope, and the unsure answer is flagged', () => {
    const r = assess({ scope_gate: 'unsure', scope_military_natsec: 'unsure' });
    expect(r.riskClass).toBe('minimal_risk');
    expect(r.asked).toContain('role_provider_inhouse');
    expect(r.flags).toContain('unsure_scope_military_natsec');
    expect(r.flags).toContain('unsure_scope_gate');
    expect(r.duties).toContain('art4_ai_literacy');
  });
});

describe('ai-act-risk: prohibited practices (Art 5)', () => {
  it('a tax-payment nudge using deceptive dark patterns that push people into harmful choices is prohibited under Art 5(1)(a)', () => {
    const r = assess({ art5_1_a_manipulation: 'yes' });
    expect(r.riskClass).toBe('prohibited');
    expect(r.basis).toContain('AI Act Art 5(1)(a)');
    expect(r.duties).toEqual(['art5_do_not_deploy']);
    expect(r.conclusions).toEqual(['prohibited']);
    expect(r.asked).not.toContain('gdpr_personal_data');
  });

  it('a debt-collection assistant exploiting the financial distress of over-indebted households is prohibited under Art 5(1)(b)', () => {
    const r = assess({ art5_1_b_vulnerability: 'yes' });
    expect(r.riskClass).toBe('prohibited');
    expect(r.basis).toContain('AI Act Art 5(1)(b)');
  });

  it('a "citizen reliability score" combining tax, social-security and housing data to restrict unrelated services is prohibited social scoring under Art 5(1)(c)', () => {
    const r = assess({ screen_people: 'yes', art5_1_c_social_scoring: 'yes' });
    expect(r.riskClass).toBe('prohibited');
    expect(r.basis).toContain('AI Act Art 5(1)(c)');
    expect(r.duties).toContain('art5_do_not_deploy');
  });

  it('a police tool predicting who will commit a crime from personality traits alone is prohibited under Art 5(1)(d)', () => {
    const r = assess({ screen_people: 'yes', art5_1_d_crime_prediction: 'yes', art5_1_d_human_assessment_support: 'no' });
    expect(r.riskClass).toBe('prohibited');
    expect(r.basis).toContain('AI Act Art 5(1)(d)');
  });

  it('a police tool supporting an investigator assessment already based on objective facts is allowed under the Art 5(1)(d) exception and is high risk under Annex III 6(d)', () => {
    const r = assess({
      screen_people: 'yes',
      art5_1_d_crime_prediction: 'yes',
      art5_1_d_human_assessment_support: 'yes',
      annex3_6_d_offending_risk: 'yes',
      art6_3_profiling: 'yes',
    });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).not.toContain('AI Act Art 5(1)(d)');
    expect(r.basis).toContain('AI Act Annex III 6(d)');
    expect(r.asked).toContain('annex3_6_a_victim_risk');
    expect(r.duties).toEqual(expect.arrayContaining(['art26_deployer_obligations', 'art49_registration', 'art27_fria']));
  });

  it('a tool building a face database by scraping CCTV footage is prohibited under Art 5(1)(e)', () => {
    const r = assess({ screen_biometrics: 'yes', art5_1_e_face_scraping: 'yes' });
    expect(r.riskClass).toBe('prohibited');
    expect(r.basis).toContain('AI Act Art 5(1)(e)');
  });

  it('emotion analysis of candidates during civil-service job interviews is prohibited under Art 5(1)(f)', () => {
    const r = assess({ screen_biometrics: 'yes', art5_1_f_emotion_work_edu: 'yes', art5_1_f_medical_safety: 'no' });
    expect(r.riskClass).toBe('prohibited');
    expect(r.basis).toContain('AI Act Art 5(1)(f)');
  });

  it('detecting distress of staff in a control room for safety reasons passes the Art 5(1)(f) exception but is high risk under Annex III 1(c) with an Art 50(3) notice', () => {
    const r = assess({
      screen_biometrics: 'yes',
      art5_1_f_emotion_work_edu: 'yes',
      art5_1_f_medical_safety: 'yes',
      annex3_1_c_emotion_recognition: 'yes',
      art50_3_emotion_biocat: 'yes',
    });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toEqual(expect.arrayContaining(['AI Act Annex III 1(c)', 'AI Act Art 6(2)', 'AI Act Art 50(3)']));
    expect(r.basis).not.toContain('AI Act Art 5(1)(f)');
    expect(r.duties).toEqual(expect.arrayContaining(['art26_deployer_obligations', 'art27_fria', 'art50_3_emotion_biometric_notice']));
  });

  it('a system inferring staff stress for safety reasons is emotion recognition under Annex III 1(c) with the Art 50(3) notice, even when the later Annex III and Art 50(3) questions are answered no', () => {
    const r = assess({
      screen_biometrics: 'yes',
      art5_1_f_emotion_work_edu: 'yes',
      art5_1_f_medical_safety: 'yes',
      annex3_1_c_emotion_recognition: 'no',
      art50_3_emotion_biocat: 'no',
    });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toContain('AI Act Annex III 1(c)');
    expect(r.basis).not.toContain('AI Act Art 5(1)(f)');
    expect(r.asked).toContain('art6_3_profiling');
    expect(r.duties).toEqual(expect.arrayContaining(['art26_deployer_obligations', 'art27_fria', 'art50_3_emotion_biometric_notice']));
  });

  it('a camera system inferring religion from faces is prohibited biometric categorisation under Art 5(1)(g)', () => {
    const r = assess({ screen_biometrics: 'yes', art5_1_g_biometric_categorisation: 'yes', art5_1_g_dataset_labelling: 'no' });
    expect(r.riskClass).toBe('prohibited');
    expect(r.basis).toContain('AI Act Art 5(1)(g)');
  });

  it('a forensic lab filtering a lawfully seized image dataset passes the Art 5(1)(g) carve-out and is assessed as high risk under Annex III 1(b)', () => {
    const r = assess({
      screen_biometrics: 'yes',
      art5_1_g_biometric_categorisation: 'yes',
      art5_1_g_dataset_labelling: 'yes',
      annex3_1_b_bio_categorisation: 'yes',
    });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toContain('AI Act Annex III 1(b)');
    expect(r.basis).not.toContain('AI Act Art 5(1)(g)');
  });

  it('live facial recognition at the Gare for general crime prevention, with no listed objective, is prohibited under Art 5(1)(h)', () => {
    const r = assess({ screen_biometrics: 'yes', art5_1_h_realtime_rbi: 'yes', art5_1_h_objective: 'none' });
    expect(r.riskClass).toBe('prohibited');
    expect(r.basis).toContain('AI Act Art 5(1)(h)');
  });

  it('live facial recognition to find a missing child, with every Art 5(2)-(5) condition met, passes the Art 5(1)(h) exception, is high risk and flagged for a lawyer', () => {
    const r = assess({
      screen_biometrics: 'yes',
      art5_1_h_realtime_rbi: 'yes',
      art5_1_h_objective: 'victims',
      art5_1_h_conditions: 'yes',
      annex3_areas: ['law_enforcement'],
      annex3_1_a_remote_bio_id: 'yes',
    });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toEqual(
      expect.arrayContaining(['AI Act Art 5(1)(h)(i)', 'AI Act Art 5(1)(h)', 'AI Act Art 5(2)-(5)', 'AI Act Annex III 1(a)']),
    );
    expect(r.flags).toContain('rbi_exception_review');
    expect(r.duties).toEqual(expect.arrayContaining(['art26_deployer_obligations', 'art49_registration', 'art27_fria']));
  });

  it('remote identification under the Art 5(1)(h) exception is high risk even when the Annex III point is answered no', () => {
    const r = assess({
      screen_biometrics: 'yes',
      art5_1_h_realtime_rbi: 'yes',
      art5_1_h_objective: 'suspect',
      art5_1_h_conditions: 'yes',
      annex3_areas: ['law_enforcement'],
      annex3_1_a_remote_bio_id: 'no',
    });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toContain('AI Act Annex III 1(a)');
  });

  it('live facial recognition to locate a terror suspect without confirmed national authorising law is prohibited (unsure on the conditions is cautious)', () => {
    const r = assess({
      screen_biometrics: 'yes',
      art5_1_h_realtime_rbi: 'yes',
      art5_1_h_objective: 'threat',
      art5_1_h_conditions: 'unsure',
    });
    expect(r.riskClass).toBe('prohibited');
    expect(r.basis).toContain('AI Act Art 5(1)(h)');
    expect(r.flags).toContain('unsure_art5_1_h_conditions');
  });

  it('an image generator that can produce non-consensual intimate images is prohibited under the reported new Art 5 points, with an unverified-law flag', () => {
    const r = assess({ art50_2_synthetic_marking: 'yes', art5_1_ba_bb_intimate_csam: 'yes' });
    expect(r.riskClass).toBe('prohibited');
    expect(r.basis).toContain('AI Act Art 5(1) new points (Regulation (EU) 2026/1744, reported)');
    expect(r.flags).toContain('art5_new_points_unverified');
    expect(r.duties).toContain('art5_new_points_do_not_deploy');
    expect(r.duties).not.toContain('art5_do_not_deploy');
  });

  it('a project lead unsure whether a persuasive campaign bot manipulates people gets the prohibited outcome and an unsure flag', () => {
    const r = assess({ art5_1_a_manipulation: 'unsure' });
    expect(r.riskClass).toBe('prohibited');
    expect(r.flags).toContain('unsure_art5_1_a_manipulation');
    expect(r.duties).toEqual(['art5_do_not_deploy']);
  });
});

describe('ai-act-risk: high risk (Art 6, Annex I, Annex III)', () => {
  it('an AI diagnostic module in a CE-marked medical device used by a public hospital is high risk under Art 6(1) with the Annex I deployer duties', () => {
    const r = assess({ art6_1_a_safety_component: 'yes', art6_1_b_third_party: 'yes' });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toEqual(expect.arrayContaining(['AI Act Art 6(1)', 'AI Act Annex I']));
    expect(r.duties).toContain('art26_deployer_obligations_annex_i');
    expect(r.duties).not.toContain('art26_deployer_obligations');
    expect(r.duties).not.toContain('art27_fria');
    expect(r.duties).not.toContain('art49_registration');
  });

  it('an AI safety component in a product that needs no notified body is not high risk under Art 6(1)', () => {
    const r = assess({ art6_1_a_safety_component: 'yes', art6_1_b_third_party: 'no', gdpr_personal_data: 'no' });
    expect(r.riskClass).toBe('minimal_risk');
    expect(r.facts).not.toContain('high_risk');
  });

  it('a biometric login to MyGuichet that only verifies a user 1:1 is not remote identification under Annex III 1(a)', () => {
    const r = assess({ screen_biometrics: 'yes', annex3_1_a_remote_bio_id: 'no' });
    expect(r.riskClass).toBe('minimal_risk');
    expect(r.asked).toContain('annex3_1_a_remote_bio_id');
  });

  it('police comparing CCTV stills against a mugshot database after the event is high risk under Annex III 1(a)', () => {
    const r = assess({
      screen_biometrics: 'yes',
      annex3_areas: ['law_enforcement'],
      annex3_1_a_remote_bio_id: 'yes',
      art6_3_no_significant_risk: 'no',
    });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toContain('AI Act Annex III 1(a)');
    expect(r.facts).toContain('annex3_sensitive_area');
  });

  it('an AI traffic-light controller of the road administration is high risk under Annex III 2, without EU-database registration by the deployer (Art 49(3)), a FRIA or an Art 86 explanation duty', () => {
    const r = assess(TRAFFIC_LIGHTS);
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toEqual(expect.arrayContaining(['AI Act Annex III 2', 'AI Act Art 6(2)']));
    expect(r.duties).toEqual(expect.arrayContaining(['art26_deployer_obligations', 'art4_ai_literacy']));
    expect(r.duties).not.toContain('art49_registration');
    expect(r.duties).not.toContain('art27_fria');
    expect(r.duties).not.toContain('art86_explanation');
    expect(r.duties).not.toContain('art26_11_inform_affected');
  });

  it('a water-network safety component that decides which households are cut off in a supply emergency must inform them under Art 26(11), still without a FRIA, an Art 86 duty or EU-database registration', () => {
    const r = assess({
      screen_people: 'yes',
      annex3_areas: ['critical_infrastructure'],
      annex3_2_critical_infra: 'yes',
      art6_3_profiling: 'no',
      art6_3_no_significant_risk: 'no',
    });
    expect(r.riskClass).toBe('high_risk');
    expect(r.duties).toEqual(expect.arrayContaining(['art26_deployer_obligations', 'art26_11_inform_affected']));
    expect(r.duties).not.toContain('art27_fria');
    expect(r.duties).not.toContain('art86_explanation');
    expect(r.duties).not.toContain('art49_registration');
  });

  it('a tool allocating pupils to lycées is high risk under Annex III 3(a)', () => {
    const r = assess({ screen_people: 'yes', annex3_areas: ['education'], annex3_3_a_edu_access: 'yes', art6_3_profiling: 'yes' });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toEqual(expect.arrayContaining(['AI Act Annex III 3(a)', 'AI Act Art 6(3) third subparagraph']));
    expect(r.duties).toContain('art27_fria');
  });

  it('online exam-proctoring software for the national exams is high risk under Annex III 3(d)', () => {
    const r = assess({ annex3_areas: ['education'], annex3_3_d_exam_proctoring: 'yes', art6_3_no_significant_risk: 'no' });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toContain('AI Act Annex III 3(d)');
  });

  it("a vendor's CV-screening tool used by a ministry's HR department is high risk under Annex III 4(a) with the deployer duties and a FRIA", () => {
    const r = assess({ screen_people: 'yes', annex3_areas: ['employment'], annex3_4_a_recruitment: 'yes', art6_3_profiling: 'yes' });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toContain('AI Act Annex III 4(a)');
    expect(r.roles).toEqual(['deployer']);
    expect(r.duties).toEqual(
      expect.arrayContaining(['art26_deployer_obligations', 'art49_registration', 'art27_fria', 'art86_explanation', 'art26_11_inform_affected']),
    );
    expect(r.duties).not.toContain('art16_provider_obligations');
  });

  it('a model scoring eligibility for social-inclusion income at the national solidarity fund is high risk under Annex III 5(a) with a FRIA and a DPIA', () => {
    const r = assess(BENEFITS_ELIGIBILITY);
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toEqual(expect.arrayContaining(['AI Act Annex III 5(a)', 'AI Act Art 6(3) third subparagraph']));
    expect(r.duties).toEqual(
      expect.arrayContaining([
        'art4_ai_literacy',
        'art26_deployer_obligations',
        'art49_registration',
        'art27_fria',
        'art86_explanation',
        'art26_11_inform_affected',
        'gdpr35_dpia',
      ]),
    );
    expect(r.conclusions).toEqual(['high_risk']);
  });

  it('a creditworthiness score for state housing loans is high risk under Annex III 5(b)', () => {
    const r = assess({ screen_people: 'yes', annex3_areas: ['essential_services'], annex3_5_b_credit: 'yes', art6_3_profiling: 'yes' });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toContain('AI Act Annex III 5(b)');
    expect(r.facts).toContain('annex3_5_b_c');
  });

  it('a 112 call-triage assistant of the rescue services is high risk under Annex III 5(d)', () => {
    const r = assess({ annex3_areas: ['essential_services'], annex3_5_d_emergency: 'yes', art6_3_no_significant_risk: 'no' });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toContain('AI Act Annex III 5(d)');
  });

  it('a tool rating the reliability of evidence for the judicial police is high risk under Annex III 6(c)', () => {
    const r = assess({ annex3_areas: ['law_enforcement'], annex3_6_c_evidence: 'yes', art6_3_no_significant_risk: 'no' });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toContain('AI Act Annex III 6(c)');
    expect(r.facts).toContain('annex3_sensitive_area');
  });

  it('an assistant proposing assessments of asylum applications at the immigration directorate is high risk under Annex III 7(c)', () => {
    const r = assess({
      screen_people: 'yes',
      annex3_areas: ['migration'],
      annex3_7_c_applications: 'yes',
      art6_3_no_significant_risk: 'no',
    });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toEqual(expect.arrayContaining(['AI Act Annex III 7(c)', 'AI Act Art 6(2)']));
    expect(r.duties).toEqual(expect.arrayContaining(['art27_fria', 'art49_registration']));
  });

  it('a legal-research assistant that helps judges apply the law to the facts is high risk under Annex III 8(a)', () => {
    const r = assess({ annex3_areas: ['justice_democracy'], annex3_8_a_justice: 'yes', art6_3_no_significant_risk: 'no' });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toContain('AI Act Annex III 8(a)');
  });

  it('a polling-station logistics planner used for elections is excluded from Annex III 8(b) and stays minimal risk', () => {
    const r = assess({ annex3_areas: ['justice_democracy'], annex3_8_b_elections: 'no', gdpr_personal_data: 'no' });
    expect(r.riskClass).toBe('minimal_risk');
    expect(r.asked).toContain('annex3_8_b_elections');
  });

  it('a project lead who ticks "not sure" for the Annex III areas is asked the points of every area', () => {
    const r = assess({ annex3_areas: ['unsure'], gdpr_personal_data: 'no' });
    expect(r.riskClass).toBe('minimal_risk');
    for (const q of ['annex3_2_critical_infra', 'annex3_3_a_edu_access', 'annex3_4_a_recruitment', 'annex3_5_a_public_benefits', 'annex3_6_a_victim_risk', 'annex3_7_c_applications', 'annex3_8_b_elections']) {
      expect(r.asked).toContain(q);
    }
    expect(r.flags).toContain('unsure_annex3_areas');
  });

  it('a project lead who picks no law-enforcement area is never asked the Annex III 6 points', () => {
    const r = assess({ ...BENEFITS_ELIGIBILITY, annex3_areas: ['essential_services', 'employment', 'migration'] });
    expect(r.asked.filter((q) => q.startsWith('annex3_6_'))).toEqual([]);
    expect(r.asked).toContain('annex3_5_a_public_benefits');
    expect(r.asked).toContain('annex3_7_c_applications');
  });
});

describe('ai-act-risk: Art 6(3) derogation', () => {
  const benefitsMail: Answers = {
    annex3_areas: ['essential_services'],
    annex3_5_a_public_benefits: 'yes',
    art6_3_profiling: 'no',
    art6_3_no_significant_risk: 'yes',
  };

  it('a tool that only routes incoming benefits mail to the right desk uses the Art 6(3)(a) derogation: minimal risk with the Art 6(4) file', () => {
    const r = assess({ ...benefitsMail, art6_3_a_narrow_procedural: 'yes' });
    expect(r.riskClass).toBe('minimal_risk');
    expect(r.basis).toEqual(expect.arrayContaining(['AI Act Annex III 5(a)', 'AI Act Art 6(3)(a)']));
    expect(r.duties).toContain('art6_4_documentation');
    expect(r.duties).not.toContain('art26_deployer_obligations');
    expect(r.openPoints).toEqual([]);
  });

  it('a tool polishing the wording of letters officers already drafted for residence permits uses Art 6(3)(b): limited risk because it generates text', () => {
    const r = assess({
      art50_2_synthetic_marking: 'yes',
      annex3_areas: ['migration'],
      annex3_7_c_applications: 'yes',
      art6_3_no_significant_risk: 'yes',
      art6_3_b_improve_human_work: 'yes',
    });
    expect(r.riskClass).toBe('limited_risk');
    expect(r.basis).toContain('AI Act Art 6(3)(b)');
    expect(r.duties).toEqual(expect.arrayContaining(['art6_4_documentation', 'art4_ai_literacy']));
    expect(r.duties).not.toContain('art50_2_machine_readable_marking');
  });

  it('an after-the-fact check flagging inconsistent grading decisions for teachers to review uses Art 6(3)(c)', () => {
    const r = assess({
      annex3_areas: ['education'],
      annex3_3_b_edu_outcomes: 'yes',
      art6_3_no_significant_risk: 'yes',
      art6_3_c_pattern_check: 'yes',
    });
    expect(r.riskClass).toBe('minimal_risk');
    expect(r.basis).toContain('AI Act Art 6(3)(c)');
    expect(r.duties).toContain('art6_4_documentation');
  });

  it('machine translation of documents in asylum files uses Art 6(3)(d), and a missing provider file is an open point', () => {
    const r = assess({
      art50_2_synthetic_marking: 'yes',
      annex3_areas: ['migration'],
      annex3_7_c_applications: 'yes',
      art6_3_no_significant_risk: 'yes',
      art6_3_d_preparatory: 'yes',
      art6_4_documented: 'no',
    });
    expect(r.riskClass).toBe('limited_risk');
    expect(r.basis).toContain('AI Act Art 6(3)(d)');
    expect(r.duties).toContain('art6_4_documentation');
    expect(r.openPoints).toContain('derogation_file_missing');
  });

  it('a "preparatory" tool that profiles housing-aid applicants is high risk anyway: profiling overrides the derogation', () => {
    const r = assess({
      screen_people: 'yes',
      annex3_areas: ['essential_services'],
      annex3_5_a_public_benefits: 'yes',
      art6_3_profiling: 'yes',
      art6_3_no_significant_risk: 'yes',
      art6_3_d_preparatory: 'yes',
    });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toContain('AI Act Art 6(3) third subparagraph');
    expect(r.asked).not.toContain('art6_3_d_preparatory');
    expect(r.duties).not.toContain('art6_4_documentation');
  });

  it('a benefits tool whose lack of significant risk cannot be shown stays high risk under Art 6(2)', () => {
    const r = assess({ ...benefitsMail, art6_3_no_significant_risk: 'no' });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toContain('AI Act Art 6(2)');
    expect(r.asked).not.toContain('art6_3_a_narrow_procedural');
  });

  it('a project lead unsure whether a tool is merely preparatory gets the cautious high-risk outcome with unsure flags', () => {
    const r = assess({ ...benefitsMail, art6_3_a_narrow_procedural: 'unsure', art6_3_d_preparatory: 'unsure' });
    expect(r.riskClass).toBe('high_risk');
    expect(r.flags).toEqual(expect.arrayContaining(['unsure_art6_3_a_narrow_procedural', 'unsure_art6_3_d_preparatory']));
    expect(r.duties).toContain('art26_deployer_obligations');
    expect(r.duties).not.toContain('art6_4_documentation');
  });
});

describe('ai-act-risk: roles, Art 25 and general-purpose AI', () => {
  it('Microsoft 365 Copilot used to rank job applicants makes the ministry the provider of a high-risk system under Art 25(1)(c)', () => {
    const r = assess({
      gpai_deployer_only: 'yes',
      art50_2_synthetic_marking: 'yes',
      screen_people: 'yes',
      annex3_areas: ['employment'],
      annex3_4_a_recruitment: 'yes',
      art6_3_profiling: 'yes',
      art25_1_c_purpose_change: 'yes',
    });
    expect(r.riskClass).toBe('high_risk');
    expect(r.roles).toEqual(expect.arrayContaining(['deployer', 'provider']));
    expect(r.basis).toEqual(expect.arrayContaining(['AI Act Annex III 4(a)', 'AI Act Art 25(1)(c)']));
    expect(r.duties).toEqual(
      expect.arrayContaining(['art16_provider_obligations', 'art26_deployer_obligations', 'art27_fria', 'art50_2_machine_readable_marking']),
    );
  });

  it("a commune putting its own logo on a vendor's high-risk benefits tool becomes its provider under Art 25(1)(a)", () => {
    const r = assess({ ...BENEFITS_ELIGIBILITY, art25_1_a_own_name: 'yes' });
    expect(r.roles).toEqual(expect.arrayContaining(['deployer', 'provider']));
    expect(r.basis).toContain('AI Act Art 25(1)(a)');
    expect(r.duties).toContain('art16_provider_obligations');
    expect(r.asked).toContain('art25_1_c_purpose_change');
  });

  it("retraining a vendor's CV-screening model on the State's own hiring data makes the administration the provider under Art 25(1)(b)", () => {
    const r = assess({
      screen_people: 'yes',
      annex3_areas: ['employment'],
      annex3_4_a_recruitment: 'yes',
      art6_3_profiling: 'yes',
      art25_1_b_substantial_mod: 'yes',
    });
    expect(r.roles).toContain('provider');
    expect(r.basis).toContain('AI Act Art 25(1)(b)');
    expect(r.duties).toContain('art16_provider_obligations');
  });

  it('an administration that built its own high-risk tool is not asked the Art 25 questions', () => {
    const r = assess({ ...BENEFITS_ELIGIBILITY, role_provider_inhouse: 'yes' });
    expect(r.riskClass).toBe('high_risk');
    expect(r.asked).not.toContain('art25_1_a_own_name');
    expect(r.duties).toEqual(expect.arrayContaining(['art16_provider_obligations', 'art26_deployer_obligations']));
  });

  it('staff drafting notes with Le Chat at the CTIE are deployers of a general-purpose AI system: limited risk, no model-provider or marking duty', () => {
    const r = assess(STAFF_LE_CHAT);
    expect(r.riskClass).toBe('limited_risk');
    expect(r.roles).toEqual(['deployer']);
    expect(r.facts).toContain('gpai_assistant');
    expect(r.asked).not.toContain('gpai_model_provider');
    expect(r.duties).not.toContain('art53_gpai_provider_obligations');
    expect(r.duties).not.toContain('art50_2_machine_readable_marking');
  });

  it('the CTIE fine-tuning and publishing a Luxembourgish language model is a general-purpose AI model provider under Art 53, flagged for a lawyer', () => {
    const r = assess({
      role_provider_inhouse: 'yes',
      gpai_model_provider: 'yes',
      art50_2_synthetic_marking: 'yes',
      art50_1_interaction: 'yes',
    });
    expect(r.riskClass).toBe('limited_risk');
    expect(r.duties).toEqual(
      expect.arrayContaining(['art53_gpai_provider_obligations', 'art50_1_chatbot_disclosure', 'art50_2_machine_readable_marking']),
    );
    expect(r.flags).toContain('gpai_model_provider_review');
  });

  it("central IT that only distributes a vendor's high-risk recruitment tool to the communes under its own logo becomes its provider under Art 25(1)(a), though it is not a deployer", () => {
    const r = assess({
      role_deployer: 'no',
      role_distributor: 'yes',
      screen_people: 'yes',
      annex3_areas: ['employment'],
      annex3_4_a_recruitment: 'yes',
      art6_3_profiling: 'yes',
      art25_1_a_own_name: 'yes',
    });
    expect(r.riskClass).toBe('high_risk');
    expect(r.asked).toContain('art25_1_a_own_name');
    expect(r.roles).toEqual(expect.arrayContaining(['distributor', 'provider']));
    expect(r.roles).not.toContain('deployer');
    expect(r.basis).toContain('AI Act Art 25(1)(a)');
    expect(r.duties).toEqual(expect.arrayContaining(['art16_provider_obligations', 'art24_distributor_obligations']));
    expect(r.duties).not.toContain('art26_deployer_obligations');
  });

  it('central IT passing a high-risk recruitment tool on to the communes has the distributor duties', () => {
    const r = assess({
      role_distributor: 'yes',
      screen_people: 'yes',
      annex3_areas: ['employment'],
      annex3_4_a_recruitment: 'yes',
      art6_3_profiling: 'yes',
    });
    expect(r.roles).toEqual(expect.arrayContaining(['deployer', 'distributor']));
    expect(r.duties).toContain('art24_distributor_obligations');
  });
});

describe('ai-act-risk: transparency (Art 50)', () => {
  it("a chatbot on guichet.lu answering citizens' questions is limited risk and the ministry as its provider must disclose the AI", () => {
    const r = assess(GUICHET_CHATBOT);
    expect(r.riskClass).toBe('limited_risk');
    expect(r.basis).toEqual(expect.arrayContaining(['AI Act Art 50(1)', 'AI Act Art 50']));
    expect(r.roles).toEqual(['provider', 'deployer']);
    expect(r.duties).toEqual(expect.arrayContaining(['art4_ai_literacy', 'art50_1_chatbot_disclosure', 'art50_2_machine_readable_marking']));
    expect(r.conclusions).toEqual(['limited_risk']);
  });

  it("a vendor's voicebot on a ministry hotline is limited risk, but the chatbot disclosure duty rests on the vendor as provider", () => {
    const r = assess({ art50_1_interaction: 'yes' });
    expect(r.riskClass).toBe('limited_risk');
    expect(r.duties).not.toContain('art50_1_chatbot_disclosure');
    expect(r.duties).toContain('art4_ai_literacy');
  });

  it('an in-house image generator for government campaign visuals must mark its outputs as its provider under Art 50(2)', () => {
    const r = assess({ role_provider_inhouse: 'yes', role_deployer: 'no', art50_2_synthetic_marking: 'yes' });
    expect(r.riskClass).toBe('limited_risk');
    expect(r.roles).toEqual(['provider']);
    expect(r.duties).toContain('art50_2_machine_readable_marking');
  });

  it('a museum camera estimating visitors\u2019 emotions exposes them to emotion recognition: Art 50(3) notice and high risk under Annex III 1(c)', () => {
    const r = assess({
      screen_biometrics: 'yes',
      annex3_1_c_emotion_recognition: 'yes',
      art6_3_no_significant_risk: 'no',
      art50_3_emotion_biocat: 'yes',
    });
    expect(r.riskClass).toBe('high_risk');
    expect(r.basis).toContain('AI Act Art 50(3)');
    expect(r.duties).toContain('art50_3_emotion_biometric_notice');
  });

  it("a road-safety video using a synthetic voice of a real minister is a deep fake the ministry must disclose under Art 50(4)", () => {
    const r = assess({ art50_2_synthetic_marking: 'yes', art50_4_deepfake: 'yes' });
    expect(r.riskClass).toBe('limited_risk');
    expect(r.basis).toContain('AI Act Art 50(4) first subparagraph');
    expect(r.duties).toContain('art50_4_deepfake_disclosure');
  });

  it('news items auto-published on a commune website without human review must be disclosed as AI-generated under Art 50(4)', () => {
    const r = assess({ art50_2_synthetic_marking: 'yes', art50_4_public_interest_text: 'yes', art50_4_editorial_review: 'no' });
    expect(r.riskClass).toBe('limited_risk');
    expect(r.basis).toContain('AI Act Art 50(4) second subparagraph');
    expect(r.duties).toContain('art50_4_public_interest_text_disclosure');
    expect(r.duties).not.toContain('art50_4_editorial_responsibility_record');
  });

  it('press releases drafted with Le Chat and edited by the press officer under the spokesperson\u2019s editorial responsibility need only a record of who is responsible', () => {
    const r = assess({ ...STAFF_LE_CHAT, art50_4_public_interest_text: 'yes', art50_4_editorial_review: 'yes' });
    expect(r.riskClass).toBe('limited_risk');
    expect(r.duties).toContain('art50_4_editorial_responsibility_record');
    expect(r.duties).not.toContain('art50_4_public_interest_text_disclosure');
  });

  it('an unsure answer on editorial review keeps the disclosure duty', () => {
    const r = assess({ ...STAFF_LE_CHAT, art50_4_public_interest_text: 'yes', art50_4_editorial_review: 'unsure' });
    expect(r.duties).toContain('art50_4_public_interest_text_disclosure');
    expect(r.flags).toContain('unsure_art50_4_editorial_review');
  });
});

describe('ai-act-risk: GDPR touch points', () => {
  it('an internal search over a large archive of case files meets two WP248 criteria (AI plus large scale) and needs a DPIA', () => {
    const r = assess({ gdpr_35_dpia: ['large_scale'] });
    expect(r.riskClass).toBe('minimal_risk');
    expect(r.duties).toContain('gdpr35_dpia');
  });

  it('matching a population register against other files is a mandatory DPIA trigger on the CNPD list', () => {
    const r = assess({ gdpr_35_dpia: ['whole_population'] });
    expect(r.duties).toContain('gdpr35_dpia');
  });

  it('a meeting-minutes assistant with personal data but no further DPIA criterion does not trigger a DPIA', () => {
    const r = assess({ gdpr_35_dpia: ['none'] });
    expect(r.riskClass).toBe('minimal_risk');
    expect(r.duties).toEqual(['art4_ai_literacy']);
  });

  it('a tool processing no personal data is not asked the GDPR legal-basis questions and needs no DPIA', () => {
    const r = assess({ gdpr_personal_data: 'no' });
    expect(r.asked).not.toContain('gdpr_6_1_e_public_task');
    expect(r.asked).toContain('gdpr_secrecy');
    expect(r.duties).not.toContain('gdpr35_dpia');
  });

  it('an unsure DPIA answer is treated as a DPIA being required', () => {
    const r = assess({ gdpr_35_dpia: ['unsure'] });
    expect(r.duties).toContain('gdpr35_dpia');
    expect(r.flags).toContain('unsure_gdpr_35_dpia');
  });

  it('a tax-office summariser fed with health data and tax files, deciding automatically, raises the Art 9, Art 22 and secrecy flags and a DPIA', () => {
    const r = assess({ gdpr_9_special: 'yes', gdpr_22_adm: 'yes', gdpr_secrecy: 'yes', gdpr_6_1_e_public_task: 'unsure' });
    expect(r.flags).toEqual(expect.arrayContaining(['gdpr9_ground_needed', 'gdpr22_solely_automated', 'gdpr_secrecy_review']));
    expect(r.openPoints).toContain('gdpr_no_legal_basis');
    expect(r.duties).toContain('gdpr35_dpia');
    expect(r.facts).toEqual(expect.arrayContaining(['data_special_category', 'data_secret', 'solely_automated_decision']));
  });
});

describe('ai-act-risk: incomplete answers and path lengths', () => {
  it('an assessment stopped after the first question is incomplete and asks next whether the tool infers', () => {
    const r = walk(flow, { def_machine_based: 'yes' });
    expect(r.complete).toBe(false);
    expect(r.result).toBeNull();
    expect(r.next?.id).toBe('def_infers');
  });

  it('an assessment stopped after choosing the benefits area asks the Annex III 5(a) point next', () => {
    const partial: Answers = {};
    for (const id of [
      'def_machine_based', 'def_infers', 'def_outputs', 'def_autonomy', 'scope_gate', 'role_provider_inhouse', 'role_deployer',
      'role_importer', 'role_distributor', 'gpai_deployer_only', 'art50_2_synthetic_marking', 'screen_biometrics', 'screen_people',
      'art5_1_a_manipulation', 'art5_1_b_vulnerability', 'art5_1_c_social_scoring', 'art5_1_d_crime_prediction', 'art6_1_a_safety_component',
    ]) {
      partial[id] = BASELINE[id]!;
    }
    partial.screen_people = 'yes';
    partial.annex3_areas = ['essential_services'];
    const r = walk(flow, partial);
    expect(r.complete).toBe(false);
    expect(r.next?.id).toBe('annex3_5_a_public_benefits');
  });

  it('representative scenarios stay well below 75 questions', () => {
    const scenarios: Answers[] = [
      RULES_ENGINE,
      GUICHET_CHATBOT,
      STAFF_LE_CHAT,
      TRAFFIC_LIGHTS,
      BENEFITS_ELIGIBILITY,
      { ...BENEFITS_ELIGIBILITY, screen_biometrics: 'yes', art50_2_synthetic_marking: 'yes', art50_1_interaction: 'yes' },
      { annex3_areas: ['unsure'], screen_biometrics: 'yes', screen_people: 'yes', art50_2_synthetic_marking: 'yes' },
      {
        scope_gate: 'unsure',
        screen_biometrics: 'yes',
        screen_people: 'yes',
        art50_2_synthetic_marking: 'yes',
        art5_1_d_crime_prediction: 'yes',
        art5_1_d_human_assessment_support: 'yes',
        art5_1_h_realtime_rbi: 'yes',
        art5_1_h_objective: 'suspect',
        art5_1_h_conditions: 'yes',
        annex3_areas: ['law_enforcement', 'migration'],
        annex3_1_a_remote_bio_id: 'yes',
        art50_1_interaction: 'yes',
        art50_4_public_interest_text: 'yes',
      },
    ];
    const lengths = scenarios.map((s) => walk(flow, answersFor(s)).path.length);
    expect(Math.max(...lengths)).toBeLessThan(75);
  });
});
