// Every tree and the whole flow as XState graphs: path counts asserted (a structural change is
// noticed), every path ends in the flow's final state, every question and option is reachable.
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths, getAdjacencyMap } from 'xstate/graph';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { treesAsFlow, walk } from './testing.ts';
import { countPaths, edgesOf, pathLengthSummary } from './graph.ts';
import type { CompiledFlow } from './compile.ts';
import type { Answers } from './bundle.ts';
import { evaluate } from './evaluate.ts';
import { defaultAnswer } from './scenarios.ts';

const FLOW = ['intro', 'ai-act-risk', 'hosting', 'transparency', 'guidelines'];
const BOUND = 10_000n;

/** The answers a traversal tries at a question: every option, and for multiple choices each option alone and all together. */
function answerEvents(flow: CompiledFlow) {
  return (snapshot: AnyMachineSnapshot) => {
    const q = flow.index.questions.get(snapshot.value as string);
    if (!q) return [];
    if (q.kind === 'text') return [{ type: 'ANSWER' as const, question: q.id, value: 'text' }];
    if (q.kind === 'single') return q.options.map((o) => ({ type: 'ANSWER' as const, question: q.id, value: o.id }));
    const together = q.options.filter((o) => !o.exclusive).map((o) => o.id);
    return [{ type: 'ANSWER' as const, question: q.id, value: together }, ...q.options.map((o) => ({ type: 'ANSWER' as const, question: q.id, value: [o.id] }))];
  };
}
const byNode = (s: AnyMachineSnapshot) => String(s.value);

/** Snapshots after walking answer prefixes: traversals from them reach the context-dependent questions. */
function seeds(flow: CompiledFlow, prefixes: Answers[]): AnyMachineSnapshot[] {
  return prefixes.map((answers) => {
    const r = walk(flow, answers);
    let [snap] = initialTransition(flow.machine);
    for (const step of r.path) [snap] = transition(flow.machine, snap, { type: 'ANSWER', question: step.id, value: step.answer });
    return snap as AnyMachineSnapshot;
  });
}

/** Answers that open the context-dependent parts of the AI Act tree (every screen and every Annex III area; a deployer of a high-risk system; a minimal-risk system). */
const OPEN_ALL = { def_ai_system: 'infers', scope_exclusions: ['none'], role_in_system: ['uses_provided'], system_does: ['generates_text', 'generates_media', 'interacts', 'evaluates_people', 'biometrics', 'product_safety', 'critical_infrastructure', 'influence_votes'] };
const AI_SEEDS: Answers[] = [
  { ...OPEN_ALL, art5_1_a_b_manipulation: 'no', art5_1_c_d_scoring_crime_risk: ['none'], art5_1_e_face_scraping: 'no', art5_1_f_emotions: 'no', art5_1_g_biometric_categorisation: 'no', art5_1_h_remote_identification: 'no', art5_intimate_imagery_csam: 'no', annex1_product: 'none', annex3_areas: ['unsure'] },
  { def_ai_system: 'infers', scope_exclusions: ['none'], role_in_system: ['uses_provided'], system_does: ['evaluates_people'], art5_1_a_b_manipulation: 'no', art5_1_c_d_scoring_crime_risk: ['none'], annex3_areas: ['essential_services'], annex3_5_essential_services: ['annex3_5_a_public_benefits'], art6_3_profiling: 'yes' },
  { def_ai_system: 'infers', scope_exclusions: ['none'], role_in_system: ['builds_own_use'], system_does: ['generates_text', 'interacts'], art5_1_a_b_manipulation: 'no' },
  { def_ai_system: 'fixed_rules', data_kinds: ['personal'] },
  { def_ai_system: 'infers', scope_exclusions: ['none'], role_in_system: ['builds_for_others'], system_does: ['none'], art5_1_a_b_manipulation: 'no' },
];

