// Scenario tests of the AI Act risk tree (`ai-act-risk` 1.2.0) in the whole flow: realistic use cases of
// the Luxembourg public administration, each stating only what differs from the plain case (an AI tool
// the administration uses as provided, see scenarios.ts). One test per finding of the December 2026
// legal review is named after the rule it encodes; wording checks run in French and German as well.
import { describe, expect, it } from 'vitest';
import { treesAsFlow } from '../testing.ts';
import { evaluate } from '../evaluate.ts';
import { defaultAnswer } from '../scenarios.ts';
import type { Answers } from '../bundle.ts';
import type { Lang } from '../schema.ts';

const flow = treesAsFlow(['intro', 'ai-act-risk', 'hosting', 'transparency', 'guidelines']);

/** Walks the whole flow answering from `overrides`, else the plain default, and returns what tests read. */
function assess(overrides: Answers = {}, opts: { lang?: Lang; date?: string } = {}) {
  const lang = opts.lang ?? 'en';
  const date = opts.date ?? '2026-12-01';
  const answers: Answers = {};
  let r = evaluate(flow, answers, { lang, date });
  for (let i = 0; i < 120 && r.ok && !r.complete; i++) {
    const q = r.next!;
    answers[q.id] = overrides[q.id] ?? defaultAnswer(q);
    r = evaluate(flow, answers, { lang, date });
  }
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  expect(r.complete).toBe(true);
  const result = r.result!;
  return {
    result,
    riskClass: result.riskClass,
    basis: result.basis,
    roles: result.roles,
    duties: result.duties.map((d) => d.id),
    duty: (id: string) => result.duties.find((d) => d.id === id),
    flags: result.flags.map((f) => f.id),
    openPoints: result.openPoints.map((o) => o.id),
    asked: r.path.map((p) => p.id),
    facts: result.facts,
  };
}

/** A question's texts (question, help, option labels) in one language. */
function textsOf(id: string, lang: Lang): string {
  const q = flow.index.questions.get(id)!;
  return [q.text[lang], q.help[lang], ...(q.kind === 'text' ? [] : q.options.map((o) => o.label[lang]))].join(' ');
}
const option = (question: string, id: string, lang: Lang) => {
  const q = flow.index.questions.get(question)!;
  return q.kind === 'text' ? '' : q.options.find((o) => o.id === id)!.label[lang];
};
const dutyText = (id: string, lang: Lang) => {
  for (const t of flow.index.bundle.trees) if (t.duties?.[id]) return `${t.duties[id]!.title[lang]} ${t.duties[id]!.body[lang]}`;
  throw new Error(`no duty ${id}`);
};

// Answer sets reused by several tests.
const EVALUATES: Answers = { system_does: ['evaluates_people'], data_kinds: ['personal'] };
const BENEFITS: Answers = { ...EVALUATES, annex3_areas: ['essential_services'], annex3_5_essential_services: ['annex3_5_a_public_benefits'], art6_3_profiling: 'yes', hosting_service: 'dedicated_application' };
const BIOMETRIC: Answers = { system_does: ['biometrics'], data_kinds: ['special_category'], hosting_service: 'dedicated_application' };

