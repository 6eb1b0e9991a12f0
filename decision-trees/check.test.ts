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