/**
 * Structural path counts and lengths: asserted so that a change to a tree's shape is noticed. 1.2.0: the
 * FRIA route before the outcome routing (route_fria: straight on, or the period text and the three Art 13
 * answers) multiplies every path through it by 4; only exclusively military use goes round it (AI Act tree
 * 108,668,132,502,356 -> 434,672,529,995,768; flow 81,501,099,373,374,030 -> 326,004,397,493,433,030).
 */
const EXPECTED: Record<string, { paths: string; median: number; longest: number }> = {
  intro: { paths: '1', median: 3, longest: 3 },
  hosting: { paths: '15', median: 1, longest: 2 },
  transparency: { paths: '25', median: 1, longest: 2 },
  guidelines: { paths: '2', median: 0, longest: 1 },
  'ai-act-risk': { paths: '434672529995768', median: 31, longest: 41 },
  flow: { paths: '326004397493433030', median: 37, longest: 49 },
};

describe('path counts and lengths', () => {
  for (const id of [...FLOW.filter((t) => t !== 'intro'), 'intro', 'flow']) {
    it(`${id}: the number and lengths of structural paths are the expected ones`, () => {
      const flow = treesAsFlow(id === 'flow' ? FLOW : [id]);
      const start = flow.index.bundle.trees[0]!.start;
      const s = pathLengthSummary(flow.index, start);
      // Two computations: one count per edge taken, and the sum of the length distribution.
      expect(String(countPaths(flow.index, start))).toBe(String(s.paths));
      expect({ paths: String(s.paths), median: s.median, longest: s.longest }).toEqual(EXPECTED[id]);
    });
  }
});

/** Complete simple paths xstate/graph finds with the answer events above (multiple choices answered one option at a time and all together). */
// The transparency tree reads the AI Act tree's facts: it is covered by the whole-flow traversal below.
const SIMPLE_COMPLETE: Record<string, number> = { intro: 1, hosting: 19, guidelines: 9 };

describe('trees under the bound: every simple path, with xstate/graph', () => {
  for (const id of Object.keys(SIMPLE_COMPLETE)) {
    it(`${id}: every complete path ends in the final state and every question is on one`, () => {
      const flow = treesAsFlow([id]);
      expect(countPaths(flow.index, flow.index.bundle.trees[0]!.start)).toBeLessThanOrEqual(BOUND);
      const paths = getSimplePaths(flow.machine, { events: answerEvents(flow), serializeState: byNode } as never);
      const complete = paths.filter((p) => p.state.status === 'done');
      // A path stops either at the final state or at a question (a prefix of a longer path): never elsewhere.
      for (const p of paths) expect(p.state.status === 'done' || flow.index.questions.has(String(p.state.value))).toBe(true);
      const onPaths = new Set(paths.flatMap((p) => p.steps.map((s) => String(s.state.value))));
      for (const q of flow.index.questions.keys()) expect(onPaths.has(q)).toBe(true);
      expect(complete.length).toBe(SIMPLE_COMPLETE[id]);
    });
  }
});