describe('review findings (legal review of flow 1.0.0, December 2026)', () => {
  it('F1: the social-scoring screen covers groups of people (households, neighbourhoods, categories of applicants) in all three languages', () => {
    expect(option('system_does', 'evaluates_people', 'en')).toMatch(/groups of people \(households, neighbourhoods, categories of applicants\)/);
    expect(option('system_does', 'evaluates_people', 'fr')).toMatch(/groupes de personnes \(ménages, quartiers, catégories de demandeurs\)/);
    expect(option('system_does', 'evaluates_people', 'de')).toMatch(/Gruppen von Menschen \(Haushalte, Stadtviertel, Kategorien von Antragstellenden\)/);
    for (const [lang, words] of [['en', 'groups of people'], ['fr', 'groupes de personnes'], ['de', 'Gruppen von Menschen']] as const) {
      expect(option('art5_1_c_d_scoring_crime_risk', 'art5_1_c_social_scoring', lang)).toContain(words);
    }
    expect(assess({ ...EVALUATES, art5_1_c_d_scoring_crime_risk: ['art5_1_c_social_scoring'] }).riskClass).toBe('prohibited');
  });

  it('F2: a crime-risk tool that weighs objective facts is high-risk under Annex III 6(d), not prohibited', () => {
    const a = assess({ ...EVALUATES, art5_1_c_d_scoring_crime_risk: ['crime_risk_with_facts'], annex3_areas: ['none'], annex3_6_law_enforcement: ['annex3_6_d_offending_risk'], art6_3_profiling: 'yes', hosting_service: 'dedicated_application' });
    expect(a.riskClass).toBe('high_risk');
    expect(a.basis).toContain('AI Act Annex III 6(d)');
    expect(a.duties).not.toContain('art5_do_not_deploy');
    // Annex III 6 is examined even when the project lead ticked no law-enforcement field.
    expect(a.asked).toContain('annex3_6_law_enforcement');
    for (const [lang, solely] of [['en', 'solely'], ['fr', 'uniquement'], ['de', 'ausschließlich']] as const) expect(option('art5_1_c_d_scoring_crime_risk', 'art5_1_d_crime_prediction', lang)).toContain(solely);
  });

  it('F2: a prediction based solely on profiling is prohibited unless it supports a fact-based human assessment', () => {
    expect(assess({ ...EVALUATES, art5_1_c_d_scoring_crime_risk: ['art5_1_d_crime_prediction'], art5_1_d_human_assessment_support: 'no' }).riskClass).toBe('prohibited');
    const support = assess({ ...EVALUATES, art5_1_c_d_scoring_crime_risk: ['art5_1_d_crime_prediction'], art5_1_d_human_assessment_support: 'yes', annex3_6_law_enforcement: ['annex3_6_d_offending_risk'], art6_3_profiling: 'yes', hosting_service: 'dedicated_application' });
    expect(support.riskClass).toBe('high_risk');
    expect(support.basis).toContain('AI Act Annex III 6(d)');
    for (const lang of ['en', 'fr', 'de'] as const) expect(textsOf('art5_1_d_human_assessment_support', lang)).not.toMatch(/not clearly settle|ne tranche pas|nicht eindeutig/);
  });

  it('F3: categorising lawfully acquired biometric data sets, including in law enforcement, is not prohibited under Art 5(1)(g) and is high-risk under Annex III 1(b)', () => {
    const a = assess({ ...BIOMETRIC, art5_1_g_biometric_categorisation: 'sensitive_traits', art5_1_g_lawful_datasets: 'yes', art6_3_profiling: 'no', art6_3_derogation: 'none' });
    expect(a.riskClass).toBe('high_risk');
    expect(a.basis).toContain('AI Act Annex III 1(b)');
    for (const [lang, word] of [['en', 'categorise'], ['fr', 'catégoriser'], ['de', 'kategorisieren']] as const) expect(flow.index.questions.get('art5_1_g_lawful_datasets')!.text[lang]).toContain(word);
    expect(assess({ ...BIOMETRIC, art5_1_g_biometric_categorisation: 'sensitive_traits', art5_1_g_lawful_datasets: 'no' }).riskClass).toBe('prohibited');
  });

  it('F4: an administration that builds a system for its own use is also its deployer and keeps Art 26, 27, 49(3), 26(11) and 86', () => {
    const a = assess({ ...BENEFITS, role_in_system: ['builds_own_use'] });
    expect(a.roles).toEqual(expect.arrayContaining(['provider', 'deployer']));
    expect(a.duties).toEqual(expect.arrayContaining(['art16_provider_obligations', 'art26_deployer_obligations', 'art27_fria', 'art49_registration', 'art26_11_inform_affected', 'art86_explanation']));
  });

  it('F5: a foreign partner using the system never takes a Luxembourg administration out of scope (Art 2(4))', () => {
    const a = assess({ ...BENEFITS, scope_exclusions: ['foreign_partner'] });
    expect(a.riskClass).toBe('high_risk');
    expect(a.flags).toContain('third_country_partner_only');
    const minimal = assess({ scope_exclusions: ['foreign_partner'] });
    expect(minimal.riskClass).not.toBe('out_of_scope');
  });

  it('F6: a provider of a generator that could produce non-consensual intimate imagery for lack of safeguards falls under the 2026 prohibition', () => {
    const a = assess({ role_in_system: ['builds_for_others'], system_does: ['generates_media'], art5_intimate_imagery_csam: 'foreseeable' });
    expect(a.riskClass).toBe('prohibited');
    expect(a.duty('art5_new_point_do_not_deploy')).toMatchObject({ appliesFrom: '2026-12-02', appliesNow: false, status: 'reported' });
    // Text-only systems are not asked about imagery.
    expect(assess({ system_does: ['generates_text'] }).asked).not.toContain('art5_intimate_imagery_csam');
  });

  it('F7: an Annex I Section B product (a drone with third-party conformity assessment) is high-risk under Art 6(1) with no Art 16, 23, 24 or 26 duties', () => {
    const a = assess({ role_in_system: ['uses_provided', 'imports', 'distributes'], system_does: ['product_safety'], annex1_product: 'section_b', annex1_third_party: 'yes', hosting_service: 'dedicated_application' });
    expect(a.riskClass).toBe('high_risk');
    expect(a.duties).toContain('annex1_section_b_sectoral_rules');
    expect(a.duties.filter((d) => /^art(16|23|24|26)_/.test(d))).toEqual([]);
    expect(a.asked).not.toContain('art25_provider_triggers');
  });

  it('F7: an Annex I Section A product keeps the deployer duties, from the Annex I date', () => {
    const a = assess({ system_does: ['product_safety'], annex1_product: 'section_a', annex1_third_party: 'yes', hosting_service: 'dedicated_application' });
    expect(a.duty('art26_deployer_obligations_annex_i')).toMatchObject({ appliesFrom: '2028-08-02', originalDate: '2027-08-02' });
  });

  it('F8: the Art 49(2) registration applies after an Art 6(3) claim, stated without "may have been removed"', () => {
    const a = assess({ ...EVALUATES, role_in_system: ['builds_own_use'], annex3_areas: ['essential_services'], annex3_5_essential_services: ['annex3_5_a_public_benefits'], art6_3_profiling: 'no', art6_3_derogation: 'narrow_procedural', art6_3_no_significant_risk: 'yes', hosting_service: 'dedicated_application' });
    expect(a.riskClass).toBe('minimal_risk');
    expect(a.duty('art6_4_documentation')!.source).toContain('AI Act Art 49(2)');
    for (const lang of ['fr', 'de', 'en'] as const) expect(dutyText('art6_4_documentation', lang)).not.toMatch(/aurait supprimé|gestrichen|removed/);
    expect(dutyText('art6_4_documentation', 'fr')).toContain('Enregistrez-vous et enregistrez le système');
  });

  it('F9: a system that is not AI still goes through the GDPR questions and the register question, never Art 5, 6 or 50', () => {
    const a = assess({ def_ai_system: 'fixed_rules', data_kinds: ['personal'], gdpr_22_adm: 'yes', transparency_register: 'yes' });
    expect(a.riskClass).toBe('out_of_scope');
    expect(a.asked).toEqual(expect.arrayContaining(['data_kinds', 'gdpr_legal_basis', 'gdpr_22_adm', 'transparency_register']));
    expect(a.asked.filter((q) => /^(art5|art6|art50|annex3|system_does|role_in_system)/.test(q))).toEqual([]);
    expect(a.flags).toContain('gdpr22_solely_automated');
    expect(a.duties).toContain('lu_algorithm_register');
  });

  it('F9: exclusively military or national-security use skips the GDPR block too (GDPR Art 2(2)(a))', () => {
    const a = assess({ scope_exclusions: ['military'] });
    expect(a.riskClass).toBe('out_of_scope');
    expect(a.asked).not.toContain('data_kinds');
    expect(a.duties).not.toContain('lu_algorithm_register');
  });

  it('F10: the register entry never says publication is mandatory; the legal basis is left to complete with a hint and the classification has its own field', () => {
    const fields = Object.fromEntries(assess(BENEFITS).result.registerEntry!.fields.map((f) => [f.id, f]));
    expect(fields.publicationCategory!.value).toMatch(/strongly recommended/);
    expect(fields.publicationCategory!.value).not.toMatch(/required|mandatory/);
    expect(fields.legalBasis).toMatchObject({ toComplete: true });
    expect(fields.legalBasis!.hint).toMatch(/6\(1\)\(e\)/);
    expect(fields.aiActClassification!.value).toMatch(/^High-risk AI system \(AI Act Annex III 5\(a\)/);
    const fr = Object.fromEntries(assess(BENEFITS, { lang: 'fr' }).result.registerEntry!.fields.map((f) => [f.id, f]));
    expect(fr.publicationCategory!.value).toContain('fortement recommandée');
    expect(fr.aiActClassification!.value).toContain('Règlement IA, annexe III, point 5 a)');
  });

  it('F11: items of the national guidelines are recommendations, worded in the conditional, apart from the obligations', () => {
    const a = assess({ system_does: ['generates_text'], content_use: ['citizen_documents'], transparency_ai_share: 'full' });
    const label = a.duty('lu_label_public_content')!;
    expect(label).toMatchObject({ kind: 'recommendation', kindLabel: 'Recommendation of the national guidelines' });
    expect(a.duty('art4_ai_literacy')!.kind).toBe('obligation');
    expect(dutyText('lu_label_public_content', 'fr')).toMatch(/devrait porter/);
    expect(dutyText('lu_mention_high_risk_decision', 'fr')).toMatch(/il est recommandé/);
    for (const d of a.result.duties) expect(d.kind).toBe(d.tree === 'transparency' ? 'recommendation' : d.kind);
  });

  it('F12: the Art 50(2) grace date and the 2030 public-authority deadline are shown where the law uses them; importers of Annex I products take the Annex I date', () => {
    const marking = assess({ role_in_system: ['builds_own_use'], system_does: ['generates_text'], art50_2_marking_scope: 'new_content' }).duty('art50_2_machine_readable_marking')!;
    expect(marking.transitions).toEqual([expect.objectContaining({ date: '2026-12-02' })]);
    expect(assess(BENEFITS).duty('art26_deployer_obligations')!.transitions).toEqual([expect.objectContaining({ date: '2030-08-02' })]);
    const importer = assess({ role_in_system: ['imports'], system_does: ['product_safety'], annex1_product: 'section_a', annex1_third_party: 'yes', hosting_service: 'dedicated_application' });
    expect(importer.duty('art23_importer_obligations_annex_i')).toMatchObject({ appliesFrom: '2028-08-02' });
    expect(importer.duties).not.toContain('art23_importer_obligations');
  });

  it('F13: the national mention for high-risk decisions fires only for a high-risk system deciding about people; the AI Act duties to inform and explain come with the Annex III date', () => {
    const a = assess(BENEFITS);
    expect(a.duties).toContain('lu_mention_high_risk_decision');
    expect(a.duty('art26_11_inform_affected')).toMatchObject({ appliesFrom: '2027-12-02', appliesNow: false });
    expect(a.duty('art86_explanation')).toMatchObject({ appliesFrom: '2027-12-02', appliesNow: false });
    for (const lang of ['fr', 'de', 'en'] as const) expect(dutyText('lu_mention_high_risk_decision', lang)).not.toMatch(/26\(11\)|26, paragraphe 11|86\)/);
    const product = assess({ system_does: ['product_safety'], annex1_product: 'section_a', annex1_third_party: 'yes', hosting_service: 'dedicated_application' });
    expect(product.duties).not.toContain('lu_mention_high_risk_decision');
    expect(product.duties).not.toContain('art86_explanation');
  });

  it('F14: the Art 4 duty leads with the amended wording and the result says once that the amendment is reported, not verified', () => {
    expect(dutyText('art4_ai_literacy', 'en')).toMatch(/^AI literacy of staff \(Art 4\) Take measures to support the development/);
    const notices = assess().result.notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]!.amendments).toContain('omnibus_art4');
    expect(notices[0]!.text).toContain('1 December 2026');
  });

  it('F15: the Art 50(4) duties keep the law-enforcement exception and Art 26(10) its judicial review and first-identification carve-out', () => {
    for (const id of ['art50_4_deepfake_disclosure', 'art50_4_public_interest_text_disclosure']) expect(dutyText(id, 'en')).toMatch(/authorised by law to detect, prevent, investigate or prosecute/);
    expect(dutyText('art26_deployer_obligations', 'en')).toMatch(/subject to judicial review/);
    expect(dutyText('art26_deployer_obligations', 'en')).toMatch(/initial identification of a potential suspect/);
    expect(dutyText('art26_deployer_obligations', 'fr')).toMatch(/contrôle juridictionnel/);
    expect(dutyText('art26_deployer_obligations', 'de')).toMatch(/gerichtlichen Überprüfung/);
  });

  it('F16: the Art 5(1)(a)-(b) help cites Recital 29 instead of "no exception"', () => {
    expect(textsOf('art5_1_a_b_manipulation', 'fr')).toMatch(/considérant 29/);
    expect(textsOf('art5_1_a_b_manipulation', 'fr')).not.toMatch(/Aucune exception/);
    expect(textsOf('art5_1_a_b_manipulation', 'de')).toMatch(/Erwägungsgrund 29/);
  });

  it('F17: the solely-automated question explains SCHUFA; special categories name archiving (j); the legal basis offers Art 6(1)(c)', () => {
    expect(textsOf('gdpr_22_adm', 'fr')).toMatch(/C-634\/21/);
    expect(textsOf('gdpr_22_adm', 'en')).toMatch(/in practice follows the system's score/);
    const flag = flow.index.bundle.trees.find((t) => t.flags?.gdpr9_ground_needed)!.flags!.gdpr9_ground_needed!;
    expect(flag.text.fr).toMatch(/archivage dans l'intérêt public/);
    expect(flow.index.questions.get('gdpr_legal_basis')!.source).toContain('GDPR Art 6(1)(c)');
  });

  it('F18: public content with light AI help gets the lighter recommended mention', () => {
    const a = assess({ system_does: ['generates_text'], content_use: ['citizen_documents'], transparency_ai_share: 'light' });
    expect(a.duty('lu_mention_ai_assistance')).toMatchObject({ kind: 'recommendation' });
  });

  it('F19: the catalogue says a service "should not" receive data the guidelines keep away from it', () => {
    const c = flow.index.bundle.catalogue;
    expect(c.reasons.dataNotAllowed.fr).toMatch(/ne devrait pas recevoir/);
    expect(c.reasons.dataNotAllowed.en).toMatch(/should not receive/);
    expect(c.reasons.dataNotAllowed.de).toMatch(/sollte diese Daten/);
  });

  it('F20: the German texts name the workers’ representatives and the affected staff; Art 53 mentions the open-source exemption', () => {
    expect(dutyText('art26_deployer_obligations', 'de')).toMatch(/Arbeitnehmervertreter \(Personalvertretung\) und die betroffenen Beschäftigten/);
    expect(textsOf('annex3_4_employment', 'de')).toMatch(/Arbeitnehmervertreter \(Personalvertretung\) und die betroffenen Beschäftigten/);
    expect(dutyText('art53_gpai_provider_obligations', 'en')).toMatch(/53\(2\)/);
  });
});

