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
import { buildImpactAssessments, type ImpactAssessmentDraft } from './impact-assessments.ts';
import { ImpactAssessmentDraftsSchema } from './view-schemas.ts';
import { LANGS, type Lang } from './schema.ts';
import { loadLawTexts } from './law/texts.ts';
import { parseCitation } from './citations.ts';
import type { Answers } from './bundle.ts';

const bundle = loadAll().bundles.find((b) => b.flow.id === 'assessment')!;
const flow = compileFlow(bundle);

const PERIOD = 'From March 2027, every working day, about 200 files a week';
const DESCRIPTION = 'Checks applications for the cost-of-living allowance and proposes a decision to the case officer.';
/** A ministry deploying a benefits-eligibility assistant (Annex III 5(a), profiling): FRIA and DPIA. */
const BENEFITS: Answers = {
  intro_description: DESCRIPTION,
  system_does: ['evaluates_people'],
  annex3_areas: ['essential_services'],
  annex3_5_essential_services: ['annex3_5_a_public_benefits'],
  art6_3_profiling: 'yes',
  data_kinds: ['personal'],
  hosting_service: 'dedicated_application',
  fria_period_frequency: PERIOD,
  fria_art13_information: 'yes',
};

function drafts(answers: Answers, lang: Lang = 'en') {
  const r = completeWalk(flow, answers, { lang });
  return { ...buildImpactAssessments(bundle, r, lang), result: r.result! };
}
const statuses = (d: { elements: { point: string; status: string }[] } | null) => Object.fromEntries((d?.elements ?? []).map((e) => [e.point, e.status]));
const element = (d: ImpactAssessmentDraft | null, id: string) => d!.elements.find((e) => e.id === id)!;

