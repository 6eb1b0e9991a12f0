import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse, stringify } from 'yaml';
import { checkFlow, formatProblem, parseTree, type CheckRule } from './check.ts';
import { loadAll, contentHash } from './load.ts';
import type { Tree } from './schema.ts';
import type { FlowBundle } from './bundle.ts';
import { loadLawTexts, resolverFor } from './law/texts.ts';

const SAMPLE = new URL('./fixtures/sample/', import.meta.url).pathname;
const base = loadAll(SAMPLE).bundles[0]!;
const files = { 'sample-risk': 'trees/sample-risk.yaml', 'sample-followup': 'trees/sample-followup.yaml' };
const rawRisk = parse(readFileSync(join(SAMPLE, 'trees/sample-risk.yaml'), 'utf8'));

/** The sample flow with its first tree changed by `mutate` (a broken fixture). */
function broken(mutate: (t: Tree) => void): FlowBundle {
  const trees = structuredClone(base.trees);
  mutate(trees[0]!);
  const b = { ...base, trees };
  return { ...b, hash: contentHash(b) };
}
const node = (t: Tree, id: string) => t.nodes.find((n) => n.id === id) as never as Record<string, unknown> & { options: Record<string, unknown>[] };
const rulesOf = (b: FlowBundle) => checkFlow(b, files);