describe('second review (legal review of flow 1.1.0, December 2026)', () => {
  it('R1: social scoring is checked on its own: the Art 5(1)(d) carve-out or a crime-risk answer never clears it', () => {
    expect(flow.index.questions.get('art5_1_c_d_scoring_crime_risk')!.kind).toBe('multiple');
    // A benefits-fraud score that is also a crime-risk prediction supporting a human assessment stays prohibited.
    const both = assess({ ...EVALUATES, art5_1_c_d_scoring_crime_risk: ['art5_1_c_social_scoring', 'art5_1_d_crime_prediction'], art5_1_d_human_assessment_support: 'yes' });
    expect(both.riskClass).toBe('prohibited');
    expect(both.asked).not.toContain('art5_1_d_human_assessment_support');
    expect(assess({ ...EVALUATES, art5_1_c_d_scoring_crime_risk: ['art5_1_c_social_scoring', 'crime_risk_with_facts'] }).riskClass).toBe('prohibited');
    // Not sure denies both: it never reaches the (d) carve-out.
    const unsure = assess({ ...EVALUATES, art5_1_c_d_scoring_crime_risk: ['unsure'], art5_1_d_human_assessment_support: 'yes' });
    expect(unsure.riskClass).toBe('prohibited');
    expect(unsure.asked).not.toContain('art5_1_d_human_assessment_support');
  });

  it('R2: a case-law assistant for a court, a police evidence tool, emergency-call triage and identity checks at the border reach Annex III', () => {
    const court = assess({ system_does: ['generates_text', 'supports_authorities'], annex3_areas: ['justice'], annex3_8_a_justice: 'yes', art6_3_profiling: 'no', art6_3_derogation: 'none', hosting_service: 'dedicated_application' });
    expect(court.riskClass).toBe('high_risk');
    expect(court.basis).toContain('AI Act Annex III 8(a)');
    const evidence = assess({ system_does: ['supports_authorities'], data_kinds: ['criminal'], annex3_areas: ['law_enforcement'], annex3_6_law_enforcement: ['annex3_6_c_evidence'], art6_3_profiling: 'no', art6_3_derogation: 'none', hosting_service: 'dedicated_application' });
    expect(evidence.basis).toContain('AI Act Annex III 6(c)');
    const calls = assess({ system_does: ['supports_authorities'], annex3_areas: ['essential_services'], annex3_5_essential_services: ['annex3_5_d_emergency'], art6_3_profiling: 'no', art6_3_derogation: 'none', hosting_service: 'dedicated_application' });
    expect(calls.basis).toContain('AI Act Annex III 5(d)');
    const border = assess({ system_does: ['supports_authorities'], annex3_areas: ['migration'], annex3_7_migration: ['annex3_7_d_mig_identification'], art6_3_profiling: 'no', art6_3_derogation: 'none', hosting_service: 'dedicated_application' });
    expect(border.basis).toContain('AI Act Annex III 7(d)');
    for (const [lang, words] of [['en', 'case-law research'], ['fr', 'recherche de jurisprudence'], ['de', 'Rechtsprechungsrecherche']] as const) expect(option('system_does', 'supports_authorities', lang)).toContain(words);
    // An unsure screen opens it as well.
    expect(assess({ system_does: ['unsure'] }).asked).toContain('annex3_areas');
  });

  it('R3: the "none of these" box no longer lists the Recital 53 examples; de-duplicating applications is evaluating people and gets the Art 6(4) file', () => {
    for (const lang of ['en', 'fr', 'de'] as const) expect(option('system_does', 'none', lang)).not.toMatch(/duplicate|doublon|Dublette|sort|trier|sortieren/i);
    for (const [lang, words] of [['en', 'sort or route their files'], ['fr', 'trier ou acheminer leurs dossiers'], ['de', 'Akten oder Anträge sortieren']] as const) expect(option('system_does', 'evaluates_people', lang)).toContain(words);
    const dedupe = assess({ ...EVALUATES, role_in_system: ['builds_own_use'], annex3_areas: ['essential_services'], annex3_5_essential_services: ['annex3_5_a_public_benefits'], art6_3_profiling: 'no', art6_3_derogation: 'narrow_procedural', art6_3_no_significant_risk: 'yes', hosting_service: 'dedicated_application' });
    expect(dedupe.duties).toContain('art6_4_documentation');
  });

  it('R4: a deployer of an image generator answers for its own use, not the vendor’s safeguards, and is told to check them', () => {
    const deployer = assess({ system_does: ['generates_media'], art5_intimate_imagery_use: 'no' });
    expect(deployer.asked).not.toContain('art5_intimate_imagery_csam');
    expect(deployer.riskClass).not.toBe('prohibited');
    expect(deployer.flags).toContain('vendor_safeguards_review');
    expect(assess({ system_does: ['generates_media'], art5_intimate_imagery_use: 'unsure' }).riskClass).toBe('prohibited');
    expect(assess({ system_does: ['generates_media'], art5_intimate_imagery_use: 'yes' }).riskClass).toBe('prohibited');
    // The provider still answers for the safeguards.
    const provider = assess({ role_in_system: ['builds_own_use'], system_does: ['generates_media'], art5_intimate_imagery_csam: 'foreseeable' });
    expect(provider.riskClass).toBe('prohibited');
    expect(provider.asked).not.toContain('art5_intimate_imagery_use');
  });

  it('R5: migrating 1.0.0 never turns an in-house builder into a provider only, and asks the Art 22 question again', () => {
    const m = flow.index.bundle.flow.migrations!.find((x) => x.from === '1.0.0')!;
    expect(m.rules.filter((r) => r.question === 'role_in_system' && r.option === 'builds_for_others')).toEqual([]);
    expect(m.reask).toContain('gdpr_22_adm');
  });

  it('R6: an Annex I Section B product gets neither Art 4 nor Art 50 duties, and its own conclusion', () => {
    const drone = assess({ role_in_system: ['builds_own_use'], system_does: ['product_safety', 'generates_text'], annex1_product: 'section_b', annex1_third_party: 'yes', hosting_service: 'dedicated_application' });
    expect(drone.riskClass).toBe('high_risk');
    expect(drone.duties.filter((d) => d === 'art4_ai_literacy' || d.startsWith('art50_'))).toEqual([]);
    expect(drone.result.conclusions.find((c) => c.tree === 'ai-act-risk')!.id).toBe('high_risk_section_b');
    expect(drone.result.riskClassExplanation).toMatch(/Arts 102–109/);
    // A Section B product that needs no notified body is an ordinary AI system: Art 4 applies.
    expect(assess({ system_does: ['product_safety'], annex1_product: 'section_b', annex1_third_party: 'no' }).duties).toContain('art4_ai_literacy');
  });

  it('R7: a rule-based system taking solely automated decisions about people gets a DPIA (GDPR Art 35(3)(a))', () => {
    const a = assess({ def_ai_system: 'fixed_rules', data_kinds: ['personal'], gdpr_22_adm: 'yes' });
    expect(a.duties).toContain('gdpr35_dpia');
    expect(a.asked).not.toContain('gdpr_35_dpia');
    expect(a.basis).toContain('GDPR Art 35(3)(a)');
  });

  it('R8: remote biometric identification answered as plain personal data still gets the Art 9 flag and a DPIA', () => {
    const a = assess({ system_does: ['biometrics'], art5_1_h_remote_identification: 'other_identification', data_kinds: ['personal'], gdpr_35_dpia: ['none'], art6_3_profiling: 'no', art6_3_derogation: 'none', hosting_service: 'dedicated_application' });
    expect(a.flags).toContain('gdpr9_ground_needed');
    expect(a.duties).toContain('gdpr35_dpia');
    expect(a.facts).toContain('data_special_category');
    // Emotion recognition processes personal data too, even if the data answer forgot it.
    const emotions = assess({ system_does: ['biometrics'], art5_1_f_emotions: 'elsewhere', data_kinds: ['public'], art6_3_profiling: 'no', art6_3_derogation: 'none', hosting_service: 'dedicated_application' });
    expect(emotions.asked).toContain('gdpr_legal_basis');
  });

  it('R9: the open-source exclusion is never applied to a general-purpose model provider or to a system under Art 50', () => {
    const model = assess({ role_in_system: ['trains_gpai_model'] });
    expect(model.asked).not.toContain('scope_foss');
    expect(model.riskClass).not.toBe('out_of_scope');
    expect(model.duties).toContain('art53_gpai_provider_obligations');
    const chatbot = assess({ role_in_system: ['builds_for_others'], system_does: ['interacts'], art50_1_obvious: 'yes' });
    expect(chatbot.asked).not.toContain('scope_foss');
    expect(chatbot.riskClass).toBe('minimal_risk');
  });

  it('R10: the Annex I provider duty no longer asks for EU database registration (Art 49(1) covers Annex III only)', () => {
    for (const lang of ['en', 'fr', 'de'] as const) expect(dutyText('art16_provider_obligations_annex_i', lang)).not.toMatch(/EU database|base de données de l'UE|EU-Datenbank/);
  });

  it('R11: a deployer claiming Art 6(3) for a general-purpose assistant is told no provider file exists and is flagged for the legal service', () => {
    const a = assess({ ...EVALUATES, annex3_areas: ['essential_services'], annex3_5_essential_services: ['annex3_5_a_public_benefits'], art6_3_profiling: 'no', art6_3_derogation: 'preparatory', art6_3_no_significant_risk: 'yes' });
    expect(a.riskClass).toBe('minimal_risk');
    expect(a.duty('art6_3_provider_assessment')!.body).toMatch(/no such file exists/);
    expect(a.flags).toContain('art6_3_deployer_review');
  });

  it('R12: not sure at Art 25 makes you the provider with its Art 50 questions', () => {
    const a = assess({ ...BENEFITS, system_does: ['evaluates_people', 'interacts'], art25_provider_triggers: ['unsure'], art50_1_obvious: 'no' });
    expect(a.asked).toContain('art50_1_obvious');
    expect(a.duties).toContain('art50_1_chatbot_disclosure');
  });

  it('R13: the Art 5(1)(a)-(b) question counts harm to other people too', () => {
    for (const [lang, words] of [['en', 'to them or to other people'], ['fr', "à elles-mêmes ou à d'autres personnes"], ['de', 'ihnen selbst oder anderen Menschen']] as const) expect(flow.index.questions.get('art5_1_a_b_manipulation')!.text[lang]).toContain(words);
  });

  it('R14: machinery has its own option, keeps Section A duties and says once that its move to Section B is reported', () => {
    const a = assess({ system_does: ['product_safety'], annex1_product: 'machinery', annex1_third_party: 'yes', hosting_service: 'dedicated_application' });
    expect(a.duties).toContain('art26_deployer_obligations_annex_i');
    expect(a.flags).toContain('machinery_section_b_reported');
    expect(a.result.notices[0]!.amendments).toContain('omnibus_machinery');
    const toys = assess({ system_does: ['product_safety'], annex1_product: 'section_a', annex1_third_party: 'yes', hosting_service: 'dedicated_application' });
    expect(toys.flags).not.toContain('machinery_section_b_reported');
    expect(toys.result.notices.flatMap((n) => n.amendments)).not.toContain('omnibus_machinery');
    for (const lang of ['en', 'fr', 'de'] as const) expect(option('annex1_product', 'section_a', lang)).not.toMatch(/Machin|Maschinen/);
  });

  it('R15: a tool that is not AI gets no guideline open points', () => {
    const a = assess({ def_ai_system: 'fixed_rules' });
    expect(a.openPoints.filter((o) => o.endsWith('_open'))).toEqual([]);
  });

  it('R16: not sure on the AI share takes the systematic label; the national recommendations apply whatever the date; the 2030 deadline states its condition', () => {
    const a = assess({ system_does: ['generates_text'], content_use: ['citizen_documents'], transparency_ai_share: 'unsure' }, { date: '2026-11-15' });
    expect(a.duties).toContain('lu_label_public_content');
    expect(a.duty('lu_label_public_content')).toMatchObject({ appliesFrom: null, appliesNow: true });
    const hr = assess({ ...BENEFITS, role_in_system: ['builds_own_use'] });
    expect(hr.duty('art16_provider_obligations')!.transitions[0]!.label).toMatch(/before 2 August 2026/);
    expect(dutyText('art50_1_chatbot_disclosure', 'fr')).toMatch(/assistant d'intelligence artificielle/);
    expect(flow.index.bundle.catalogue.reasons.publicCloud!.en).not.toMatch(/never/);
    expect(assess({ scope_exclusions: ['military'] }).result.riskClassExplanation).toMatch(/Neither the AI Act nor the GDPR/);
  });

  it('R17: the Regulation’s terms: Profiling in German, the amending act named in the user’s language, « 1er » in French dates', () => {
    expect(JSON.stringify(flow.index.bundle.trees.find((t) => t.id === 'ai-act-risk'))).not.toMatch(/profilen|profilt/);
    const fr = assess({ ...BENEFITS }, { lang: 'fr' });
    expect(fr.result.notices[0]!.text).toMatch(/règlement \(UE\) 2026\/1744/);
    expect(fr.result.notices[0]!.text).toMatch(/1er décembre 2026/);
    expect(assess({ ...BENEFITS }, { lang: 'de' }).result.notices[0]!.text).toMatch(/Verordnung \(EU\) 2026\/1744/);
    expect(assess({ ...EVALUATES, art5_1_c_d_scoring_crime_risk: ['art5_1_c_social_scoring'] }, { lang: 'fr' }).result.conclusions.find((c) => c.tree === 'ai-act-risk')!.title).toBe("Pratique interdite en matière d'IA");
  });
});

describe('a result that agrees with itself', () => {
  it('a deployer of a vendor chatbot carries no Art 50(1)-(2) duty and is minimal risk', () => {
    const a = assess({ system_does: ['generates_text', 'interacts'], content_use: ['citizen_documents'], data_kinds: ['personal'] });
    expect(a.riskClass).toBe('minimal_risk');
    expect(a.duties.filter((d) => d.startsWith('art50'))).toEqual([]);
  });

  it('the Art 50(4) editorial exception, when met, removes the duty and with it the transparency class', () => {
    const reviewed = assess({ system_does: ['generates_text'], content_use: ['public_interest_texts'], art50_4_editorial_review: 'yes' });
    expect(reviewed.riskClass).toBe('minimal_risk');
    expect(reviewed.duties).toContain('art50_4_editorial_responsibility_record');
    expect(reviewed.duty('art50_4_editorial_responsibility_record')!.kind).toBe('recommendation');
    const unreviewed = assess({ system_does: ['generates_text'], content_use: ['public_interest_texts'], art50_4_editorial_review: 'no' });
    expect(unreviewed.riskClass).toBe('limited_risk');
    expect(unreviewed.duties).toContain('art50_4_public_interest_text_disclosure');
  });

  it('Art 50(1) asks whether the AI nature is obvious before attaching the disclosure duty', () => {
    const built = { role_in_system: ['builds_own_use'], system_does: ['interacts'], data_kinds: ['personal'], hosting_service: 'dedicated_application' };
    expect(assess({ ...built, art50_1_obvious: 'yes' }).duties).not.toContain('art50_1_chatbot_disclosure');
    expect(assess({ ...built, art50_1_obvious: 'yes' }).riskClass).toBe('minimal_risk');
    expect(assess({ ...built, art50_1_obvious: 'no' }).riskClass).toBe('limited_risk');
    expect(assess({ ...built, art50_1_obvious: 'unsure' }).duties).toContain('art50_1_chatbot_disclosure');
  });

  it('a deployer who becomes provider under Art 25(1)(c) gets the duties of the high-risk system, not the design duties of the underlying chatbot', () => {
    const a = assess({ ...BENEFITS, system_does: ['generates_text', 'interacts', 'evaluates_people'], hosting_service: 'le_chat', art25_provider_triggers: ['new_purpose'], content_use: ['internal'] });
    expect(a.duties).toContain('art16_provider_obligations');
    expect(a.duties).not.toContain('art50_1_chatbot_disclosure');
    expect(a.duties).not.toContain('art50_2_machine_readable_marking');
    expect(a.asked).not.toContain('art50_1_obvious');
  });

  it('the one-sentence reason is built from the deciding answers', () => {
    expect(assess(BENEFITS).result.reason).toBe("High-risk AI system, because it evaluates people's eligibility for essential public benefits (Annex III 5(a)) and it profiles people.");
    expect(assess(BENEFITS, { lang: 'fr' }).result.reason).toMatch(/^Système d'IA à haut risque, parce qu'il évalue le droit de personnes à des prestations publiques essentielles \(annexe III, point 5 a\)\) et il fait du profilage de personnes\.$/);
    expect(assess({ system_does: ['generates_text'], content_use: ['public_interest_texts'], art50_4_editorial_review: 'no' }).result.reason).toMatch(/Transparency duties, because you publish AI-generated public-interest text/);
    expect(assess(BENEFITS).result.decisive).toEqual(['annex3_5_essential_services', 'art6_3_profiling']);
  });
});

describe('definition, scope and roles', () => {
  it('a paper procedure followed by caseworkers is not an AI system', () => {
    expect(assess({ def_ai_system: 'no_tool' }).riskClass).toBe('out_of_scope');
  });
  it('a project lead unsure whether the tool infers is treated as having an AI system, flagged', () => {
    const a = assess({ def_ai_system: 'unsure' });
    expect(a.facts).toContain('ai_system');
    expect(a.flags).toContain('unsure_def_ai_system');
  });
  it('a research prototype developed solely for scientific research is out of scope under Art 2(6), and its GDPR questions are asked', () => {
    const a = assess({ scope_exclusions: ['research'], data_kinds: ['personal'] });
    expect(a.riskClass).toBe('out_of_scope');
    expect(a.asked).toContain('gdpr_legal_basis');
  });
  it('a benefits-triage model tested before go-live is out of scope under Art 2(8)', () => {
    expect(assess({ scope_exclusions: ['pre_market'] }).riskClass).toBe('out_of_scope');
  });
  it('an open-source OCR model published by the CTIE, with no Art 50 duty and no high-risk use, is excluded under Art 2(12) with a lawyer flag', () => {
    const a = assess({ role_in_system: ['builds_for_others'], system_does: ['none'], scope_foss: 'yes', hosting_service: 'dedicated_application' });
    expect(a.riskClass).toBe('out_of_scope');
    expect(a.flags).toContain('foss_exclusion_review');
  });
  it('an open-source chatbot keeps its Art 50 duty and is not asked the Art 2(12) question', () => {
    const a = assess({ role_in_system: ['builds_for_others'], system_does: ['interacts'], art50_1_obvious: 'no', hosting_service: 'dedicated_application' });
    expect(a.riskClass).toBe('limited_risk');
    expect(a.asked).not.toContain('scope_foss');
  });
  it('a deployer of Le Chat is never asked the open-source question', () => {
    expect(assess({ system_does: ['generates_text'] }).asked).not.toContain('scope_foss');
  });
  it('a project lead unsure of the roles is treated as provider and deployer, flagged', () => {
    const a = assess({ role_in_system: ['unsure'], system_does: ['generates_text'], art50_2_marking_scope: 'new_content' });
    expect(a.roles).toEqual(expect.arrayContaining(['provider', 'deployer']));
    expect(a.flags).toContain('unsure_role_in_system');
  });
  it('a commune putting its own logo on a vendor’s high-risk tool becomes its provider under Art 25(1)(a)', () => {
    const a = assess({ ...BENEFITS, art25_provider_triggers: ['own_name'] });
    expect(a.roles).toContain('provider');
    expect(a.basis).toContain('AI Act Art 25(1)(a)');
    expect(a.duties).toContain('art16_provider_obligations');
  });
  it('retraining a vendor’s CV-screening model makes the administration its provider under Art 25(1)(b)', () => {
    const a = assess({ ...EVALUATES, annex3_areas: ['employment'], annex3_4_employment: ['annex3_4_a_recruitment'], art6_3_profiling: 'yes', art25_provider_triggers: ['substantial_modification'], hosting_service: 'dedicated_application' });
    expect(a.basis).toContain('AI Act Art 25(1)(b)');
  });
  it('central IT passing a high-risk recruitment tool on to the communes has the distributor duties', () => {
    const a = assess({ ...EVALUATES, role_in_system: ['distributes'], annex3_areas: ['employment'], annex3_4_employment: ['annex3_4_a_recruitment'], art6_3_profiling: 'yes', hosting_service: 'dedicated_application' });
    expect(a.duties).toContain('art24_distributor_obligations');
  });
  it('the CTIE fine-tuning and publishing a language model has the general-purpose model duties, flagged for a lawyer', () => {
    const a = assess({ role_in_system: ['builds_own_use', 'trains_gpai_model'], system_does: ['generates_text'], art50_2_marking_scope: 'new_content', hosting_service: 'dedicated_application' });
    expect(a.duties).toContain('art53_gpai_provider_obligations');
    expect(a.flags).toContain('gpai_model_provider_review');
  });
});

describe('prohibited practices (Art 5)', () => {
  it('a tax-payment nudge using deceptive dark patterns is prohibited under Art 5(1)(a)', () => {
    const a = assess({ art5_1_a_b_manipulation: 'manipulation' });
    expect(a.riskClass).toBe('prohibited');
    expect(a.basis).toEqual(['AI Act Art 5(1)(a)']);
    expect(a.duty('art5_do_not_deploy')!.appliesNow).toBe(true);
  });
  it('a debt-collection assistant exploiting the financial distress of over-indebted households is prohibited under Art 5(1)(b)', () => {
    expect(assess({ art5_1_a_b_manipulation: 'vulnerability' }).basis).toEqual(['AI Act Art 5(1)(b)']);
  });
  it('a project lead unsure whether a campaign bot manipulates people gets the prohibited outcome and an unsure flag', () => {
    const a = assess({ art5_1_a_b_manipulation: 'unsure' });
    expect(a.riskClass).toBe('prohibited');
    expect(a.flags).toContain('unsure_art5_1_a_b_manipulation');
  });
  it('a prohibited practice ends the flow: no hosting, transparency or principle questions', () => {
    const a = assess({ art5_1_a_b_manipulation: 'manipulation' });
    expect(a.asked.filter((q) => q.startsWith('hosting') || q.startsWith('principles') || q.startsWith('transparency'))).toEqual([]);
  });
  it('a tool building a face database by scraping CCTV footage is prohibited under Art 5(1)(e)', () => {
    expect(assess({ ...BIOMETRIC, art5_1_e_face_scraping: 'yes' }).basis).toEqual(['AI Act Art 5(1)(e)']);
  });
  it('emotion analysis of candidates during job interviews is prohibited under Art 5(1)(f)', () => {
    expect(assess({ ...BIOMETRIC, art5_1_f_emotions: 'work_education' }).riskClass).toBe('prohibited');
  });
  it('detecting distress of control-room staff for safety reasons passes the Art 5(1)(f) exception: high-risk under Annex III 1(c) with the Art 50(3) notice', () => {
    const a = assess({ ...BIOMETRIC, art5_1_f_emotions: 'medical_safety', art6_3_profiling: 'no', art6_3_derogation: 'none' });
    expect(a.riskClass).toBe('high_risk');
    expect(a.basis).toContain('AI Act Annex III 1(c)');
    expect(a.duties).toContain('art50_3_emotion_biometric_notice');
  });
  it('a camera system inferring religion from faces is prohibited biometric categorisation under Art 5(1)(g)', () => {
    expect(assess({ ...BIOMETRIC, art5_1_g_biometric_categorisation: 'sensitive_traits', art5_1_g_lawful_datasets: 'no' }).basis).toEqual(['AI Act Art 5(1)(g)']);
  });
  it('live facial recognition at the station for general crime prevention, with no listed objective, is prohibited under Art 5(1)(h)', () => {
    expect(assess({ ...BIOMETRIC, art5_1_h_remote_identification: 'realtime_public_law_enforcement', art5_1_h_objective: 'none' }).riskClass).toBe('prohibited');
  });
  it('live facial recognition to find a missing child, with every Art 5(2)-(5) condition met, is high-risk and flagged for a lawyer', () => {
    const a = assess({ ...BIOMETRIC, art5_1_h_remote_identification: 'realtime_public_law_enforcement', art5_1_h_objective: 'victims', art5_1_h_conditions: 'yes' });
    expect(a.riskClass).toBe('high_risk');
    expect(a.flags).toContain('rbi_exception_review');
    expect(a.asked).not.toContain('art6_3_profiling');
  });
  it('live facial recognition to locate a suspect without confirmed conditions is prohibited (unsure is cautious)', () => {
    expect(assess({ ...BIOMETRIC, art5_1_h_remote_identification: 'realtime_public_law_enforcement', art5_1_h_objective: 'suspect', art5_1_h_conditions: 'unsure' }).riskClass).toBe('prohibited');
  });
  it('police comparing CCTV stills with a mugshot database after the event is high-risk under Annex III 1(a)', () => {
    const a = assess({ ...BIOMETRIC, art5_1_h_remote_identification: 'other_identification', art6_3_profiling: 'no', art6_3_derogation: 'none' });
    expect(a.basis).toContain('AI Act Annex III 1(a)');
  });
  it('a biometric login that only verifies a user one-to-one is not remote identification', () => {
    expect(assess({ ...BIOMETRIC, art5_1_h_remote_identification: 'verification_only' }).riskClass).toBe('minimal_risk');
  });
  it('systems that process no body features are never asked the biometric prohibitions', () => {
    expect(assess(EVALUATES).asked.filter((q) => q.startsWith('art5_1_e') || q.startsWith('art5_1_f') || q.startsWith('art5_1_g') || q.startsWith('art5_1_h'))).toEqual([]);
  });
});

describe('high risk (Art 6, Annex I, Annex III)', () => {
  it('an AI safety component in a product that needs no notified body is not high-risk under Art 6(1)', () => {
    expect(assess({ system_does: ['product_safety'], annex1_product: 'section_a', annex1_third_party: 'no' }).riskClass).toBe('minimal_risk');
  });
  it('an AI traffic-light controller is high-risk under Annex III 2, without the deployer’s EU registration, a FRIA or Art 86', () => {
    const a = assess({ system_does: ['critical_infrastructure'], annex3_2_critical_infra: 'yes', art6_3_profiling: 'no', art6_3_derogation: 'none', hosting_service: 'dedicated_application' });
    expect(a.riskClass).toBe('high_risk');
    expect(a.duties).toContain('art26_deployer_obligations');
    expect(a.duties).not.toEqual(expect.arrayContaining(['art49_registration']));
    expect(a.duties).not.toContain('art27_fria');
    expect(a.duties).not.toContain('art86_explanation');
  });
  for (const [area, question, point, basis] of [
    ['education', 'annex3_3_education', 'annex3_3_a_edu_access', 'AI Act Annex III 3(a)'],
    ['education', 'annex3_3_education', 'annex3_3_d_exam_proctoring', 'AI Act Annex III 3(d)'],
    ['employment', 'annex3_4_employment', 'annex3_4_b_work_management', 'AI Act Annex III 4(b)'],
    ['essential_services', 'annex3_5_essential_services', 'annex3_5_b_credit', 'AI Act Annex III 5(b)'],
    ['essential_services', 'annex3_5_essential_services', 'annex3_5_d_emergency', 'AI Act Annex III 5(d)'],
    ['law_enforcement', 'annex3_6_law_enforcement', 'annex3_6_c_evidence', 'AI Act Annex III 6(c)'],
    ['migration', 'annex3_7_migration', 'annex3_7_c_applications', 'AI Act Annex III 7(c)'],
  ] as const) {
    it(`${point} makes the system high-risk under ${basis}`, () => {
      const a = assess({ ...EVALUATES, annex3_areas: [area], [question]: [point], art6_3_profiling: 'yes', hosting_service: 'dedicated_application' });
      expect(a.riskClass).toBe('high_risk');
      expect(a.basis).toContain(basis);
    });
  }
  it('a legal-research assistant that helps judges apply the law to the facts is high-risk under Annex III 8(a)', () => {
    expect(assess({ ...EVALUATES, annex3_areas: ['justice'], annex3_8_a_justice: 'yes', art6_3_profiling: 'no', art6_3_derogation: 'none', hosting_service: 'dedicated_application' }).basis).toContain('AI Act Annex III 8(a)');
  });
  it('a polling-station logistics planner is excluded from Annex III 8(b) and stays minimal risk', () => {
    expect(assess({ system_does: ['influence_votes'], annex3_8_b_elections: 'no' }).riskClass).toBe('minimal_risk');
  });
  it('a not-sure on the areas opens every area’s one question, not each point', () => {
    const a = assess({ ...EVALUATES, annex3_areas: ['unsure'] });
    expect(a.asked.filter((q) => /^annex3_\d/.test(q))).toEqual(['annex3_3_education', 'annex3_4_employment', 'annex3_5_essential_services', 'annex3_6_law_enforcement', 'annex3_7_migration', 'annex3_8_a_justice']);
  });
  it('a benefits tool is never asked the law-enforcement points', () => {
    expect(assess(BENEFITS).asked).not.toContain('annex3_6_law_enforcement');
  });
  it('a not-sure on an Annex III point takes the cautious branch: high-risk, flagged', () => {
    const a = assess({ ...EVALUATES, annex3_areas: ['essential_services'], annex3_5_essential_services: ['unsure'], art6_3_profiling: 'yes', hosting_service: 'dedicated_application' });
    expect(a.riskClass).toBe('high_risk');
    expect(a.flags).toContain('unsure_annex3_5_essential_services');
  });
  it('a system that evaluates nobody is never asked Annex III points 3 to 8(a)', () => {
    expect(assess({ system_does: ['generates_text'] }).asked).not.toContain('annex3_areas');
  });
});

describe('the Art 6(3) derogation', () => {
  const annex3 = { ...EVALUATES, annex3_areas: ['essential_services'], annex3_5_essential_services: ['annex3_5_a_public_benefits'], art6_3_profiling: 'no', hosting_service: 'dedicated_application' };
  for (const [option, basis] of [
    ['narrow_procedural', 'AI Act Art 6(3)(a)'],
    ['improves_human_work', 'AI Act Art 6(3)(b)'],
    ['pattern_check', 'AI Act Art 6(3)(c)'],
    ['preparatory', 'AI Act Art 6(3)(d)'],
  ] as const) {
    it(`a system that meets ${basis} and poses no significant risk is not high-risk`, () => {
      const a = assess({ ...annex3, art6_3_derogation: option, art6_3_no_significant_risk: 'yes' });
      expect(a.riskClass).toBe('minimal_risk');
      expect(a.basis).toContain(basis);
      expect(a.duties).toContain('art6_3_provider_assessment');
    });
  }
  it('profiling overrides the derogation: an Annex III system that profiles is always high-risk', () => {
    const a = assess({ ...annex3, art6_3_profiling: 'yes' });
    expect(a.riskClass).toBe('high_risk');
    expect(a.asked).not.toContain('art6_3_derogation');
  });
  it('a system whose lack of significant risk cannot be shown stays high-risk under Art 6(2)', () => {
    expect(assess({ ...annex3, art6_3_derogation: 'preparatory', art6_3_no_significant_risk: 'no' }).riskClass).toBe('high_risk');
  });
  it('a project lead unsure whether a tool is merely preparatory gets the cautious high-risk outcome', () => {
    expect(assess({ ...annex3, art6_3_derogation: 'unsure' }).riskClass).toBe('high_risk');
  });
});

describe('transparency (Art 50)', () => {
  it('an in-house image generator for campaign visuals must mark its outputs as its provider under Art 50(2)', () => {
    const a = assess({ role_in_system: ['builds_own_use'], system_does: ['generates_media'], art5_intimate_imagery_csam: 'no', art50_2_marking_scope: 'new_content', content_use: ['other_public'], hosting_service: 'dedicated_application' });
    expect(a.duties).toContain('art50_2_machine_readable_marking');
    expect(a.riskClass).toBe('limited_risk');
  });
  it('a provider of a spell-checker that does not substantially alter the input has no marking duty', () => {
    expect(assess({ role_in_system: ['builds_own_use'], system_does: ['generates_text'], art50_2_marking_scope: 'assistive_editing', hosting_service: 'dedicated_application' }).duties).not.toContain('art50_2_machine_readable_marking');
  });
  it('a museum camera estimating visitors’ emotions exposes them to emotion recognition: the Art 50(3) notice', () => {
    const a = assess({ ...BIOMETRIC, art5_1_f_emotions: 'elsewhere', art6_3_profiling: 'no', art6_3_derogation: 'none' });
    expect(a.duties).toContain('art50_3_emotion_biometric_notice');
  });
  it('a road-safety video using a synthetic voice of a real minister is a deep fake the ministry must disclose under Art 50(4)', () => {
    const a = assess({ system_does: ['generates_media'], art5_intimate_imagery_csam: 'no', content_use: ['deep_fakes'] });
    expect(a.duties).toContain('art50_4_deepfake_disclosure');
  });
  it('an unsure answer on editorial review keeps the disclosure duty', () => {
    expect(assess({ system_does: ['generates_text'], content_use: ['public_interest_texts'], art50_4_editorial_review: 'unsure' }).duties).toContain('art50_4_public_interest_text_disclosure');
  });
});

describe('GDPR touch points', () => {
  it('an internal search over a large archive of case files meets two WP248 criteria (AI plus large scale) and needs a DPIA', () => {
    expect(assess({ data_kinds: ['personal'], gdpr_35_dpia: ['large_scale'] }).duties).toContain('gdpr35_dpia');
  });
  it('matching a population register against other files is a mandatory DPIA trigger on the CNPD list', () => {
    expect(assess({ data_kinds: ['personal'], gdpr_35_dpia: ['whole_population'] }).duties).toContain('gdpr35_dpia');
  });
  it('a meeting-minutes assistant with personal data but no further criterion needs no DPIA', () => {
    expect(assess({ data_kinds: ['personal'], gdpr_35_dpia: ['none'] }).duties).not.toContain('gdpr35_dpia');
  });
  it('a system that evaluates people already meets two criteria: the DPIA criteria are not asked, the DPIA is due', () => {
    const a = assess(BENEFITS);
    expect(a.asked).not.toContain('gdpr_35_dpia');
    expect(a.duties).toContain('gdpr35_dpia');
  });
  it('a tool processing no personal data is not asked the GDPR questions and needs no DPIA', () => {
    const a = assess({ data_kinds: ['public'] });
    expect(a.asked).not.toContain('gdpr_legal_basis');
    expect(a.duties).not.toContain('gdpr35_dpia');
  });
  it('an unsure DPIA answer makes the DPIA required', () => {
    expect(assess({ data_kinds: ['personal'], gdpr_35_dpia: ['unsure'] }).duties).toContain('gdpr35_dpia');
  });
  it('no identified legal basis is an open point with a step in the plan', () => {
    const a = assess({ data_kinds: ['personal'], gdpr_legal_basis: 'none_identified' });
    expect(a.openPoints).toContain('gdpr_no_legal_basis');
    expect(a.result.actions.find((x) => x.covers.includes('gdpr_no_legal_basis'))).toMatchObject({ owner: 'dpo' });
  });
  it('a tax-office summariser fed with health data and tax files, deciding automatically, raises the Art 9, Art 22 and secrecy flags', () => {
    const a = assess({ ...EVALUATES, data_kinds: ['special_category', 'secret'], annex3_areas: ['none'], gdpr_22_adm: 'yes' });
    expect(a.flags).toEqual(expect.arrayContaining(['gdpr9_ground_needed', 'gdpr22_solely_automated', 'gdpr_secrecy_review']));
  });
  it('a citizen-facing chatbot answered as processing no personal data is flagged for review', () => {
    expect(assess({ system_does: ['generates_text', 'interacts'], data_kinds: ['public'] }).flags).toContain('personal_data_contradiction');
  });
});

describe('help a project lead can act on', () => {
  it('no question, option or help carries a note for authors in any language', () => {
    for (const q of flow.index.questions.values()) {
      for (const lang of ['fr', 'de', 'en'] as const) expect(textsOf(q.id, lang)).not.toMatch(/\[(unverified|non vérifié|nicht geprüft|omnibus)|sources secondaires|Sekundärquellen|secondary sources/i);
    }
  });
  it('the autonomy of the AI definition no longer cites WP248', () => {
    expect(flow.index.questions.get('def_ai_system')!.source.join(' ')).not.toMatch(/WP248/);
  });
  it('sources are shown in the user’s language and link to the article on EUR-Lex or to the guidelines’ section', () => {
    const fr = assess({}, { lang: 'fr' }).result.duties.find((d) => d.id === 'art4_ai_literacy')!.sources[0]!;
    expect(fr).toMatchObject({ label: 'Règlement IA, art. 4', url: 'https://eur-lex.europa.eu/legal-content/FR/TXT/HTML/?uri=CELEX:32024R1689#art_4' });
    const de = assess({}, { lang: 'de' }).result.duties.find((d) => d.id === 'art4_ai_literacy')!.sources[0]!;
    expect(de.label).toBe('KI-VO Art. 4');
    const guidelines = assess({ system_does: ['generates_text'], content_use: ['internal'] }).result.duties.find((d) => d.id === 'lu_label_internal_recommended')!.sources[0]!;
    expect(guidelines.url).toBe('/law/guidelines.html#section-4-transparence');
  });
});

describe('the fundamental rights impact assessment (Art 27, flow 1.2.0)', () => {
  const FRIA_QUESTIONS = ['fria_period_frequency', 'fria_art13_information'];
  const askedFria = (a: ReturnType<typeof assess>) => FRIA_QUESTIONS.filter((q) => a.asked.includes(q));
  const tree = flow.index.bundle.trees.find((t) => t.id === 'ai-act-risk')!;

  it('the rule that gives the FRIA and the route to its questions read one named condition: Annex III other than point 2, a deployer, never a prohibited practice', () => {
    const rule = tree.rules!.find((r) => r.id === 'hr_deployer_annex_iii_rights')!;
    expect(rule.when).toEqual({ type: 'is', params: { condition: 'fria_required' } });
    expect(rule.duties).toEqual(['art27_fria', 'art86_explanation']);
    const route = flow.index.nodes.get('route_fria')!;
    expect(route.kind === 'branch' && route.next[0]).toEqual({ when: { type: 'is', params: { condition: 'fria_required' } }, to: 'fria_period_frequency' });
    expect(tree.conditions!.fria_required).toEqual({
      type: 'all',
      params: {
        conditions: [
          { type: 'fact', params: { fact: 'high_risk_annex_iii' } },
          { type: 'fact', params: { fact: 'annex3_non_point_2' } },
          { type: 'role', params: { role: 'deployer' } },
          { type: 'is', params: { condition: 'not_prohibited' } },
        ],
      },
    });
    expect(tree.conditions!.not_prohibited).toEqual({ type: 'not', params: { condition: { type: 'riskClass', params: { in: ['prohibited'] } } } });
  });

  it('a ministry deploying a benefits-eligibility assistant is asked both FRIA questions, after the GDPR block and before the outcome', () => {
    const a = assess(BENEFITS);
    expect(a.duties).toContain('art27_fria');
    expect(askedFria(a)).toEqual(FRIA_QUESTIONS);
    const at = (id: string) => a.asked.indexOf(id);
    expect(at('fria_period_frequency')).toBeGreaterThan(at('gdpr_22_adm'));
    expect(at('fria_art13_information')).toBe(at('fria_period_frequency') + 1);
    expect(at('hosting_service')).toBeGreaterThan(at('fria_art13_information'));
  });

  it('an in-house builder that also uses the system is its deployer and is asked them too', () => {
    const a = assess({ ...BENEFITS, role_in_system: ['builds_own_use'] });
    expect(a.duties).toContain('art27_fria');
    expect(askedFria(a)).toEqual(FRIA_QUESTIONS);
  });

  it('live facial recognition under an Art 5(1)(h) exception is high-risk under Annex III 1 and asked them', () => {
    const a = assess({ ...BIOMETRIC, art5_1_h_remote_identification: 'realtime_public_law_enforcement', art5_1_h_objective: 'victims', art5_1_h_conditions: 'yes' });
    expect(a.duties).toContain('art27_fria');
    expect(askedFria(a)).toEqual(FRIA_QUESTIONS);
  });

  const noFria: [string, Answers][] = [
    ['a traffic-light controller (Annex III point 2: no FRIA, Art 27(1))', { system_does: ['critical_infrastructure'], annex3_2_critical_infra: 'yes', art6_3_profiling: 'no', art6_3_derogation: 'none', hosting_service: 'dedicated_application' }],
    ['a body that builds the benefits assistant for others and does not use it (not a deployer)', { ...BENEFITS, role_in_system: ['builds_for_others'] }],
    ['an Annex III tool that meets the Art 6(3) derogation (not high-risk)', { ...EVALUATES, annex3_areas: ['migration'], annex3_7_migration: ['annex3_7_c_applications'], art6_3_profiling: 'no', art6_3_derogation: 'preparatory', art6_3_no_significant_risk: 'yes' }],
    ['an Annex I Section A product (Art 27(1) covers Art 6(2) systems only)', { system_does: ['product_safety'], annex1_product: 'section_a', annex1_third_party: 'yes', data_kinds: ['special_category'], hosting_service: 'dedicated_application' }],
    ['a minimal-risk drafting assistant', { system_does: ['generates_text'], content_use: ['internal'] }],
    ['a tool that is not an AI system', { def_ai_system: 'fixed_rules', data_kinds: ['personal'] }],
    ['exclusively military use', { scope_exclusions: ['military'] }],
  ];
  for (const [name, answers] of noFria) {
    it(`${name} gets no FRIA and is not asked its questions`, () => {
      const a = assess(answers);
      expect(a.duties).not.toContain('art27_fria');
      expect(askedFria(a)).toEqual([]);
    });
  }

  it('a prohibited practice reached after the Art 5(1)(h) exception is never deployed: no FRIA, no Art 86, not asked the questions', () => {
    const a = assess({ system_does: ['biometrics', 'generates_media'], art5_1_h_remote_identification: 'realtime_public_law_enforcement', art5_1_h_objective: 'victims', art5_1_h_conditions: 'yes', art5_intimate_imagery_use: 'yes' });
    expect(a.riskClass).toBe('prohibited');
    expect(a.duties).not.toContain('art27_fria');
    expect(a.duties).not.toContain('art86_explanation');
    expect(askedFria(a)).toEqual([]);
  });

  it('Art 13 information not in hand, or not known, is flagged and put into the plan of action, never read as in hand', () => {
    for (const answer of ['no', 'unsure']) {
      const a = assess({ ...BENEFITS, fria_art13_information: answer });
      expect(a.flags).toContain('fria_provider_information_missing');
      const step = a.result.actions.find((x) => x.id === 'provider_information')!;
      expect(step.covers).toContain('fria_provider_information_missing');
      expect(step.owner).toBe('project_lead');
      expect(step.due.type).toBe('before_first_use');
      // It comes before the FRIA itself in the plan.
      const order = a.result.actions.map((x) => x.id);
      expect(order.indexOf('provider_information')).toBeLessThan(order.indexOf('fria'));
    }
    expect(assess({ ...BENEFITS, fria_art13_information: 'unsure' }).flags).toContain('unsure_fria_art13_information');
    const inHand = assess({ ...BENEFITS, fria_art13_information: 'yes' });
    expect(inHand.flags).not.toContain('fria_provider_information_missing');
    expect(inHand.result.actions.map((x) => x.id)).not.toContain('provider_information');
  });

  it('the questions name the rule and the Regulation’s terms in each language, with the law they rest on', () => {
    const period = flow.index.questions.get('fria_period_frequency')!;
    expect(period.kind).toBe('text');
    expect(period.source).toContain('AI Act Art 27(1)(b)');
    expect(textsOf('fria_period_frequency', 'en')).toMatch(/fundamental rights impact assessment.*period of time.*frequency.*Art 27\(1\)\(b\)/);
    expect(textsOf('fria_period_frequency', 'fr')).toMatch(/analyse d'impact sur les droits fondamentaux.*période.*fréquence.*art\. 27, par\. 1, point b\)/);
    expect(textsOf('fria_period_frequency', 'de')).toMatch(/Grundrechte-Folgenabschätzung.*Zeitraum.*Häufigkeit.*Art\. 27 Abs\. 1 Buchst\. b/);
    const art13 = flow.index.questions.get('fria_art13_information')!;
    expect(art13.source).toEqual(expect.arrayContaining(['AI Act Art 13', 'AI Act Art 26(1)', 'AI Act Art 27(1)(d)']));
    expect(art13.kind === 'single' && art13.options.map((o) => o.id)).toEqual(['yes', 'no', 'unsure']);
    for (const [lang, words] of [['en', ['instructions for use', 'provider', 'Art 13(3)', 'Art 26(1)', 'Art 27(1)(d) and (e)']], ['fr', ["notice d'utilisation", 'fournisseur', 'art. 13, par. 3', 'art. 26, par. 1', 'points d) et e)']], ['de', ['Betriebsanleitung', 'Anbieter', 'Art. 13 Abs. 3', 'Art. 26 Abs. 1', 'Buchst. d und e']]] as const) {
      for (const w of words) expect(textsOf('fria_art13_information', lang)).toContain(w);
    }
  });
});

describe('amended before release (legal review of flow 1.2.0): a prohibited practice is never put into service', () => {
  const tree = flow.index.bundle.trees.find((t) => t.id === 'ai-act-risk')!;
  const RBI: Answers = { system_does: ['biometrics', 'generates_media'], art5_1_h_remote_identification: 'realtime_public_law_enforcement', art5_1_h_objective: 'victims', art5_1_h_conditions: 'yes' };
  /** What a prohibited result may list: the prohibition, and the DPIA where the data facts give it (the GDPR follows the data, not the AI Act class). */
  const ALLOWED = ['art5_do_not_deploy', 'art5_new_point_do_not_deploy', 'gdpr35_dpia'];

  it('a deployer that passed the Art 5(1)(h) exception and then falls under the intimate-imagery ban gets only the prohibition and the DPIA, with no Art 26, 49(3), 26(11), 27 or 86 duty', () => {
    for (const answer of ['yes', 'unsure']) {
      const a = assess({ ...RBI, art5_intimate_imagery_use: answer });
      expect(a.riskClass).toBe('prohibited');
      expect(a.roles).toEqual(['deployer']);
      // The Art 5(1)(h) answer established an Annex III 1(a) use and biometric data: the facts stay, the duties of putting it into service do not.
      expect(a.facts).toEqual(expect.arrayContaining(['high_risk_annex_iii', 'annex3_non_point_2', 'data_special_category']));
      expect(a.duties).toEqual(['art5_new_point_do_not_deploy', 'gdpr35_dpia']);
      // Nor Art 4: the tree gives AI literacy to systems that may be used, never to a prohibited one.
      expect(a.duties).not.toContain('art4_ai_literacy');
    }
  });

  it('a provider, an in-house provider and deployer, an importer and a distributor on that path get no Art 16, 23, 24, 26 or 50 duty either: none may place the system on the market or put it into service', () => {
    const cases: Answers[] = [
      { ...RBI, role_in_system: ['builds_own_use'], art5_intimate_imagery_csam: 'foreseeable' },
      { ...RBI, role_in_system: ['builds_for_others'], art5_intimate_imagery_csam: 'intended' },
      { ...RBI, role_in_system: ['imports'], art5_intimate_imagery_use: 'yes' },
      { ...RBI, role_in_system: ['distributes'], art5_intimate_imagery_use: 'yes' },
    ];
    for (const answers of cases) {
      const a = assess(answers);
      expect(a.riskClass).toBe('prohibited');
      expect(a.duties.filter((d) => !ALLOWED.includes(d)), JSON.stringify(answers.role_in_system)).toEqual([]);
      expect(a.duties).toContain('art5_new_point_do_not_deploy');
    }
  });

  it('a chatbot the administration builds, answered "not sure" at the manipulation ban, is prohibited without the Art 50(1) and 50(2) duties of a system it must not put into service', () => {
    const a = assess({ role_in_system: ['builds_own_use'], system_does: ['generates_text', 'interacts'], art5_1_a_b_manipulation: 'unsure' });
    expect(a.riskClass).toBe('prohibited');
    expect(a.duties).toEqual(['art5_do_not_deploy']);
    // The same chatbot, not prohibited, keeps them.
    const allowed = assess({ role_in_system: ['builds_own_use'], system_does: ['generates_text', 'interacts'], art5_1_a_b_manipulation: 'no', art50_1_obvious: 'no', art50_2_marking_scope: 'new_content', content_use: ['citizen_documents'] });
    expect(allowed.duties).toEqual(expect.arrayContaining(['art50_1_chatbot_disclosure', 'art50_2_machine_readable_marking']));
  });

  it('the general-purpose model duties stay on a prohibited result: Art 53 binds the provider of the model, which is not the prohibited system', () => {
    const a = assess({ role_in_system: ['trains_gpai_model'], art5_1_a_b_manipulation: 'manipulation' });
    expect(a.riskClass).toBe('prohibited');
    expect(a.duties).toEqual(expect.arrayContaining(['art5_do_not_deploy', 'art53_gpai_provider_obligations']));
  });

  it('every rule whose duties presuppose placing on the market, putting into service or use (Art 16, 23, 24, 26, 26(11), 27, 49(3), 50, 86, Annex III and Annex I alike) reads the named condition not_prohibited', () => {
    const reads = (c: unknown, seen = new Set<string>()): boolean => {
      if (!c || typeof c !== 'object') return false;
      const { type, params } = c as { type: string; params: Record<string, unknown> };
      if (type === 'is') {
        const name = params.condition as string;
        if (name === 'not_prohibited') return true;
        if (seen.has(name)) return false;
        seen.add(name);
        return reads(tree.conditions![name], seen);
      }
      // Only a conjunction makes the condition necessary.
      if (type === 'all') return (params.conditions as unknown[]).some((x) => reads(x, seen));
      return false;
    };
    const presuppose = /^(art16|art23|art24|art26|art27|art49|art50|art86)_/;
    const rules = tree.rules!.filter((r) => (r.duties ?? []).some((d) => presuppose.test(d)));
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['hr_deployer_annex_iii', 'hr_deployer_annex_iii_registration', 'hr_deployer_annex_iii_rights', 'hr_deployer_annex_iii_inform', 'hr_deployer_annex_i', 'hr_provider_annex_iii', 'hr_provider_annex_i', 'art50_1', 'art50_4_text_reviewed']));
    for (const r of rules) expect(reads(r.when), r.id).toBe(true);
    // The rules of the prohibition, the DPIA and the model do not.
    for (const id of ['prohibited_in_force', 'prohibited_new_point', 'dpia', 'gpai_provider']) expect(reads(tree.rules!.find((r) => r.id === id)!.when), id).toBe(false);
  });
});

describe('amended before release (legal review of flow 1.2.0): the FRIA questions say why they are asked', () => {
  it('the period-and-frequency help says that a body governed by public law deploying an Annex III high-risk system carries out a FRIA before first use (Art 27(1)), whose point (b) asks this, in each language', () => {
    const q = flow.index.questions.get('fria_period_frequency')!;
    expect(q.source).toEqual(['AI Act Art 27(1)', 'AI Act Art 27(1)(b)', 'AI Act Art 27(2)']);
    expect(q.help.en).toMatch(/^As a body governed by public law deploying a high-risk AI system of Annex III \(other than point 2\), you carry out a fundamental rights impact assessment before first use \(Art 27\(1\)\)\. Its point \(b\) requires/);
    expect(q.help.fr).toMatch(/^En tant qu'organisme de droit public qui déploie un système d'IA à haut risque de l'annexe III \(hors point 2\), vous effectuez une analyse d'impact sur les droits fondamentaux avant la première utilisation \(art\. 27, par\. 1\)\. Son point b\)/);
    expect(q.help.de).toMatch(/^Als Einrichtung des öffentlichen Rechts, die ein Hochrisiko-KI-System nach Anhang III \(außer Nummer 2\) betreibt, führen Sie vor der ersten Verwendung eine Grundrechte-Folgenabschätzung durch \(Art\. 27 Abs\. 1\)\. Ihr Buchstabe b/);
  });

  it('the German FRIA duty names the AI Office’s template “Muster”, as Art 27(3) and (5) do, and point (f) in the words of Art 27(1)(f)', () => {
    const de = dutyText('art27_fria', 'de');
    expect(de).toContain('mit dem Muster des Büros für Künstliche Intelligenz');
    expect(de).not.toContain('Vorlage');
    expect(de).toContain('einschließlich der Regelungen für die interne Unternehmensführung und der Beschwerdemechanismen');
    // Art 53's template of the training-content summary is a "Vorlage" in the official text, and stays one.
    expect(dutyText('art53_gpai_provider_obligations', 'de')).toContain('nach der Vorlage des Büros für Künstliche Intelligenz');
  });
});