describe('the AI Act tree and the whole flow: one path to every state, every option taken', () => {
  for (const id of ['ai-act-risk', 'flow']) {
    it(`${id}: every question is reached, every option leads on, and every state can still reach the end`, () => {
      const flow = treesAsFlow(id === 'flow' ? FLOW : ['ai-act-risk']);
      const prefix: Answers = id === 'flow' ? { intro_title: 'x', intro_organisation: 'x', intro_description: 'x', hosting_service: 'not_decided' } : {};
      const starts = [undefined, ...seeds(flow, AI_SEEDS.map((s) => ({ ...prefix, ...s })))];
      const reached = new Map<string, AnyMachineSnapshot>();
      const taken = new Set<string>();
      for (const fromState of starts) {
        const options = { events: answerEvents(flow), serializeState: byNode, ...(fromState ? { fromState } : {}) } as never;
        for (const p of getShortestPaths(flow.machine, options)) if (!reached.has(String(p.state.value))) reached.set(String(p.state.value), p.state);
        const adjacency = getAdjacencyMap(flow.machine, options) as Record<string, { state: AnyMachineSnapshot; transitions: Record<string, { event: { question: string; value: unknown }; state: AnyMachineSnapshot }> }>;
        for (const node of Object.values(adjacency)) {
          for (const t of Object.values(node.transitions)) {
            if (t.state.value !== node.state.value || t.state.status === 'done') {
              const values = Array.isArray(t.event.value) ? t.event.value : [t.event.value];
              for (const v of values) taken.add(`${t.event.question}=${v}`);
            }
          }
        }
      }
      const questions = [...flow.index.questions.values()];
      expect(questions.filter((q) => !reached.has(q.id)).map((q) => q.id)).toEqual([]);
      const untaken = questions.flatMap((q) => (q.kind === 'text' ? [] : q.options.map((o) => `${q.id}=${o.id}`))).filter((k) => !taken.has(k));
      expect(untaken).toEqual([]);
      // From every reached state, answering "no" (or the first option) reaches the end of the flow.
      for (const snap of reached.values()) {
        if (snap.status === 'done') continue;
        const answers: Answers = { ...(snap.context as { answers: Answers }).answers };
        let r = evaluate(flow, answers, { lang: 'en', date: '2026-11-28' });
        for (let i = 0; i < 200 && r.ok && !r.complete; i++) {
          const q = r.next!;
          answers[q.id] = defaultAnswer(q);
          r = evaluate(flow, answers, { lang: 'en', date: '2026-11-28' });
        }
        expect(r.ok && r.complete).toBe(true);
      }
    });
  }
});

describe('the FRIA questions sit on every way to an outcome that can require the FRIA', () => {
  it('every structural path that goes round the FRIA route establishes neither an Annex III high-risk use nor a deployer, save the paths to the prohibited outcome, which the condition excludes', () => {
    const flow = treesAsFlow(['ai-act-risk']);
    const { index } = flow;
    const tree = index.bundle.trees[0]!;
    const around = (id: string) => id !== 'route_fria';
    // Nodes reached from the start without the FRIA route ...
    const reached = new Set<string>();
    for (const todo = [tree.start]; todo.length; ) {
      const id = todo.pop()!;
      if (reached.has(id) || !around(id) || !index.nodes.has(id)) continue;
      reached.add(id);
      todo.push(...edgesOf(index.nodes.get(id)!, index).map((e) => e.to));
    }
    // ... that lead on, still without it, to an outcome other than the prohibited one.
    const leadsOn = new Set(tree.nodes.filter((n) => n.kind === 'outcome' && n.id !== 'out_prohibited').map((n) => n.id));
    for (let grew = true; grew; ) {
      grew = false;
      for (const n of tree.nodes) {
        if (leadsOn.has(n.id) || !around(n.id) || n.kind === 'outcome') continue;
        if (edgesOf(n, index).some((e) => leadsOn.has(e.to))) grew = leadsOn.add(n.id) !== undefined;
      }
    }
    const bypass = [...reached].filter((id) => leadsOn.has(id));
    expect(bypass).toContain('route_scope'); // exclusively military use goes straight to the outcome
    const setsFriaFacts = bypass.filter((id) => {
      const n = index.nodes.get(id)!;
      const effects = n.kind === 'single' || n.kind === 'multiple' ? n.options : n.kind === 'outcome' ? [n] : [];
      return effects.some((e) => e.facts?.includes('high_risk_annex_iii') || e.facts?.includes('annex3_non_point_2') || e.roles?.includes('deployer'));
    });
    expect(setsFriaFacts).toEqual([]);
    // The ways into the outcome routing: the FRIA route, the last FRIA question, and exclusively military use.
    const into = tree.nodes.filter((n) => edgesOf(n, index).some((e) => e.to === 'route_outcome')).map((n) => n.id);
    expect(into.sort()).toEqual(['fria_art13_information', 'route_fria', 'route_scope']);
  });
});