describe('the checker', () => {
  it('accepts the sample flow', () => {
    expect(rulesOf(base)).toEqual([]);
  });

  const cases: [CheckRule, string, (t: Tree) => void][] = [
    ['dangling_target', 'uses_ai', (t) => void (node(t, 'uses_ai').options[0]!.next = 'nowhere')],
    ['unreachable_node', 'orphan', (t) => void t.nodes.push({ id: 'orphan', kind: 'outcome', conclusion: 'none', source: ['x §1'] })],
    ['dead_end', 'uses_ai', (t) => void delete node(t, 'uses_ai').options[1]!.next],
    ['cycle', 'title', (t) => void (node(t, 'areas').next = 'title')],
    ['duplicate_id', 'areas', (t) => void t.nodes.push({ ...structuredClone(t.nodes[2]!) })],
    ['undefined_block', 'uses_ai', (t) => void (node(t, 'uses_ai').options[0]!.duties = ['no_such_duty'])],
    ['undefined_block', 'out_high', (t) => void (node(t, 'out_high').conclusion = 'no_such_conclusion')],
    ['no_default_route', 'route_risk', (t) => void ((node(t, 'route_risk').next as { when?: unknown }[])[1]!.when = { type: 'fact', params: { fact: 'x' } })],
    ['missing_unsure', 'uses_ai', (t) => void node(t, 'uses_ai').options.pop()],
    ['citation', 'uses_ai', (t) => void (node(t, 'uses_ai').source = ['AI Act Article five'])],
    ['citation', 'areas', (t) => void (node(t, 'areas').options[0]!.basis = ['Lignes directrices IA, §4 Transparence'])],
    ['duty_kind', 'sample_literacy', (t) => void (t.duties!.sample_literacy!.source = ['Guidelines §4 Transparence'])],
    ['duty_kind', 'sample_deployer_duty', (t) => void ((t.duties!.sample_deployer_duty as { kind: string }).kind = 'obligation', (t.duties!.sample_deployer_duty!.source = ['Guidelines §1']))],
    ['undefined_condition', 'route_risk', (t) => void ((node(t, 'route_risk').next as { when?: unknown }[])[0]!.when = { type: 'is', params: { condition: 'no_such_condition' } })],
    ['authoring_note', 'uses_ai', (t) => void ((node(t, 'uses_ai') as unknown as { help: { en: string } }).help.en = 'Help [unverified].')],
    ['self_reference', 'areas', (t) => void (node(t, 'areas').next = [{ when: { type: 'fact', params: { fact: 'area_jobs' } }, to: 'out_high' }, { to: 'route_risk' }])],
    ['uncovered', 'sample_deployer_duty', (t) => void (t.actions = { train: { title: { fr: 'F', de: 'D', en: 'E' }, owner: 'project_lead', due: 'before_first_use', rank: 1, covers: { duties: ['sample_literacy'] } } })],
    ['undefined_block', 'sample_literacy', (t) => void (t.duties!.sample_literacy!.amendments = ['no_such_amendment'])],
  ];
  for (const [rule, at, mutate] of cases) {
    it(`refuses a tree with a ${rule.replace(/_/g, ' ')} and names the file, node and rule`, () => {
      const problems = rulesOf(broken(mutate));
      expect(problems.length).toBeGreaterThan(0);
      expect(problems).toContainEqual(expect.objectContaining({ rule, node: at, file: 'trees/sample-risk.yaml' }));
      expect(formatProblem(problems.find((p) => p.rule === rule)!)).toContain(`trees/sample-risk.yaml [${at}]: ${rule}`);
    });
  }

  it('refuses, with file, node and reason, references that do not exist in the shipped texts', () => {
    const resolve = resolverFor(loadLawTexts());
    const bad: [string, RegExp][] = [
      ['AI Act Art 26(13)', /Article 26 has no paragraph 13/],
      ['AI Act Art 5(1)(i)', /Article 5\(1\) has no point \(i\)/],
      ['AI Act Art 5(1)(h)(iv)', /has no point \(iv\)/],
      ['AI Act Art 6(3) fourth subparagraph', /3 subparagraph\(s\), not 4/],
      ['AI Act Art 114', /no Article 114/],
      ['AI Act Arts 9-120', /no Article 120/],
      ['AI Act Art 17(1)', /text of Article 17 is not shipped/],
      ['AI Act Annex III 9', /Annex III has no point 9/],
      ['AI Act Annex III 5(e)', /Annex III point 5 has no point \(e\)/],
      ['AI Act Annex XIV', /no Annex XIV/],
      ['AI Act Annex II Section A', /Annex II has no Section A/],
      ['AI Act Recital 181', /no recital 181/],
      ['AI Act Recital 40', /recital 40 is not in the shipped text/],
      ['Guidelines §4 Sécurité', /section 4 has no part "Sécurité"/],
      ['Guidelines §9', /no section 9/],
      ['GDPR Art 100', /has no Article 100/],
      ['Directive (EU) 2016/680 Art 66', /has no Article 66/],
    ];
    for (const [ref, why] of bad) {
      const problems = checkFlow(broken((t) => void (node(t, 'uses_ai').source = [ref])), files, resolve);
      expect(problems, ref).toEqual([expect.objectContaining({ file: 'trees/sample-risk.yaml', node: 'uses_ai', rule: 'unresolved_citation', message: expect.stringMatching(why) })]);
    }
    for (const ok of ['AI Act Art 5(1)(h)(iii)', 'AI Act Art 6(3) third subparagraph', 'AI Act Art 3(63)', 'AI Act Annex I Section B', 'AI Act Annex III 1(a)', 'Guidelines §4 Vie privée', 'GDPR Art 99'])
      expect(checkFlow(broken((t) => void (node(t, 'uses_ai').source = [ok])), files, resolve), ok).toEqual([]);
  });

  it('refuses a node without a source, naming the node', () => {
    const raw = structuredClone(rawRisk);
    delete raw.nodes[1].source;
    const { problems } = parseTree(raw, 'trees/sample-risk.yaml');
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'missing_source', node: 'uses_ai' }));
  });

  it('refuses a missing translation, naming the node and the language', () => {
    const raw = structuredClone(rawRisk);
    delete raw.nodes[1].help.de;
    const { problems } = parseTree(raw, 'trees/sample-risk.yaml');
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'missing_translation', node: 'uses_ai' }));
    expect(problems[0]!.message).toContain('help.de');
  });

  it('refuses a migration that sets an option the new version does not offer, and a register field that reads no question', () => {
    const b = { ...base, flow: { ...base.flow, migrations: [{ from: '0.9.0', rules: [{ question: 'uses_ai', option: 'maybe', when: { type: 'answered' as const, params: { questions: ['old'] } } }] }], register: { ...base.flow.register!, fields: [{ id: 'name', label: { fr: 'N', de: 'N', en: 'N' }, source: { from: 'answer' as const, question: 'no_such_question' } }] } } };
    const problems = rulesOf({ ...b, hash: contentHash(b) });
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'migration', node: 'uses_ai' }));
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'register', node: 'name' }));
  });

  it('refuses an answer condition on a text question or on an option the question does not offer', () => {
    const onText = broken((t) => {
      (node(t, 'route_risk') as unknown as { next: unknown[] }).next.unshift({ when: { type: 'answer', params: { question: 'title', option: 'Secret project' } }, to: 'out_high' });
    });
    expect(rulesOf(onText)).toContainEqual(expect.objectContaining({ rule: 'answer_condition', node: 'title' }));
    const noOption = broken((t) => {
      (node(t, 'route_risk') as unknown as { next: unknown[] }).next.unshift({ when: { type: 'answer', params: { question: 'uses_ai', option: 'maybe' } }, to: 'out_high' });
    });
    expect(rulesOf(noOption)).toContainEqual(expect.objectContaining({ rule: 'answer_condition', node: 'uses_ai' }));
  });

  it('refuses a flow without a vocabulary', () => {
    const b = { ...base, flow: { ...base.flow, vocabulary: undefined } };
    expect(rulesOf({ ...b, hash: contentHash(b) })).toContainEqual(expect.objectContaining({ rule: 'vocabulary' }));
  });

  it('refuses a condition written as an expression string', () => {
    const raw = structuredClone(rawRisk);
    raw.nodes[3].next[0].when = 'facts.includes("area_jobs")';
    expect(parseTree(raw, 'trees/sample-risk.yaml').problems.length).toBeGreaterThan(0);
  });

  it('makes the build fail on a broken tree, printing the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trees-'));
    cpSync(SAMPLE, dir, { recursive: true });
    const raw = structuredClone(rawRisk);
    raw.nodes[1].options[0].next = 'nowhere';
    writeFileSync(join(dir, 'trees/sample-risk.yaml'), stringify(raw));
    const build = (root: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', new URL('./build.ts', import.meta.url).pathname, '--root', root, '--check-only'], { encoding: 'utf8' });
    const bad = build(dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('trees/sample-risk.yaml [uses_ai]: dangling_target');
    expect(build(SAMPLE).status).toBe(0);
  });
});

