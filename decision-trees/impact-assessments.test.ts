// The drafts of the impact assessments built from complete walks of the flow: the FRIA's six elements of
// AI Act Art 27(1)(a)-(f) and the DPIA outline's four of GDPR Art 35(7)(a)-(d), each filled only from
// what the answers established, in the user's language, and absent where the result does not call for it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadAll } from './load.ts';
import { loadPublished } from './published.ts';
import { compileFlow } from './compile.ts';
import { completeWalk, walk } from './testing.ts';
import { buildImpactAssessments, establishedFacts, type ImpactAssessmentDraft } from './impact-assessments.ts';
import { ImpactAssessmentDraftSchema, ImpactAssessmentDraftsSchema } from './view-schemas.ts';
import { LANGS, type Lang } from './schema.ts';
import { loadLawTexts, resolverFor } from './law/texts.ts';
import { parseCitation } from './citations.ts';
import { BENEFITS_ASSISTANT, defaultAnswer } from './scenarios.ts';
import type { Answers } from './bundle.ts';

const bundle = loadAll().bundles.find((b) => b.flow.id === 'assessment')!;
const flow = compileFlow(bundle);

const PERIOD = 'From March 2027, every working day, about 200 files a week';
const DESCRIPTION = 'Checks applications for the cost-of-living allowance and proposes a decision to the case officer.';
/** A ministry deploying a benefits-eligibility assistant (Annex III 5(a), profiling): FRIA and DPIA. */
const BENEFITS: Answers = {
  intro_description: DESCRIPTION,
  ...BENEFITS_ASSISTANT,
  fria_period_frequency: PERIOD,
  fria_art13_information: 'yes',
};

function drafts(answers: Answers, lang: Lang = 'en') {
  const r = completeWalk(flow, answers, { lang });
  return { ...buildImpactAssessments(bundle, r, lang), result: r.result! };
}
/**
 * The benefits case answered "not sure" wherever the question offers it, but at the prohibited practices
 * (where "not sure" ends the walk as prohibited, with no FRIA): every cautious fact and data kind is set.
 */
function allUnsure(overrides: Answers = {}) {
  const answers: Answers = { intro_description: DESCRIPTION, fria_period_frequency: PERIOD, ...overrides };
  let r = walk(flow, answers, { date: '2026-12-01' });
  for (let i = 0; i < 150 && !r.complete; i++) {
    const q = r.next!;
    const unsure = !q.id.startsWith('art5') && q.options.some((o) => o.id === 'unsure');
    answers[q.id] ??= unsure ? (q.kind === 'multiple' ? ['unsure'] : 'unsure') : defaultAnswer(q);
    r = walk(flow, answers, { date: '2026-12-01' });
  }
  expect(r.complete).toBe(true);
  return { answers, evaluation: r };
}
const statuses = (d: { elements: { point: string; status: string }[] } | null) => Object.fromEntries((d?.elements ?? []).map((e) => [e.point, e.status]));
const element = (d: ImpactAssessmentDraft | null, id: string) => d!.elements.find((e) => e.id === id)!;

