// Flow bundle -> XState v5 machine. Questions are states, answers are ANSWER events,
// branches are eventless (`always`) transitions, outcomes apply their effects and lead to the next tree.
import { and, assign, not, or, setup, type AnyStateMachine } from 'xstate';
import type { Condition, Effects, Next, Node, Role, RiskClass } from './schema.ts';
import { holds, type Established } from './conditions.ts';
import { indexFlow, type AnswerValue, type FlowBundle, type FlowIndex } from './bundle.ts';

export interface WalkContext extends Established {
  duties: string[];
  flags: string[];
  commitments: string[];
  openPoints: string[];
  basis: string[];
  /** Outcome node reached in each tree, by tree id. */
  outcomes: Record<string, string>;
  /** What decided the result, as `question/option` or `outcome` keys of blocks carrying a `reason`. */
  reasons: string[];
  riskClass?: RiskClass;
}

export type AnswerEvent = { type: 'ANSWER'; question: string; value: AnswerValue };

export const FINAL_STATE = 'flow_complete';

export function emptyContext(): WalkContext {
  return { answers: {}, facts: [], roles: [], duties: [], flags: [], commitments: [], openPoints: [], basis: [], outcomes: {}, reasons: [] };
}

function addAll<T>(list: T[], items: readonly T[] | undefined): T[] {
  if (!items?.length) return list;
  const out = list.slice();
  for (const item of items) if (!out.includes(item)) out.push(item);
  return out;
}

/** Adds what an option, outcome or rule establishes; the pure core of every assign. */
export function applyEffects(ctx: WalkContext, e: Effects): WalkContext {
  return {
    ...ctx,
    facts: addAll(ctx.facts, e.facts),
    roles: addAll<Role>(ctx.roles, e.roles),
    basis: addAll(ctx.basis, e.basis),
    duties: addAll(ctx.duties, e.duties),
    flags: addAll(ctx.flags, e.flags),
    commitments: addAll(ctx.commitments, e.commitments),
    openPoints: addAll(ctx.openPoints, e.openPoints),
  };
}

type GuardRef = { type: string; params?: unknown } | ReturnType<typeof and>;

/** Typed condition data -> XState guard objects (composites through XState's own and/or/not). */
function toGuard(c: Condition): GuardRef {
  switch (c.type) {
    case 'not':
      return not(toGuard(c.params.condition) as never);
    case 'all':
      return and(c.params.conditions.map(toGuard) as never);
    case 'any':
      return or(c.params.conditions.map(toGuard) as never);
    default:
      return { type: c.type, params: c.params };
  }
}

function routes(next: Next): { when?: Condition; to: string }[] {
  return typeof next === 'string' ? [{ to: next }] : next;
}

/** The XState target of a node id: outcomes of a tree lead on to the next tree. */
function target(id: string): string {
  return `#${id}`;
}

function stateFor(node: Node, index: FlowIndex): Record<string, unknown> {
  const byRoute = (next: Next, extra?: GuardRef) =>
    routes(next).map((r) => {
      const guards = [extra, r.when && toGuard(r.when)].filter(Boolean) as GuardRef[];
      return {
        target: target(r.to),
        guard: guards.length === 0 ? undefined : guards.length === 1 ? guards[0] : and(guards as never),
        actions: [{ type: 'record', params: { question: node.id } }],
      };
    });
  switch (node.kind) {
    case 'single':
      return {
        id: node.id,
        on: {
          ANSWER: node.options.flatMap((o) =>
            byRoute(o.next ?? '__missing__', { type: 'chosen', params: { option: o.id } }),
          ),
        },
      };
    case 'multiple':
    case 'text':
      return { id: node.id, on: { ANSWER: byRoute(node.next) } };
    case 'branch':
      return { id: node.id, always: routes(node.next).map((r) => ({ target: target(r.to), guard: r.when && toGuard(r.when) })) };
    case 'outcome': {
      const tree = index.treeOf.get(node.id)!;
      const following = node.endsFlow ? undefined : index.nextTreeStart.get(tree.id);
      return {
        id: node.id,
        entry: [{ type: 'reachOutcome', params: { outcome: node.id } }],
        always: { target: target(following ?? FINAL_STATE) },
      };
    }
  }
}

export interface CompiledFlow {
  index: FlowIndex;
  machine: AnyStateMachine;
}

export function compileFlow(bundle: FlowBundle): CompiledFlow {
  const index = indexFlow(bundle);
  const states: Record<string, unknown> = {};
  for (const node of index.nodes.values()) states[node.id] = stateFor(node, index);
  states[FINAL_STATE] = { id: FINAL_STATE, type: 'final' };

  const named = index.conditions;
  const machine = setup({
    types: { context: {} as WalkContext, events: {} as AnswerEvent },
    guards: {
      chosen: ({ event }, p: { option: string }) => event.value === p.option,
      answer: ({ context }, p) => holds({ type: 'answer', params: p as never }, context, named),
      answered: ({ context }, p) => holds({ type: 'answered', params: p as never }, context, named),
      fact: ({ context }, p) => holds({ type: 'fact', params: p as never }, context, named),
      anyFact: ({ context }, p) => holds({ type: 'anyFact', params: p as never }, context, named),
      countFacts: ({ context }, p) => holds({ type: 'countFacts', params: p as never }, context, named),
      role: ({ context }, p) => holds({ type: 'role', params: p as never }, context, named),
      riskClass: ({ context }, p) => holds({ type: 'riskClass', params: p as never }, context, named),
      is: ({ context }, p) => holds({ type: 'is', params: p as never }, context, named),
    },
    actions: {
      // Records the answer and applies the effects of the chosen option(s).
      record: assign(({ context, event }, p: { question: string }) => {
        const q = index.questions.get(p.question)!;
        let ctx: WalkContext = { ...context, answers: { ...context.answers, [p.question]: event.value } };
        if (q.kind !== 'text') {
          const chosen = Array.isArray(event.value) ? event.value : [event.value];
          for (const o of q.options) {
            if (!chosen.includes(o.id)) continue;
            ctx = applyEffects(ctx, o);
            if (o.reason) ctx = { ...ctx, reasons: [...ctx.reasons, `${q.id}/${o.id}`] };
          }
        }
        return ctx;
      }),
      // Applies the outcome's effects, then the tree's rules (duties by outcome and role).
      reachOutcome: assign(({ context }, p: { outcome: string }) => {
        const node = index.nodes.get(p.outcome);
        if (node?.kind !== 'outcome') return context;
        const tree = index.treeOf.get(node.id)!;
        let ctx = applyEffects(context, node);
        ctx = { ...ctx, outcomes: { ...ctx.outcomes, [tree.id]: node.id }, riskClass: node.riskClass ?? ctx.riskClass };
        if (node.reason) ctx = { ...ctx, reasons: [...ctx.reasons, node.id] };
        for (const rule of tree.rules ?? []) {
          if (!holds(rule.when, ctx, named)) continue;
          ctx = applyEffects(ctx, rule);
          if (rule.reason) ctx = { ...ctx, reasons: [...ctx.reasons, `rule:${rule.id}`] };
        }
        return ctx;
      }),
    },
  }).createMachine({
    id: `${bundle.flow.id}@${bundle.flow.version}`,
    initial: bundle.trees[0]!.start,
    context: emptyContext(),
    states: states as never,
  });
  return { index, machine: machine as unknown as AnyStateMachine };
}