describe('the checker on the impact-assessment drafts of the flow', () => {
  const real = loadAll();
  const assessment = real.bundles.find((b) => b.flow.id === 'assessment')!;
  const resolve = resolverFor(loadLawTexts());
  /** The real flow with its drafts changed by `mutate` (a broken copy). */
  const withDrafts = (mutate: (section: NonNullable<FlowBundle['flow']['impactAssessments']>) => void): FlowBundle => {
    const flow = structuredClone(assessment.flow);
    mutate(flow.impactAssessments!);
    const b = { ...assessment, flow };
    return { ...b, hash: contentHash(b) };
  };
  const problemsOf = (b: FlowBundle) => checkFlow(b, real.files, resolve);
  const element = (s: NonNullable<FlowBundle['flow']['impactAssessments']>, id: string) => [...s.fria.elements, ...s.dpia.elements].find((e) => e.id === id)!;

  it('accepts the drafts of the current flow', () => {
    expect(problemsOf(assessment)).toEqual([]);
  });

  it('refuses a draft element citing a source that does not parse or does not exist in the shipped text, naming the element', () => {
    const unknown = problemsOf(withDrafts((s) => void (element(s, 'risks_of_harm').source = ['AI Act Article twenty-seven'])));
    expect(unknown).toContainEqual(expect.objectContaining({ file: 'flows/assessment.yaml', node: 'risks_of_harm', rule: 'citation' }));
    const missing = problemsOf(withDrafts((s) => void (element(s, 'period_frequency').source = ['AI Act Art 27(1)(g)'])));
    expect(missing).toContainEqual(expect.objectContaining({ node: 'period_frequency', rule: 'unresolved_citation', message: expect.stringContaining('has no point (g)') }));
    const draft = problemsOf(withDrafts((s) => void (s.dpia.source = ['GDPR Art 120'])));
    expect(draft).toContainEqual(expect.objectContaining({ node: 'dpia', rule: 'unresolved_citation' }));
  });

  it('refuses a draft element missing a translation, naming the element and the language', () => {
    const b = withDrafts((s) => void delete (element(s, 'human_oversight').hint as { de?: string }).de);
    expect(problemsOf(b)).toContainEqual(expect.objectContaining({ node: 'human_oversight', rule: 'missing_translation', message: 'hint: no de text' }));
    const label = withDrafts((s) => void (((element(s, 'processes').fill[1]!.label as { fr: string }).fr = ' ')));
    expect(problemsOf(label)).toContainEqual(expect.objectContaining({ node: 'processes', rule: 'missing_translation', message: expect.stringContaining('label: no fr text') }));
    const words = withDrafts((s) => void delete (s.toComplete as { en?: string }).en);
    expect(problemsOf(words)).toContainEqual(expect.objectContaining({ rule: 'missing_translation', message: 'toComplete: no en text' }));
  });

  it('refuses, in the flow file itself, a draft element missing a translation (the build names file, element and rule)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flow-'));
    for (const part of ['trees', 'flows', 'catalogue', 'law']) cpSync(new URL(`./${part}/`, import.meta.url).pathname, join(dir, part), { recursive: true, filter: (f) => !f.endsWith('.ts') && !f.includes('/texts') });
    const raw = parse(readFileSync(join(dir, 'flows/assessment.yaml'), 'utf8'));
    delete raw.impactAssessments.fria.elements[2].title.de;
    writeFileSync(join(dir, 'flows/assessment.yaml'), stringify(raw));
    const loaded = loadAll(dir);
    expect(loaded.problems).toContainEqual(expect.objectContaining({ file: 'flows/assessment.yaml', node: 'affected_persons', rule: 'missing_translation', message: expect.stringContaining('impactAssessments.fria.elements.2.title.de') }));
  });

  it('refuses a draft reading a question, option, duty, commitment, flag or fact the flow does not have, or elements out of the provision’s order', () => {
    const cases: [string, (s: NonNullable<FlowBundle['flow']['impactAssessments']>) => void, RegExp][] = [
      ['period_frequency', (s) => void (element(s, 'period_frequency').fill = [{ from: 'answer', question: 'no_such_question' }]), /question "no_such_question", which does not exist/],
      ['period_frequency', (s) => void (element(s, 'period_frequency').fill = [{ from: 'answer', question: 'fria_art13_information' }]), /not a text question/],
      ['risks_of_harm', (s) => void element(s, 'risks_of_harm').fill.push({ from: 'byAnswer', question: 'fria_art13_information', texts: { maybe: { fr: 'F', de: 'D', en: 'E' } } }), /option "maybe"/],
      ['human_oversight', (s) => void element(s, 'human_oversight').fill.push({ from: 'commitments', commitments: ['no_such_commitment'] }), /commitment "no_such_commitment"/],
      ['measures_if_risks_materialise', (s) => void element(s, 'measures_if_risks_materialise').fill.push({ from: 'duties', duties: ['no_such_duty'] }), /duty "no_such_duty"/],
      ['risks_of_harm', (s) => void element(s, 'risks_of_harm').fill.push({ from: 'flags', flags: ['no_such_flag'] }), /flag "no_such_flag"/],
      ['risks_of_harm', (s) => void element(s, 'risks_of_harm').fill.push({ from: 'facts', texts: { no_such_fact: { fr: 'F', de: 'D', en: 'E' } } }), /fact "no_such_fact", which no option, outcome or rule establishes/],
      ['period_frequency', (s) => void (element(s, 'period_frequency').point = 'c'), /answers point \(c\).*this one is \(b\)/],
      ['period_frequency', (s) => void (element(s, 'period_frequency').fill = [{ from: 'answer', question: 'fria_period_frequency', context: true }]), /every part is context/],
      ['period_frequency', (s) => void (element(s, 'period_frequency').alwaysToComplete = true), /alwaysToComplete, yet a part that is not context could fill it/],
      ['fria', (s) => void (s.fria.duty = 'no_such_duty'), /required by duty "no_such_duty"/],
      ['dpia', (s) => void (s.dpia.summary.counts.one.de = 'Zusammenfassung'), /summary counts \(one\): the de template lacks \{filled\}/],
      ['risks_of_harm', (s) => void (element(s, 'risks_of_harm').finding = { fr: 'F {values}', de: 'D {values}', en: 'E {values}' }), /alwaysToComplete, yet it has a finding/],
      ['risks_of_harm', (s) => void (element(s, 'risks_of_harm').hintAlways = true), /alwaysToComplete and hintAlways/],
      ['affected_persons', (s) => void element(s, 'affected_persons').fill.push({ from: 'byAnswer', question: 'annex3_5_essential_services', texts: { unsure: { fr: 'F', de: 'D', en: 'E' } } }), /sentence for "unsure" outside context/],
      ['processes', (s) => void element(s, 'processes').fill.push({ from: 'byAnswer', question: 'annex3_8_a_justice', texts: {}, complete: ['unsure'] }), /lets "unsure" complete the element/],
      ['human_oversight', (s) => void element(s, 'human_oversight').fill.push({ from: 'facts', holdsBack: true, texts: { profiling: { fr: 'F', de: 'D', en: 'E' } } }), /holds the element back, so it is context/],
    ];
    for (const [node, mutate, message] of cases) {
      expect(problemsOf(withDrafts(mutate)), String(message)).toContainEqual(expect.objectContaining({ file: 'flows/assessment.yaml', node, rule: 'impact_assessment', message: expect.stringMatching(message) }));
    }
  });
});
