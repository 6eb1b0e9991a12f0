// Realistic use cases of the central administration, each given by the answers that differ from a
// plain default (see `answerFor`). Scenario tests assert their class and key duties; `npm run bench`
// prints how many questions each takes. Imports no test framework: the bench reads it too.
import type { Answers } from './bundle.ts';

export interface Scenario {
  name: string;
  answers: Answers;
  expect: { riskClass: string; duties?: string[]; notDuties?: string[]; flags?: string[] };
}

export { defaultAnswer } from './default-answer.ts';

/**
 * A ministry's benefits-eligibility assistant (Annex III 5(a), profiling), used as a dedicated
 * application: high risk, with a FRIA. Tests start from it and add what their case needs.
 */
export const BENEFITS_ASSISTANT: Answers = {
  system_does: ['evaluates_people'],
  annex3_areas: ['essential_services'],
  annex3_5_essential_services: ['annex3_5_a_public_benefits'],
  art6_3_profiling: 'yes',
  data_kinds: ['personal'],
  hosting_service: 'dedicated_application',
};

const base = (extra: Answers): Answers => extra;

export const SCENARIOS: Scenario[] = [
  {
    name: 'case-law research assistant for the courts',
    answers: base({ system_does: ['generates_text', 'supports_authorities'], annex3_areas: ['justice'], annex3_8_a_justice: 'yes', art6_3_profiling: 'no', art6_3_derogation: 'none', content_use: ['internal'], data_kinds: ['personal', 'secret'], hosting_service: 'dedicated_application' }),
    expect: { riskClass: 'high_risk', duties: ['art26_deployer_obligations', 'art27_fria', 'art49_registration'] },
  },
  {
    name: 'duplicate detection among benefit applications, built in-house',
    answers: base({ role_in_system: ['builds_own_use'], system_does: ['evaluates_people'], annex3_areas: ['essential_services'], annex3_5_essential_services: ['annex3_5_a_public_benefits'], art6_3_profiling: 'no', art6_3_derogation: 'narrow_procedural', art6_3_no_significant_risk: 'yes', data_kinds: ['personal'], hosting_service: 'dedicated_application' }),
    expect: { riskClass: 'minimal_risk', duties: ['art6_4_documentation'] },
  },
  {
    name: 'police comparing CCTV stills with a photo database after the event',
    answers: base({ system_does: ['biometrics', 'supports_authorities'], art5_1_h_remote_identification: 'other_identification', annex3_areas: ['law_enforcement'], annex3_6_law_enforcement: ['annex3_6_c_evidence'], art6_3_profiling: 'no', art6_3_derogation: 'none', data_kinds: ['personal', 'criminal'], hosting_service: 'dedicated_application' }),
    expect: { riskClass: 'high_risk', duties: ['art26_deployer_obligations', 'gdpr35_dpia'], flags: ['gdpr9_ground_needed'] },
  },
  {
    name: 'public information chatbot built on a vendor model',
    answers: base({ role_in_system: ['builds_own_use'], system_does: ['generates_text', 'interacts'], art50_1_obvious: 'no', art50_2_marking_scope: 'new_content', content_use: ['citizen_documents'], data_kinds: ['personal'], hosting_service: 'dedicated_application', hosting_location: 'vendor_eu', transparency_ai_share: 'full' }),
    expect: { riskClass: 'limited_risk', duties: ['art50_1_chatbot_disclosure', 'art50_2_machine_readable_marking', 'lu_label_public_content'] },
  },
  {
    name: 'public chatbot of a vendor, deployed as it is',
    answers: base({ system_does: ['generates_text', 'interacts'], content_use: ['citizen_documents'], data_kinds: ['personal'], hosting_service: 'dedicated_application', hosting_location: 'vendor_eu' }),
    expect: { riskClass: 'minimal_risk', notDuties: ['art50_1_chatbot_disclosure'] },
  },
  {
    name: 'internal drafting with Le Chat',
    answers: base({ system_does: ['generates_text'], content_use: ['internal'], data_kinds: ['non_public', 'personal'] }),
    expect: { riskClass: 'minimal_risk', duties: ['art4_ai_literacy', 'lu_label_internal_recommended'] },
  },
  {
    name: 'meeting minutes with Copilot, attendee names included',
    answers: base({ system_does: ['generates_text'], content_use: ['internal'], data_kinds: ['personal'], hosting_service: 'copilot' }),
    expect: { riskClass: 'minimal_risk', duties: ['art4_ai_literacy'] },
  },
  {
    name: 'benefits eligibility assistant (Annex III 5(a))',
    answers: base({ system_does: ['evaluates_people'], annex3_areas: ['essential_services'], annex3_5_essential_services: ['annex3_5_a_public_benefits'], art6_3_profiling: 'yes', data_kinds: ['personal'], hosting_service: 'dedicated_application' }),
    expect: { riskClass: 'high_risk', duties: ['art26_deployer_obligations', 'art27_fria', 'art49_registration', 'art86_explanation', 'art26_11_inform_affected', 'gdpr35_dpia', 'lu_mention_high_risk_decision'] },
  },
  {
    name: 'recruitment ranking of applicants for the civil service',
    answers: base({ system_does: ['evaluates_people'], annex3_areas: ['employment'], annex3_4_employment: ['annex3_4_a_recruitment'], art6_3_profiling: 'yes', data_kinds: ['personal'], hosting_service: 'dedicated_application', hosting_location: 'vendor_eu' }),
    expect: { riskClass: 'high_risk', duties: ['art26_deployer_obligations', 'art27_fria'] },
  },
  {
    name: 'Le Chat used to rank job applicants',
    answers: base({ system_does: ['generates_text', 'evaluates_people'], annex3_areas: ['employment'], annex3_4_employment: ['annex3_4_a_recruitment'], art6_3_profiling: 'yes', art25_provider_triggers: ['new_purpose'], content_use: ['internal'], data_kinds: ['personal'] }),
    expect: { riskClass: 'high_risk', duties: ['art16_provider_obligations', 'art26_deployer_obligations'], notDuties: ['art50_2_machine_readable_marking'] },
  },
  {
    name: 'online exam proctoring at a school',
    answers: base({ system_does: ['evaluates_people', 'biometrics'], art5_1_f_emotions: 'no', art5_1_g_biometric_categorisation: 'no', art5_1_h_remote_identification: 'verification_only', annex3_areas: ['education'], annex3_3_education: ['annex3_3_d_exam_proctoring'], art6_3_profiling: 'yes', data_kinds: ['personal', 'special_category'], hosting_service: 'dedicated_application' }),
    expect: { riskClass: 'high_risk', duties: ['art26_deployer_obligations'] },
  },
  {
    name: 'adaptive traffic-light control (critical infrastructure)',
    answers: base({ system_does: ['critical_infrastructure'], annex3_2_critical_infra: 'yes', art6_3_profiling: 'no', art6_3_derogation: 'none', data_kinds: ['public'], hosting_service: 'dedicated_application' }),
    expect: { riskClass: 'high_risk', duties: ['art26_deployer_obligations'], notDuties: ['art27_fria', 'art49_registration', 'art86_explanation'] },
  },
  {
    name: 'machine translation of public web pages',
    answers: base({ system_does: ['generates_text'], content_use: ['public_interest_texts'], art50_4_editorial_review: 'yes', data_kinds: ['public'] }),
    expect: { riskClass: 'minimal_risk', duties: ['art50_4_editorial_responsibility_record', 'lu_mention_ai_assistance'], notDuties: ['art50_4_public_interest_text_disclosure'] },
  },
  {
    name: 'press releases drafted by AI and published without review',
    answers: base({ system_does: ['generates_text'], content_use: ['public_interest_texts'], art50_4_editorial_review: 'no', data_kinds: ['public'], transparency_ai_share: 'full' }),
    expect: { riskClass: 'limited_risk', duties: ['art50_4_public_interest_text_disclosure', 'lu_label_public_content'] },
  },
  {
    name: 'code assistant (Mistral Code)',
    answers: base({ system_does: ['generates_text'], content_use: ['internal'], hosting_service: 'mistral_code' }),
    expect: { riskClass: 'minimal_risk' },
  },
  {
    name: 'mail routing to the right department',
    answers: base({ system_does: ['none'], data_kinds: ['personal'] }),
    expect: { riskClass: 'minimal_risk' },
  },
  {
    name: 'rule-based fee calculator (not AI)',
    answers: base({ def_ai_system: 'fixed_rules', data_kinds: ['personal'], gdpr_22_adm: 'yes', transparency_register: 'yes' }),
    expect: { riskClass: 'out_of_scope', duties: ['gdpr35_dpia', 'lu_algorithm_register'], notDuties: ['art4_ai_literacy'], flags: ['gdpr22_solely_automated'] },
  },
  {
    name: 'tax fraud risk scoring of households',
    answers: base({ system_does: ['evaluates_people'], art5_1_c_d_scoring_crime_risk: ['art5_1_c_social_scoring'] }),
    expect: { riskClass: 'prohibited', duties: ['art5_do_not_deploy'] },
  },
  {
    name: 'police re-offending risk tool weighing past offences',
    answers: base({ system_does: ['evaluates_people'], art5_1_c_d_scoring_crime_risk: ['crime_risk_with_facts'], annex3_areas: ['law_enforcement'], annex3_6_law_enforcement: ['annex3_6_d_offending_risk'], art6_3_profiling: 'yes', data_kinds: ['personal', 'criminal'], hosting_service: 'dedicated_application' }),
    expect: { riskClass: 'high_risk', duties: ['art26_deployer_obligations', 'art49_registration'], notDuties: ['art5_do_not_deploy'] },
  },
  {
    name: 'face search in lawfully acquired police image sets',
    answers: base({ system_does: ['biometrics'], art5_1_f_emotions: 'no', art5_1_g_biometric_categorisation: 'sensitive_traits', art5_1_g_lawful_datasets: 'yes', art5_1_h_remote_identification: 'other_identification', art6_3_profiling: 'no', art6_3_derogation: 'none', data_kinds: ['special_category'], hosting_service: 'dedicated_application' }),
    expect: { riskClass: 'high_risk', notDuties: ['art5_do_not_deploy'] },
  },
  {
    name: 'emotion analysis of staff in video calls',
    answers: base({ system_does: ['biometrics'], art5_1_f_emotions: 'work_education' }),
    expect: { riskClass: 'prohibited' },
  },
  {
    name: 'emergency call triage',
    answers: base({ system_does: ['evaluates_people'], annex3_areas: ['essential_services'], annex3_5_essential_services: ['annex3_5_d_emergency'], art6_3_profiling: 'no', art6_3_derogation: 'none', data_kinds: ['personal', 'special_category'], hosting_service: 'dedicated_application' }),
    expect: { riskClass: 'high_risk', duties: ['art27_fria'] },
  },
  {
    name: 'asylum file summaries for case officers',
    answers: base({ system_does: ['generates_text', 'evaluates_people'], annex3_areas: ['migration'], annex3_7_migration: ['annex3_7_c_applications'], art6_3_profiling: 'no', art6_3_derogation: 'preparatory', art6_3_no_significant_risk: 'yes', content_use: ['internal'], data_kinds: ['personal', 'special_category'] }),
    expect: { riskClass: 'minimal_risk', duties: ['art6_3_provider_assessment'] },
  },
  {
    name: 'in-house benefits scoring model (built and used by the ministry)',
    answers: base({ role_in_system: ['builds_own_use'], system_does: ['evaluates_people'], annex3_areas: ['essential_services'], annex3_5_essential_services: ['annex3_5_a_public_benefits'], art6_3_profiling: 'yes', data_kinds: ['personal'], hosting_service: 'dedicated_application' }),
    expect: { riskClass: 'high_risk', duties: ['art16_provider_obligations', 'art26_deployer_obligations', 'art27_fria', 'art49_registration', 'art86_explanation', 'art26_11_inform_affected'] },
  },
  {
    name: 'illustrations for a campaign with an image generator',
    answers: base({ system_does: ['generates_media'], art5_intimate_imagery_use: 'no', content_use: ['other_public'], data_kinds: ['public'], hosting_service: 'dedicated_application', hosting_location: 'public_cloud', transparency_ai_share: 'full' }),
    expect: { riskClass: 'minimal_risk', duties: ['lu_label_public_content'], flags: ['vendor_safeguards_review'] },
  },
  {
    name: 'deep-fake video of a minister for an awareness campaign',
    answers: base({ system_does: ['generates_media'], art5_intimate_imagery_use: 'no', content_use: ['deep_fakes'], data_kinds: ['public'], hosting_service: 'dedicated_application', hosting_location: 'vendor_eu', transparency_ai_share: 'full' }),
    expect: { riskClass: 'limited_risk', duties: ['art50_4_deepfake_disclosure'] },
  },
  {
    name: 'intranet search over GovSpaces documents',
    answers: base({ system_does: ['generates_text'], content_use: ['internal'], data_kinds: ['non_public', 'personal'], hosting_service: 'sharepoint_agents' }),
    expect: { riskClass: 'minimal_risk' },
  },
  {
    name: 'agent automating permit file checks',
    answers: base({ system_does: ['evaluates_people'], annex3_areas: ['none'], data_kinds: ['personal'], gdpr_22_adm: 'no', hosting_service: 'agent_as_a_service' }),
    expect: { riskClass: 'minimal_risk', duties: ['gdpr35_dpia'] },
  },
  {
    name: 'drone inspection of bridges (Annex I Section B)',
    answers: base({ system_does: ['product_safety'], annex1_product: 'section_b', annex1_third_party: 'yes', data_kinds: ['public'], hosting_service: 'dedicated_application' }),
    expect: { riskClass: 'high_risk', duties: ['annex1_section_b_sectoral_rules'], notDuties: ['art26_deployer_obligations_annex_i', 'art16_provider_obligations_annex_i'] },
  },
  {
    name: 'medical device software in a public hospital service (Annex I Section A)',
    answers: base({ system_does: ['product_safety'], annex1_product: 'section_a', annex1_third_party: 'yes', data_kinds: ['special_category'], hosting_service: 'dedicated_application' }),
    expect: { riskClass: 'high_risk', duties: ['art26_deployer_obligations_annex_i'] },
  },
  {
    name: 'research prototype not yet in service',
    answers: base({ scope_exclusions: ['pre_market'], data_kinds: ['personal'] }),
    expect: { riskClass: 'out_of_scope' },
  },
  {
    name: 'defence logistics planning (exclusively military)',
    answers: base({ scope_exclusions: ['military'] }),
    expect: { riskClass: 'out_of_scope' },
  },
  {
    name: 'web research with Le Chat web search on public sources',
    answers: base({ system_does: ['generates_text'], content_use: ['internal'], data_kinds: ['public'], hosting_service: 'le_chat_web_search' }),
    expect: { riskClass: 'minimal_risk' },
  },
  {
    name: 'voice assistant for the citizen helpline, built by the CTIE for the ministries',
    answers: base({ role_in_system: ['builds_for_others'], system_does: ['generates_text', 'interacts'], art50_1_obvious: 'no', art50_2_marking_scope: 'new_content', content_use: ['citizen_documents'], data_kinds: ['personal'], hosting_service: 'dedicated_application' }),
    expect: { riskClass: 'limited_risk', duties: ['art50_1_chatbot_disclosure'] },
  },
  {
    name: 'fine-tuned open-weight model published by the administration',
    answers: base({ role_in_system: ['builds_own_use', 'trains_gpai_model'], system_does: ['generates_text'], art50_2_marking_scope: 'new_content', content_use: ['internal'], data_kinds: ['public'], hosting_service: 'dedicated_application' }),
    expect: { riskClass: 'limited_risk', duties: ['art53_gpai_provider_obligations', 'art50_2_machine_readable_marking'] },
  },
];