describe('impact-assessment drafts', () => {
  it('a ministry deploying a high-risk Annex III system gets a FRIA with the six elements (a)-(f) and a DPIA outline with the four (a)-(d), filled from the answers but for the complaint mechanisms of (f)', () => {
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
    // (f) stays to complete whatever was committed: no answer says how complaints are handled.
    expect(statuses(fria)).toEqual({ a: 'filled', b: 'filled', c: 'filled', d: 'filled', e: 'filled', f: 'toComplete' });
    expect(statuses(dpia)).toEqual({ a: 'filled', b: 'filled', c: 'filled', d: 'filled' });
    const f = element(fria, 'measures_if_risks_materialise');
    expect(f).toMatchObject({ statusLabel: 'To complete', hint: expect.stringContaining('how the people affected can complain') });
    for (const e of [...fria!.elements.filter((x) => x !== f), ...dpia!.elements]) {
      expect(e.statusLabel).toBe('Filled');
      expect(e.hint).toBeUndefined();
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
    expect(statuses(fria)).toEqual({ a: 'filled', b: 'filled', c: 'filled', d: 'filled', e: 'toComplete', f: 'toComplete' });
    expect(statuses(dpia)).toEqual({ a: 'filled', b: 'toComplete', c: 'filled', d: 'toComplete' });
    const oversight = element(fria, 'human_oversight');
    expect(oversight.statusLabel).toBe('To complete');
    expect(oversight.hint).toMatch(/^Name who oversees the system/);
    // What the law requires is still said, as context.
    expect(oversight.text).toContain('Assign human oversight to natural persons');
    expect(element(dpia, 'necessity_proportionality').text).toContain('Legal basis:');
    expect(fria!.summary).toContain('4 of 6 elements pre-filled from the self-assessment; to complete: (e) human oversight; (f) measures if the risks materialise.');
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
      expect(fria!.summary).toMatch(/to complete: \(d\) risks of harm; \(e\) human oversight; \(f\) measures if the risks materialise\./);
    }
  });

  it('the two drafts point to each other: the FRIA complements the DPIA (AI Act Art 27(4))', () => {
    const { fria, dpia } = drafts(BENEFITS);
    expect(fria!.complements).toEqual({ kind: 'dpia', required: true, text: expect.stringContaining('complements it') });
    expect(dpia!.complements).toEqual({ kind: 'fria', required: true, text: expect.stringContaining('it complements this data protection impact assessment') });
    expect(fria!.intro).toMatch(/market surveillance authority on the AI Office's template \(AI Act Art 27\(3\)\)/);
    expect(fria!.intro).toContain('Art 27(4)');
    expect(fria!.sources.map((s) => s.ref)).toEqual(expect.arrayContaining(['AI Act Art 27(3)', 'AI Act Art 27(4)']));
  });

  it('the summary says which elements are filled and states the main findings, for the EU database and the register', () => {
    const { fria, dpia } = drafts(BENEFITS);
    expect(fria!.summary).toBe(
      'Fundamental rights impact assessment: 5 of 6 elements pre-filled from the self-assessment; to complete: (f) measures if the risks materialise. Main findings: people likely to be affected: applicants for and recipients of essential public assistance benefits and services, including healthcare; risk factors: the system profiles people (automated evaluation of personal aspects such as work, economic situation, health, reliability or behaviour).',
    );
    expect(dpia!.summary).toMatch(/^Data protection impact assessment: all 4 elements are pre-filled .* Main findings: risk factors: people are evaluated or scored; the system profiles people/);
  });

  it('a FRIA without a DPIA says that none is called for; a DPIA without a FRIA has no link to one', () => {
    // A system that evaluates people but answered as processing no personal data: FRIA, no DPIA (and a flag).
    const noDpia = drafts({ ...BENEFITS, data_kinds: ['non_public'] });
    expect(noDpia.dpia).toBeNull();
    expect(noDpia.fria!.complements).toEqual({ kind: 'dpia', required: false, text: expect.stringContaining('do not call for a data protection impact assessment') });
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
      expect(risks.statusLabel).toBe({ fr: 'À compléter', de: 'Zu ergänzen', en: 'To complete' }[lang]);
      expect(risks.sources[0]!.label).toBe({ fr: 'Règlement IA, art. 27, par. 1, point d)', de: 'KI-VO Art. 27 Abs. 1 Buchst. d', en: 'AI Act Art 27(1)(d)' }[lang]);
      expect(risks.text).toContain({ fr: "notice d'utilisation", de: 'Betriebsanleitung', en: 'instructions for use' }[lang]);
      // French typography: a space before the colon and the semicolon.
      if (lang === 'fr') expect(element(fria, 'affected_persons').text).toMatch(/^Personnes concernées par l'usage \(annexe III\) : les demandeurs/);
    }
    expect(new Set(titles.values()).size).toBe(3);
    expect(titles.get('fr')).toContain("analyse d'impact des systèmes d'IA à haut risque sur les droits fondamentaux");
    expect(titles.get('de')).toContain('Grundrechte-Folgenabschätzung für Hochrisiko-KI-Systeme');
  });

  it('the FRIA elements are titled in the words of Art 27(1)(a)-(f) in each language, as the official text has them', () => {
    const law = loadLawTexts();
    const norm = (x: string) => x.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
    const pattern = (w: string) => new RegExp(norm(w).split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\p{L}*'), 'u');
    const WORDS: Record<string, Record<Lang, string[]>> = {
      a: { en: ['processes', 'intended purpose'], fr: ['processus', 'destination'], de: ['Verfahren', 'Zweckbestimmung'] },
      b: { en: ['period of time', 'frequency'], fr: ['période', 'fréquence'], de: ['Zeitraum', 'Häufigkeit'] },
      c: { en: ['categories of natural persons', 'groups', 'likely to be affected', 'specific context'], fr: ['catégories de personnes physiques', 'groupes', "susceptibles d'être concernés", 'contexte spécifique'], de: ['Kategorien', 'natürliche* Personen', 'Personengruppen', 'spezifischen Kontext'] },
      d: { en: ['specific risks of harm', 'provider', 'Article 13'], fr: ['risques spécifiques de préjudice', 'fournisseur', 'article 13'], de: ['spezifische* Schadensrisiken', 'Anbieter', 'Artikel 13'] },
      e: { en: ['human oversight measures', 'instructions for use'], fr: ['mesures de contrôle humain', "notice d'utilisation"], de: ['Maßnahmen der menschlichen Aufsicht', 'Betriebsanleitung*'] },
      f: { en: ['measures to be taken', 'internal governance', 'complaint mechanisms'], fr: ['mesures à prendre', 'matérialisation', 'gouvernance interne', 'mécanismes de plainte'], de: ['Eintretens dieser Risiken', 'interne Unternehmensführung', 'Beschwerdemechanismen'] },
    };
    for (const lang of LANGS) {
      const { fria } = drafts(BENEFITS, lang);
      for (const e of fria!.elements) {
        const official = norm(law.aiAct[lang].excerpt(parseCitation(`AI Act Art 27(1)(${e.point})`))!.text);
        for (const w of WORDS[e.point]![lang]) {
          expect(official, `${lang} Art 27(1)(${e.point})`).toMatch(pattern(w));
          expect(norm(e.title), `${lang} title of (${e.point})`).toMatch(pattern(w));
        }
      }
    }
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
});