describe('impact-assessment drafts', () => {
  it('a ministry deploying a high-risk Annex III system gets a FRIA with the six elements (a)-(f) and a DPIA outline with the four (a)-(d), filled from the answers but for what only the deployer can assess', () => {
    const { fria, dpia, result } = drafts(BENEFITS);
    expect(result.duties.map((d) => d.id)).toEqual(expect.arrayContaining(['art27_fria', 'gdpr35_dpia']));
    expect(fria!.kind).toBe('fria');
    expect(fria!.elements.map((e) => [e.point, e.id])).toEqual([
      ['a', 'processes'],
      ['b', 'period_frequency'],
      ['c', 'affected_persons'],
      ['d', 'risks_of_harm'],
      ['e', 'human_oversight'],
      ['f', 'measures_if_risks_materialise'],
    ]);
    expect(dpia!.elements.map((e) => [e.point, e.id])).toEqual([
      ['a', 'processing_description'],
      ['b', 'necessity_proportionality'],
      ['c', 'risks_to_data_subjects'],
      ['d', 'measures'],
    ]);
    // The risks of harm (d), the necessity and proportionality (DPIA b) and the risks to data subjects
    // (DPIA c) need the deployer's own assessment; (f) needs the complaint mechanisms no answer gives.
    expect(statuses(fria)).toEqual({ a: 'filled', b: 'filled', c: 'filled', d: 'toComplete', e: 'filled', f: 'toComplete' });
    expect(statuses(dpia)).toEqual({ a: 'filled', b: 'toComplete', c: 'toComplete', d: 'filled' });
    const f = element(fria, 'measures_if_risks_materialise');
    expect(f).toMatchObject({ statusLabel: 'To be completed', hint: expect.stringContaining('internal complaint mechanisms') });
    for (const e of [...fria!.elements, ...dpia!.elements]) {
      expect(e.statusLabel).toBe(e.status === 'filled' ? 'Filled' : 'To be completed');
      // A filled element has no hint, but (a), which the required description always fills (hintAlways).
      if (e.status === 'filled' && e.id !== 'processes') expect(e.hint).toBeUndefined();
      else expect(e.hint!.length).toBeGreaterThan(20);
      expect(e.sources.length).toBeGreaterThan(0);
    }
    expect(element(fria, 'processes').sources[0]).toMatchObject({ ref: 'AI Act Art 27(1)(a)', url: expect.stringContaining('#art_27') });
    expect(element(dpia, 'measures').sources[0]).toMatchObject({ ref: 'GDPR Art 35(7)(d)' });
    // The shape the API documents.
    expect(ImpactAssessmentDraftsSchema.parse({ fria, dpia })).toEqual({ fria, dpia });
  });

  it('a filled element quotes or assembles what the answers established, and nothing else', () => {
    const { fria, dpia } = drafts(BENEFITS);
    expect(element(fria, 'period_frequency').text).toBe(PERIOD);
    expect(element(fria, 'processes').text).toContain(`Use case: ${DESCRIPTION}`);
    // The option label of the Annex III point answered.
    expect(element(fria, 'processes').text).toContain('Use under Annex III: By or on behalf of a public authority, evaluate people');
    expect(element(fria, 'affected_persons').text).toContain('applicants for and recipients of essential public assistance benefits and services');
    expect(element(fria, 'risks_of_harm').text).toContain('the system profiles people');
    expect(element(fria, 'risks_of_harm').text).toContain('Annex III 5(a)');
    // The guidelines' human-oversight commitment, and the Art 26(2) duty beside it.
    expect(element(fria, 'human_oversight').text).toContain('A person checks every AI output for accuracy before it is used');
    expect(element(fria, 'human_oversight').text).toContain('(Art 26(2))');
    expect(element(fria, 'measures_if_risks_materialise').text).toContain('A person or unit is named as responsible');
    expect(element(fria, 'measures_if_risks_materialise').text).toContain('(Art 86)');
    expect(element(fria, 'measures_if_risks_materialise').text).toContain('(Art 26(11))');
    expect(element(dpia, 'processing_description').text).toContain('Data: personal data');
    expect(element(dpia, 'necessity_proportionality').text).toContain('Legal basis: a task carried out in the public interest');
    // No point of another Annex III area, no vulnerable group that the answers did not name.
    expect(element(fria, 'affected_persons').text).not.toMatch(/job applicants|vulnerable|voters/);
  });

  it('with no commitment ticked, human oversight and the measures stay to complete with their hints, and a legal basis alone does not fill the DPIA’s necessity', () => {
    const { fria, dpia } = drafts({ ...BENEFITS, principles_checklist: ['none'] });
    expect(statuses(fria)).toEqual({ a: 'filled', b: 'filled', c: 'filled', d: 'toComplete', e: 'toComplete', f: 'toComplete' });
    expect(statuses(dpia)).toEqual({ a: 'filled', b: 'toComplete', c: 'toComplete', d: 'toComplete' });
    const oversight = element(fria, 'human_oversight');
    expect(oversight.statusLabel).toBe('To be completed');
    expect(oversight.hint).toMatch(/^Name who oversees the system/);
    // What the law requires is still said, as context.
    expect(oversight.text).toContain('Assign human oversight to natural persons');
    expect(element(dpia, 'necessity_proportionality').text).toContain('Legal basis:');
    expect(fria!.summary).toContain('3 of 6 elements pre-filled from the self-assessment; to be completed: (d) risks of harm; (e) human oversight; (f) measures if the risks materialise.');
  });

  it('Art 13 information not in hand keeps the risks of harm (d) and the oversight measures (e) to complete, says so, and raises the flag', () => {
    for (const answer of ['no', 'unsure']) {
      const { fria, result } = drafts({ ...BENEFITS, fria_art13_information: answer });
      const risks = element(fria, 'risks_of_harm');
      expect(risks.status).toBe('toComplete');
      expect(risks.hint).toContain('instructions for use (Art 13)');
      expect(risks.text).toMatch(answer === 'no' ? /instructions for use and the information of Article 13 are not in hand/ : /It is not known whether the provider's instructions for use/);
      // The answers' own risk factors are still shown.
      expect(risks.text).toContain('the system profiles people');
      expect(element(fria, 'human_oversight').status).toBe('toComplete');
      expect(result.flags.map((f) => f.id)).toContain('fria_provider_information_missing');
      expect(result.actions.find((a) => a.id === 'provider_information')!.covers).toContain('fria_provider_information_missing');
      expect(fria!.summary).toMatch(/to be completed: \(d\) risks of harm; \(e\) human oversight; \(f\) measures if the risks materialise\./);
    }
  });

  it('the two drafts point to each other: the FRIA complements the DPIA (AI Act Art 27(4))', () => {
    const { fria, dpia } = drafts(BENEFITS);
    expect(fria!.complements).toEqual({ kind: 'dpia', required: true, text: expect.stringContaining('complements it') });
    expect(dpia!.complements).toEqual({ kind: 'fria', required: true, text: expect.stringContaining('it complements this data protection impact assessment') });
    expect(fria!.intro).toMatch(/market surveillance authority on the AI Office's template \(Art 27\(3\)\)/);
    expect(fria!.intro).toContain('Art 27(4)');
    expect(fria!.sources.map((s) => s.ref)).toEqual(expect.arrayContaining(['AI Act Art 27(3)', 'AI Act Art 27(4)']));
  });

  it('the summary says which elements are filled and states the findings of the filled elements only, for the EU database and the register', () => {
    const { fria, dpia } = drafts(BENEFITS);
    const findings = 'Main findings: people likely to be affected: applicants for and recipients of essential public assistance benefits and services, including healthcare.';
    expect(fria!.summary).toBe(`Fundamental rights impact assessment: 4 of 6 elements pre-filled from the self-assessment; to be completed: (d) risks of harm; (f) measures if the risks materialise. ${findings}`);
    expect(fria!.findings).toBe(findings);
    // The profiling factor of (d) is shown in the element, to assess, but is no finding: (d) is to complete.
    expect(element(fria, 'risks_of_harm').text).toContain('the system profiles people');
    expect(fria!.findings).not.toContain('profil');
    // The DPIA's only finding would be its (c), which always stays to complete.
    expect(dpia!.summary).toBe('Data protection impact assessment: 2 of 4 elements pre-filled from the self-assessment; to be completed: (b) necessity and proportionality; (c) risks to the data subjects.');
    expect(dpia!.findings).toBe('');
  });

  it('an element to complete states no finding: with the persons of (c) not known, the FRIA has no findings at all', () => {
    const { fria } = drafts({ ...BENEFITS, annex3_5_essential_services: ['unsure'] });
    expect(element(fria, 'affected_persons').status).toBe('toComplete');
    expect(fria!.findings).toBe('');
    expect(fria!.summary).not.toContain('Main findings');
    expect(fria!.summary).toMatch(/to be completed: \(c\) persons and groups affected; \(d\) risks of harm; \(f\) measures if the risks materialise\.$/);
  });

  it('the findings field is the findings sentence of the summary alone, documented as a starting point and never as the findings of a conducted assessment', () => {
    for (const lang of LANGS) {
      const { fria } = drafts(BENEFITS, lang);
      expect(fria!.findings.length).toBeGreaterThan(20);
      expect(fria!.summary.endsWith(` ${fria!.findings}`)).toBe(true);
      expect(fria!.summary.startsWith(fria!.findings)).toBe(false);
    }
    const described = ImpactAssessmentDraftSchema.shape.findings.description!;
    expect(described).toContain('findings part of the summary');
    expect(described).toContain('Annex VIII Section C points 4-5');
    expect(described).toContain('never the findings of a conducted assessment');
    expect(Object.keys(ImpactAssessmentDraftSchema.shape)).toEqual(expect.arrayContaining(['summary', 'findings']));
  });

  it('a FRIA without a DPIA says that the answers did not trigger one; a DPIA without a FRIA has no link to one', () => {
    // A system that evaluates people but answered as processing no personal data: FRIA, no DPIA (and a flag).
    const noDpia = drafts({ ...BENEFITS, data_kinds: ['non_public'] });
    expect(noDpia.dpia).toBeNull();
    expect(noDpia.fria!.complements).toEqual({ kind: 'dpia', required: false, text: expect.stringContaining('did not trigger a data protection impact assessment under GDPR Art 35') });
    // Agent checking permit files: minimal risk, a DPIA, no FRIA.
    const permits = drafts({ system_does: ['evaluates_people'], annex3_areas: ['none'], data_kinds: ['personal'], gdpr_22_adm: 'no', hosting_service: 'agent_as_a_service' });
    expect(permits.result.riskClass).toBe('minimal_risk');
    expect(permits.fria).toBeNull();
    expect(permits.dpia!.complements).toBeNull();
  });

  it('a draft exists exactly when the complete result holds its duty: none for a minimal-risk case, a prohibited practice or an Annex III point 2 system', () => {
    const cases: [string, Answers][] = [
      ['minimal risk', { system_does: ['generates_text'], content_use: ['internal'] }],
      ['prohibited after the Art 5(1)(h) exception', { system_does: ['biometrics', 'generates_media'], art5_1_h_remote_identification: 'realtime_public_law_enforcement', art5_1_h_objective: 'victims', art5_1_h_conditions: 'yes', art5_intimate_imagery_use: 'yes' }],
      ['critical infrastructure', { system_does: ['critical_infrastructure'], annex3_2_critical_infra: 'yes', art6_3_profiling: 'no', art6_3_derogation: 'none', data_kinds: ['public'], hosting_service: 'dedicated_application' }],
      ['benefits', BENEFITS],
      ['not AI, deciding automatically', { def_ai_system: 'fixed_rules', data_kinds: ['personal'], gdpr_22_adm: 'yes' }],
    ];
    for (const [name, answers] of cases) {
      const { fria, dpia, result } = drafts(answers);
      const duties = result.duties.map((d) => d.id);
      expect(fria !== null, name).toBe(duties.includes('art27_fria'));
      expect(dpia !== null, name).toBe(duties.includes('gdpr35_dpia'));
    }
    expect(drafts(cases[0]![1]).fria).toBeNull();
  });

  it('an incomplete evaluation gives no draft', () => {
    const partial = walk(flow, { intro_title: 'x', intro_organisation: 'x', intro_description: 'x', def_ai_system: 'infers' });
    expect(partial.complete).toBe(false);
    expect(buildImpactAssessments(bundle, partial, 'en')).toEqual({ fria: null, dpia: null });
  });

  it('a flow version published without the section (1.0.0, 1.1.0) gives no draft, even where it requires a FRIA', () => {
    const published = loadPublished([bundle]).bundles;
    for (const version of ['1.0.0', '1.1.0']) {
      const old = published.find((b) => b.flow.id === 'assessment' && b.flow.version === version)!;
      expect(old.flow.impactAssessments).toBeUndefined();
      const oldFlow = compileFlow(old);
      const r = completeWalk(oldFlow, version === '1.1.0' ? BENEFITS : {});
      expect(r.complete).toBe(true);
      if (version === '1.1.0') expect(r.result!.duties.map((d) => d.id)).toContain('art27_fria');
      expect(buildImpactAssessments(old, r, 'en')).toEqual({ fria: null, dpia: null });
    }
  });

  it('every text exists in French, German and English, and reads in the user’s language', () => {
    const titles = new Map<Lang, string>();
    for (const lang of LANGS) {
      const { fria, dpia } = drafts({ ...BENEFITS, principles_checklist: ['none'], fria_art13_information: 'no' }, lang);
      for (const d of [fria!, dpia!]) {
        for (const s of [d.title, d.intro, d.summary, d.complements!.text]) expect(s.trim().length, `${lang} ${d.kind}`).toBeGreaterThan(20);
        for (const e of d.elements) {
          expect(e.title.length).toBeGreaterThan(10);
          expect(e.statusLabel.length).toBeGreaterThan(3);
          if (e.status === 'toComplete') expect(e.hint!.length).toBeGreaterThan(20);
          else expect(e.text.length).toBeGreaterThan(5);
          for (const s of e.sources) expect(s.label.length).toBeGreaterThan(3);
        }
      }
      titles.set(lang, fria!.title);
      const risks = element(fria, 'risks_of_harm');
      expect(risks.statusLabel).toBe({ fr: 'À compléter', de: 'Zu ergänzen', en: 'To be completed' }[lang]);
      expect(risks.sources[0]!.label).toBe({ fr: 'Règlement IA, art. 27, par. 1, point d)', de: 'KI-VO Art. 27 Abs. 1 Buchst. d', en: 'AI Act Art 27(1)(d)' }[lang]);
      expect(risks.text).toContain({ fr: "notice d'utilisation", de: 'Betriebsanleitung', en: 'instructions for use' }[lang]);
      // French typography: a space before the colon and the semicolon.
      if (lang === 'fr') expect(element(fria, 'affected_persons').text).toMatch(/^Personnes concernées par l'usage \(annexe III\) : les demandeurs/);
    }
    expect(new Set(titles.values()).size).toBe(3);
    expect(titles.get('fr')).toContain("analyse d'impact des systèmes d'IA à haut risque sur les droits fondamentaux");
    expect(titles.get('de')).toContain('Grundrechte-Folgenabschätzung für Hochrisiko-KI-Systeme');
  });

  it('the FRIA elements are titled in the official words of Art 27(1)(a)-(f) in each language, copied from the vendored text', () => {
    const law = loadLawTexts();
    const norm = (x: string) => x.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
    // A title is the point's own text without its marker, its final punctuation, a leading indefinite
    // article ("a description of" -> "Description of") and the self-reference of (d) to "this paragraph".
    const SELF: Record<Lang, string> = { en: ' of this paragraph', fr: ' du présent paragraphe', de: ' dieses Absatzes' };
    const ARTICLE: Record<Lang, RegExp> = { en: /^an? /, fr: /^une /, de: /^eine / };
    for (const lang of LANGS) {
      const { fria } = drafts(BENEFITS, lang);
      for (const e of fria!.elements) {
        const point = norm(law.aiAct[lang].excerpt(parseCitation(`AI Act Art 27(1)(${e.point})`))!.text.split('\n').pop()!)
          .replace(/^\(?[a-f]\) */, '')
          .replace(/[;.]$/, '')
          .replace(SELF[lang], '')
          .replace(ARTICLE[lang], '');
        expect(norm(e.title), `${lang} title of (${e.point})`).toBe(point.charAt(0).toUpperCase() + point.slice(1));
      }
    }
    const title = (lang: Lang, point: string) => drafts(BENEFITS, lang).fria!.elements.find((e) => e.point === point)!.title;
    expect(title('en', 'd')).toContain('likely to have an impact on the categories of natural persons or groups of persons identified pursuant to point (c), taking into account the information given by the provider pursuant to Article 13');
    expect(title('fr', 'd')).toContain("susceptibles d'avoir une incidence sur les catégories de personnes physiques ou groupes de personnes identifiés en vertu du point c), compte tenu des informations fournies par le fournisseur conformément à l'article 13");
    expect(title('de', 'd')).toContain('die sich auf die gemäß Buchstabe c ermittelten Kategorien natürlicher Personen oder Personengruppen auswirken könnten, unter Berücksichtigung der vom Anbieter gemäß Artikel 13 bereitgestellten Informationen');
    expect(title('de', 'e')).toContain('entsprechend den Betriebsanleitungen');
    expect(title('fr', 'f')).toContain('mécanismes de plainte internes');
    expect(title('en', 'f')).toContain('in the case of the materialisation of those risks');
  });

  it('a "not sure" answer is an assumption, not a finding: what it alone sets is shown as not known, as context, and fills no element', () => {
    const { evaluation } = allUnsure();
    const cautious = ['profiling', 'solely_automated_decision', 'data_personal', 'data_special_category', 'data_secret', 'evaluates_people', 'annex3_sensitive_area'];
    // The cautious branch set these facts (the duties rest on them), but no answer other than "not sure" did.
    expect(evaluation.result!.facts).toEqual(expect.arrayContaining(cautious));
    const established = establishedFacts(bundle, evaluation);
    for (const f of cautious) expect(established.has(f), f).toBe(false);
    const NOT_KNOWN: Record<Lang, string> = { en: "not known (answered 'not sure')", fr: 'inconnu (réponse « je ne sais pas »)', de: 'nicht bekannt (Antwort „weiß nicht“)' };
    for (const lang of LANGS) {
      const { fria, dpia } = buildImpactAssessments(bundle, evaluation, lang);
      expect(statuses(fria)).toEqual({ a: 'filled', b: 'filled', c: 'toComplete', d: 'toComplete', e: 'toComplete', f: 'toComplete' });
      expect(statuses(dpia)).toEqual({ a: 'filled', b: 'toComplete', c: 'toComplete', d: 'filled' });
      for (const e of [...fria!.elements, ...dpia!.elements]) if (e.text.includes(NOT_KNOWN[lang])) expect(e.text, e.id).toMatch(new RegExp(`^.+ ?: ${NOT_KNOWN[lang].replace(/[()]/g, '\\$&')}`, 'm'));
      expect(fria!.findings).toBe('');
      expect(dpia!.findings).toBe('');
    }
    const { fria, dpia } = buildImpactAssessments(bundle, evaluation, 'en');
    const nk = NOT_KNOWN.en;
    // (a) is filled by the description alone; the Annex III use is not known.
    expect(element(fria, 'processes').text).toBe(`Deployer: Ministry\nUse case: ${DESCRIPTION}\nUse under Annex III: ${nk}`);
    expect(element(fria, 'affected_persons').text).toBe(`People concerned by the use (Annex III): ${nk}\nData processed about them: ${nk}`);
    const risks = element(fria, 'risks_of_harm').text;
    expect(risks).toContain(`Factors identified by the self-assessment (to assess): ${nk} — the system profiles people`);
    expect(risks).toContain('decisions with legal or similarly significant effects may be taken solely by the system');
    // No factor is stated as identified: the only line of factors is the one not known.
    expect(risks.split('\n').filter((l) => l.startsWith('Factors identified'))).toHaveLength(1);
    expect(element(dpia, 'processing_description').text).toContain(`Data: ${nk}`);
    expect(element(dpia, 'processing_description').text).not.toMatch(/personal data|special categories/);
    expect(element(dpia, 'risks_to_data_subjects').text.split('\n').filter((l) => l.startsWith('Factors identified'))).toEqual([expect.stringContaining(`(to assess): ${nk} — people are evaluated or scored`)]);
  });

  it('each "not sure" of the review (profiling, solely automated decisions, data kinds, what the system does) leaves its facts out of the content, while a fact a real answer also sets stays established', () => {
    const nk = "not known (answered 'not sure')";
    const profiling = drafts({ ...BENEFITS, art6_3_profiling: 'unsure' });
    expect(element(profiling.fria, 'risks_of_harm').text).toContain(`(to assess): ${nk} — the system profiles people`);
    expect(element(profiling.dpia, 'risks_to_data_subjects').text).toContain('(to assess): people are evaluated or scored\n');
    expect(element(profiling.dpia, 'risks_to_data_subjects').text).toContain(`(to assess): ${nk} — the system profiles people`);
    // gdpr_22_adm "not sure" sets wp248_1_evaluation too, which "evaluates people" (a real answer) also sets.
    const adm = drafts({ ...BENEFITS, gdpr_22_adm: 'unsure' });
    const admRisks = element(adm.dpia, 'risks_to_data_subjects').text;
    expect(admRisks).toContain('Factors identified by the self-assessment (to assess): people are evaluated or scored; the system profiles people');
    expect(admRisks).toContain(`(to assess): ${nk} — decisions with legal or similarly significant effects may be taken solely by the system`);
    expect(admRisks.split('\n')[0]).not.toContain('solely');
    const data = drafts({ ...BENEFITS, data_kinds: ['unsure'] });
    expect(data.result.hosting!.dataKinds).toEqual(expect.arrayContaining(['personal', 'special_category', 'secret']));
    expect(element(data.dpia, 'processing_description').text).toContain(`Data: ${nk}`);
    expect(element(data.dpia, 'processing_description').text).not.toContain('Data: personal data');
    expect(element(data.fria, 'affected_persons').text).toContain(`Data processed about them: ${nk}`);
    expect(element(data.fria, 'risks_of_harm').text).toContain(`${nk} — `);
    expect(element(data.fria, 'risks_of_harm').text).toMatch(/not sure'\) — .*special categories of personal data are processed/);
    const does = drafts({ ...BENEFITS, system_does: ['unsure'] });
    expect(element(does.dpia, 'risks_to_data_subjects').text).toMatch(/not sure'\) — .*people are evaluated or scored/);
    expect(element(does.dpia, 'risks_to_data_subjects').text).not.toMatch(/\(to assess\): people are evaluated/);
    // No "not sure" value reaches the findings.
    for (const d of [profiling, adm, data, does]) expect(`${d.fria!.findings} ${d.dpia!.findings}`).not.toMatch(/profil|solely|special categories|evaluated|not known/);
  });

  it('no answer establishes the harms, the risks to data subjects or a proportionality assessment: FRIA (d) and DPIA (b) and (c) are always to complete, their factors shown as context to assess', () => {
    const section = bundle.flow.impactAssessments!;
    for (const [d, id] of [[section.fria, 'risks_of_harm'], [section.dpia, 'necessity_proportionality'], [section.dpia, 'risks_to_data_subjects']] as const) {
      const e = d.elements.find((x) => x.id === id)!;
      expect(e.alwaysToComplete, id).toBe(true);
      expect(e.fill.every((p) => p.context), id).toBe(true);
      expect(e.finding, id).toBeUndefined();
    }
    // Whatever was committed, with the Art 13 information in hand and every DPIA criterion answered.
    const { fria, dpia } = drafts({ ...BENEFITS, gdpr_35_dpia: ['large_scale', 'vulnerable_people'] });
    expect(element(fria, 'risks_of_harm').status).toBe('toComplete');
    expect(element(dpia, 'necessity_proportionality').status).toBe('toComplete');
    expect(element(dpia, 'risks_to_data_subjects').status).toBe('toComplete');
    // A data-minimisation or environmental-cost pledge is shown, but is no proportionality assessment.
    expect(element(dpia, 'necessity_proportionality').text).toContain('Data minimisation (commitment of the team): The AI receives only the data the task needs');
    expect(element(dpia, 'necessity_proportionality').text).toContain('environmental and energy cost');
    const LABEL: Record<Lang, string> = { en: 'Factors identified by the self-assessment (to assess): ', fr: "Facteurs relevés par l'auto-évaluation (à évaluer) : ", de: 'Durch die Selbstbewertung ermittelte Faktoren (zu bewerten): ' };
    for (const lang of LANGS) {
      const d = drafts(BENEFITS, lang);
      for (const e of [element(d.fria, 'risks_of_harm'), element(d.dpia, 'risks_to_data_subjects')]) {
        expect(e.text, `${lang} ${e.id}`).toContain(LABEL[lang]);
        expect(e.text).not.toMatch(/established by the answers|établis par les réponses|Aus den Antworten ermittelte/);
      }
    }
  });

  it('human oversight (e) stays to complete when the answers established that the system alone takes the decisions, and not when that was answered "not sure"', () => {
    const yes = drafts({ ...BENEFITS, gdpr_22_adm: 'yes' });
    const e = element(yes.fria, 'human_oversight');
    expect(e.status).toBe('toComplete');
    // Both are said, as context to reconcile, neither as content.
    expect(e.text).toContain('A person checks every AI output for accuracy before it is used');
    expect(e.text).toContain('Decisions taken solely by the system (GDPR Art 22): decisions with legal or similarly significant effects are taken solely by the system');
    expect(yes.fria!.summary).toContain('(e) human oversight');
    expect(yes.fria!.findings).not.toMatch(/checks every|solely/);
    const unsure = drafts({ ...BENEFITS, gdpr_22_adm: 'unsure' });
    expect(element(unsure.fria, 'human_oversight').status).toBe('filled');
    expect(element(unsure.fria, 'human_oversight').text).toContain("Decisions taken solely by the system (GDPR Art 22): not known (answered 'not sure')");
    expect(element(drafts(BENEFITS).fria, 'human_oversight').text).not.toContain('solely');
  });

  it('the texts agree in number and use the reviewed words: the singular count in each language, the singular instructions for use, the English status and duty sentences', () => {
    const ONE: Record<Lang, string> = { fr: "1 élément sur 4 pré-rempli à partir de l'auto-évaluation ; à compléter :", de: '1 von 4 Elementen aus der Selbstbewertung vorausgefüllt; zu ergänzen:', en: '1 of 4 elements pre-filled from the self-assessment; to be completed:' };
    const SOME: Record<Lang, string> = { fr: "3 éléments sur 6 pré-remplis à partir de l'auto-évaluation ; à compléter :", de: '3 von 6 Elementen aus der Selbstbewertung vorausgefüllt; zu ergänzen:', en: '3 of 6 elements pre-filled from the self-assessment; to be completed:' };
    for (const lang of LANGS) {
      const { fria, dpia } = drafts({ ...BENEFITS, principles_checklist: ['none'] }, lang);
      expect(dpia!.summary).toContain(ONE[lang]);
      expect(fria!.summary).toContain(SOME[lang]);
      expect(dpia!.summary).not.toMatch(/\b1 éléments|\b1 élément sur \d+ pré-remplis/);
    }
    const q = flow.index.questions.get('fria_art13_information')!;
    if (q.kind === 'text') throw new Error('a choice question');
    const yes = q.options.find((o) => o.id === 'yes')!.label;
    expect(q.text.de).toContain('Liegt Ihnen die Betriebsanleitung');
    expect(yes.de).toBe('Ja, sie liegt uns vor');
    expect(q.help.fr).toContain("si vous l'avez en main");
    expect(yes.fr).toBe("Oui, nous l'avons en main");
    const { fria, dpia } = drafts({ ...BENEFITS, fria_art13_information: 'no' });
    expect(element(fria, 'human_oversight').statusLabel).toBe('To be completed');
    expect(fria!.intro).toContain("complete each element marked 'to be completed'");
    expect(dpia!.intro).toContain("complete each element marked 'to be completed'");
    expect(element(fria, 'human_oversight').text).toContain('the human oversight measures they provide for are to be incorporated once they are received (Art 13 and Art 26(1))');
    expect(element(fria, 'measures_if_risks_materialise').text).toContain('Tell the people about whom the system makes or helps make decisions that they are subject to its use (Art 26(11)).');
  });

  it('a FRIA without a DPIA does not say that none is needed: GDPR Art 35 was not triggered by the answers, and Directive (EU) 2016/680 Art 27 may require one for criminal-law purposes', () => {
    const WORDS: Record<Lang, string[]> = {
      en: ['did not trigger a data protection impact assessment under GDPR Art 35', 'competent authorities', 'Article 27 of Directive (EU) 2016/680 may require one', 'AI Act Art 27(4)'],
      fr: ["n'ont pas déclenché d'analyse d'impact relative à la protection des données au titre de l'art. 35 RGPD", 'autorités compétentes', "l'art. 27 de la directive (UE) 2016/680 peut en exiger une"],
      de: ['haben keine Datenschutz-Folgenabschätzung nach Art. 35 DSGVO ausgelöst', 'zuständigen Behörden', 'Art. 27 der Richtlinie (EU) 2016/680'],
    };
    for (const lang of LANGS) {
      const text = drafts({ ...BENEFITS, data_kinds: ['non_public'] }, lang).fria!.complements!.text;
      for (const w of WORDS[lang]) expect(text, lang).toContain(w);
      expect(text).not.toMatch(/do not call for|no data protection impact assessment is (needed|required)|n'appellent pas|keine Datenschutz-Folgenabschätzung erforderlich/);
    }
    // The sentences' references are checked like every other: the Directive is an act the checker knows.
    const source = bundle.flow.impactAssessments!.fria.complements.source!;
    expect(source).toContain('Directive (EU) 2016/680 Art 27');
    const resolve = resolverFor(loadLawTexts());
    for (const ref of source) expect(resolve(parseCitation(ref), ref), ref).toBeNull();
    expect(resolve(parseCitation('Directive (EU) 2016/680 Art 66'), 'x')).toMatch(/no Article 66/);
  });

  it('the measures if risks materialise (f) point to the internal complaint mechanisms of Art 27(1)(f) and to complaints to the market surveillance authority (Art 85), and to Art 86 for explanations only', () => {
    const CITES: Record<Lang, string[]> = {
      en: ['internal complaint mechanisms', '(Art 27(1)(f))', 'complain to the market surveillance authority (Art 85)', 'Explanations of individual decisions fall under Art 86.'],
      fr: ['mécanismes de plainte internes', '(art. 27, par. 1, point f))', "auprès de l'autorité de surveillance du marché (art. 85)", "Les explications sur une décision individuelle relèvent de l'art. 86."],
      de: ['internen Beschwerdemechanismen', '(Art. 27 Abs. 1 Buchst. f)', 'bei der Marktüberwachungsbehörde Beschwerde einzureichen (Art. 85)', 'Die Erläuterung einer Einzelentscheidung regelt Art. 86.'],
    };
    for (const lang of LANGS) {
      const f = element(drafts(BENEFITS, lang).fria, 'measures_if_risks_materialise');
      for (const c of CITES[lang]) expect(f.hint, lang).toContain(c);
      expect(f.sources.map((x) => x.ref)).toEqual(expect.arrayContaining(['AI Act Art 27(1)(f)', 'AI Act Art 85', 'AI Act Art 86']));
    }
    // Complaints are not tied to Art 86.
    expect(element(drafts(BENEFITS).fria, 'measures_if_risks_materialise').hint).not.toMatch(/complain[^.]*Art 86/);
  });

  it('is pure: the same walk gives the same drafts, and the module imports neither Hono, Preact nor Cloudflare', () => {
    const r = completeWalk(flow, BENEFITS);
    expect(JSON.stringify(buildImpactAssessments(bundle, r, 'de'))).toBe(JSON.stringify(buildImpactAssessments(bundle, r, 'de')));
    // Every module it loads, followed through relative imports, imports only the domain core's packages.
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)) {
        if (m[1]) continue;
        if (m[2]!.startsWith('.')) visit(join(dirname(file), m[2]!));
        else packages.add(m[2]!);
      }
    };
    visit(new URL('./impact-assessments.ts', import.meta.url).pathname);
    expect([...seen].map((f) => f.split('/').pop())).toEqual(expect.arrayContaining(['impact-assessments.ts', 'bundle.ts', 'citations.ts']));
    expect([...packages].filter((p) => !['zod', 'xstate'].includes(p))).toEqual([]);
  });

  it('the FRIA intro says that for the first use an earlier FRIA, or an impact assessment the provider carried out, may be relied on in similar cases (Art 27(2)), and that the Art 27(3) notification may be waived in the case of Art 46(1), in each language', () => {
    const WORDS: Record<Lang, string[]> = {
      en: ['required for the first use of the system', 'in similar cases, you may rely on a previously conducted fundamental rights impact assessment or on an existing impact assessment carried out by the provider', '(AI Act Art 27(2))', 'in the case referred to in Art 46(1)', 'by way of derogation from the conformity assessment procedure', 'deployers may be exempt from that notification'],
      fr: ['requise pour la première utilisation du système', "dans des cas similaires, vous pouvez vous appuyer sur une analyse d'impact sur les droits fondamentaux effectuée précédemment ou sur une analyse d'impact existante réalisée par le fournisseur", "(art. 27, par. 2, du règlement sur l'IA)", "dans le cas visé à l'art. 46, par. 1", "par dérogation à la procédure d'évaluation de la conformité", 'les déployeurs peuvent être exemptés de cette notification'],
      de: ['für die erste Verwendung des Systems erforderlich', 'in ähnlichen Fällen können Sie sich auf eine zuvor durchgeführte Grundrechte-Folgenabschätzung oder eine bereits vorhandene, vom Anbieter durchgeführte Folgenabschätzung stützen', '(Art. 27 Abs. 2 KI-Verordnung)', 'in dem in Art. 46 Abs. 1 genannten Fall', 'abweichend vom Konformitätsbewertungsverfahren', 'können die Betreiber von der Mitteilungspflicht befreit werden'],
    };
    for (const lang of LANGS) {
      const { fria } = drafts(BENEFITS, lang);
      for (const w of WORDS[lang]) expect(fria!.intro, lang).toContain(w);
      // In the order of the article: first use (2), notification and its waiver (3), the DPIA (4).
      const at = (w: string) => fria!.intro.indexOf(w);
      expect(at(WORDS[lang][2]!)).toBeLessThan(at(WORDS[lang][3]!));
    }
    // The waiver is stated in the words of Art 27(3) itself, which is cited; Art 46 is not shipped and not cited.
    const law = loadLawTexts();
    expect(law.aiAct.en.excerpt(parseCitation('AI Act Art 27(3)'))!.text).toContain('In the case referred to in Article 46(1), deployers may be exempt from that obligation to notify.');
    expect(law.aiAct.de.excerpt(parseCitation('AI Act Art 27(3)'))!.text).toContain('In dem in Artikel 46 Absatz 1 genannten Fall können die Betreiber von der Mitteilungspflicht befreit werden.');
    const refs = drafts(BENEFITS).fria!.sources.map((s) => s.ref);
    expect(refs).toEqual(['AI Act Art 27', 'AI Act Art 27(2)', 'AI Act Art 27(3)', 'AI Act Art 27(4)']);
  });

  it('the German draft uses the official words: the AI Office’s “Muster” (Art 27(3), (5)), “interne Unternehmensführung” for the governance line of (f), and one gender-neutral form for the persons of Annex III 5(a)', () => {
    const law = loadLawTexts();
    for (const ref of ['AI Act Art 27(3)', 'AI Act Art 27(5)']) expect(law.aiAct.de.excerpt(parseCitation(ref))!.text).toContain('Muster');
    const { fria } = drafts(BENEFITS, 'de');
    expect(fria!.intro).toContain('mit dem Muster des Büros für Künstliche Intelligenz');
    expect(fria!.intro).not.toContain('Vorlage');
    const f = element(fria, 'measures_if_risks_materialise');
    expect(f.title).toContain('Regelungen für die interne Unternehmensführung');
    expect(f.text).toContain('Interne Unternehmensführung (Zusage des Teams)');
    expect(f.text).not.toContain('Interne Verantwortung');
    const c = element(fria, 'affected_persons');
    expect(c.text).toContain('Personen, die grundlegende öffentliche Unterstützungsleistungen und -dienste, einschließlich Gesundheitsdiensten, beantragen oder erhalten');
    expect(c.text).not.toMatch(/Empfänger|Antragsteller\b/);
    // The hint, shown when (c) is to complete, lists the groups in the same form.
    const open = element(drafts({ ...BENEFITS, annex3_5_essential_services: ['unsure'] }, 'de').fria, 'affected_persons');
    expect(open.hint).toContain('(Antragstellende, Leistungsbeziehende, Beschäftigte, Kinder …)');
  });

  it('the processes (a) stay filled from the required description, and always show their hint too: what the element must describe, the deployer’s processes in which the system is used in line with its intended purpose', () => {
    const HINT: Record<Lang, string> = {
      en: "The element describes the deployer's processes in which the system is used in line with its intended purpose",
      fr: "L'élément décrit les processus du déployeur dans lesquels le système est utilisé conformément à sa destination",
      de: 'Das Element beschreibt die Verfahren des Betreibers, bei denen das System im Einklang mit seiner Zweckbestimmung verwendet wird',
    };
    for (const lang of LANGS) {
      const a = element(drafts(BENEFITS, lang).fria, 'processes');
      expect(a.status).toBe('filled');
      expect(a.hint, lang).toContain(HINT[lang]);
    }
    // The flow says so on the element, and only there: every other filled element keeps no hint.
    const fria = bundle.flow.impactAssessments!.fria;
    expect(fria.elements.filter((e) => e.hintAlways).map((e) => e.id)).toEqual(['processes']);
    expect(bundle.flow.impactAssessments!.dpia.elements.some((e) => e.hintAlways)).toBe(false);
    const { fria: draft } = drafts(BENEFITS);
    for (const e of draft!.elements) if (e.status === 'filled' && e.id !== 'processes') expect(e.hint, e.id).toBeUndefined();
    // The summary still counts (a) as filled.
    expect(draft!.summary).toMatch(/4 of 6 elements pre-filled/);
  });
});
