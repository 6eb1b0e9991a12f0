// Refuses a tree or flow that could strand a user or cite nothing: each problem names the file,
// the node and the rule. `npm run build` fails on any problem.
import type { z } from 'zod';
import { Tree, type Condition, type Effects, type Node } from './schema.ts';
import { indexFlow, isQuestion, type FlowBundle } from './bundle.ts';
import { edgesOf, targetsOf } from './graph.ts';
import { FINAL_STATE } from './compile.ts';
import { checkContent, type CitationResolver } from './check-content.ts';

export type CheckRule =
  | 'schema'
  | 'missing_source'
  | 'missing_translation'
  | 'duplicate_id'
  | 'dangling_target'
  | 'unreachable_node'
  | 'dead_end'
  | 'cycle'
  | 'undefined_block'
  | 'no_default_route'
  | 'missing_unsure'
  | 'citation'
  | 'unresolved_citation'
  | 'duty_kind'
  | 'uncovered'
  | 'undefined_condition'
  | 'answer_condition'
  | 'authoring_note'
  | 'vocabulary'
  | 'register'
  | 'impact_assessment'
  | 'migration'
  | 'self_reference';

export interface CheckProblem {
  file: string;
  node?: string;
  rule: CheckRule;
  message: string;
}

export const formatProblem = (p: CheckProblem) => `${p.file}${p.node ? ` [${p.node}]` : ''}: ${p.rule}: ${p.message}`;

/** Schema problems, named by node where the path points into `nodes`. */
export function parseTree(raw: unknown, file: string): { tree?: Tree; problems: CheckProblem[] } {
  const parsed = Tree.safeParse(raw);
  if (parsed.success) return { tree: parsed.data, problems: [] };
  const nodes = (raw as { nodes?: { id?: unknown }[] } | null)?.nodes;
  return { problems: parsed.error.issues.map((issue) => schemaProblem(issue, file, nodes)) };
}

function schemaProblem(issue: z.core.$ZodIssue, file: string, nodes: { id?: unknown }[] | undefined): CheckProblem {
  const path = issue.path.map(String);
  const node = path[0] === 'nodes' && nodes ? String(nodes[Number(path[1])]?.id ?? `nodes[${path[1]}]`) : undefined;
  const where = path.join('.');
  const last = path[path.length - 1];
  let rule: CheckRule = 'schema';
  if (last === 'source' || path.includes('source')) rule = 'missing_source';
  else if (last === 'fr' || last === 'de' || last === 'en') rule = 'missing_translation';
  return { file, node, rule, message: `${where}: ${issue.message}` };
}

function conditionRefs(c: Condition | undefined, out: { questions: string[] }): void {
  if (!c) return;
  if (c.type === 'answer') out.questions.push(c.params.question);
  else if (c.type === 'answered') out.questions.push(...c.params.questions);
  else if (c.type === 'not') conditionRefs(c.params.condition, out);
  else if (c.type === 'all' || c.type === 'any') c.params.conditions.forEach((x) => conditionRefs(x, out));
}

function routesOf(node: Node): { when?: Condition; to: string }[][] {
  const lists: { when?: Condition; to: string }[][] = [];
  const add = (n: unknown) => {
    if (Array.isArray(n)) lists.push(n);
  };
  if (node.kind === 'single') node.options.forEach((o) => add(o.next));
  else if (node.kind !== 'outcome') add(node.next);
  return lists;
}

/** Checks a whole flow: every tree, the blocks they reference and the graph they form together. */
export function checkFlow(bundle: FlowBundle, files: Record<string, string> = {}, resolve?: CitationResolver): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const fileOf = (treeId: string) => files[treeId] ?? `${treeId}.yaml`;
  const seen = new Map<string, string>();
  for (const tree of bundle.trees) {
    for (const node of tree.nodes) {
      const other = seen.get(node.id);
      if (other) problems.push({ file: fileOf(tree.id), node: node.id, rule: 'duplicate_id', message: `id already used in ${fileOf(other)}` });
      else seen.set(node.id, tree.id);
    }
  }
  if (problems.length) return problems;

  const index = indexFlow(bundle);
  // An answer condition names a choice question and one of its options. The engine relies on it: text
  // answers are never tested, so walks that differ only in their texts share cached steps (evaluate.ts).
  const answerConditions = (value: unknown, where: string): void => {
    if (Array.isArray(value)) return value.forEach((v) => answerConditions(v, where));
    if (!value || typeof value !== 'object') return;
    const c = value as { type?: unknown; params?: { question?: unknown; option?: unknown } };
    if (c.type === 'answer' && typeof c.params?.question === 'string') {
      const q = index.questions.get(c.params.question);
      if (q?.kind === 'text') problems.push({ file: where, node: c.params.question, rule: 'answer_condition', message: `an answer condition tests the text question "${q.id}": conditions can test only whether a text is answered` });
      else if (q && !q.options.some((o) => o.id === c.params!.option)) problems.push({ file: where, node: q.id, rule: 'answer_condition', message: `an answer condition tests option "${String(c.params.option)}", which question "${q.id}" does not offer` });
    }
    for (const v of Object.values(value)) answerConditions(v, where);
  };
  for (const tree of bundle.trees) answerConditions(tree, fileOf(tree.id));
  answerConditions(bundle.flow, files.flow ?? 'flow.yaml');
  answerConditions(bundle.catalogue, files.catalogue ?? 'catalogue.yaml');
  const allBlocks = (kind: 'duties' | 'flags' | 'commitments' | 'openPoints' | 'conclusions') =>
    new Set(bundle.trees.flatMap((t) => Object.keys(t[kind] ?? {})));
  const known = {
    duties: allBlocks('duties'),
    flags: allBlocks('flags'),
    commitments: allBlocks('commitments'),
    openPoints: allBlocks('openPoints'),
    conclusions: allBlocks('conclusions'),
  };
  const checkEffects = (file: string, node: string, e: Effects, where: string) => {
    for (const kind of ['duties', 'flags', 'commitments', 'openPoints'] as const) {
      for (const id of e[kind] ?? []) {
        if (!known[kind].has(id)) problems.push({ file, node, rule: 'undefined_block', message: `${where} adds ${kind} "${id}", which no tree defines` });
      }
    }
  };

  for (const tree of bundle.trees) {
    const file = fileOf(tree.id);
    if (!index.nodes.has(tree.start)) problems.push({ file, rule: 'dangling_target', message: `start "${tree.start}" is not a node` });
    for (const [id, duty] of Object.entries(tree.duties ?? {})) {
      if (!bundle.law.milestones[duty.appliesFrom]) problems.push({ file, node: id, rule: 'undefined_block', message: `duty appliesFrom "${duty.appliesFrom}" is not a milestone of law/dates` });
      for (const r of duty.related ?? []) if (!known.duties.has(r)) problems.push({ file, node: id, rule: 'undefined_block', message: `related duty "${r}" is not defined` });
    }
    for (const rule of tree.rules ?? []) checkEffects(file, rule.id, rule, `rule "${rule.id}"`);
    for (const node of tree.nodes) {
      const questionRefs = { questions: [] as string[] };
      for (const list of routesOf(node)) {
        list.forEach((r) => conditionRefs(r.when, questionRefs));
        if (list[list.length - 1]!.when) problems.push({ file, node: node.id, rule: 'no_default_route', message: 'the last route must have no `when`, so that some route is always taken' });
      }
      for (const q of questionRefs.questions) {
        if (!index.questions.has(q)) problems.push({ file, node: node.id, rule: 'dangling_target', message: `condition reads question "${q}", which does not exist` });
      }
      if (node.kind === 'single') {
        for (const o of node.options) {
          if (o.next === undefined) problems.push({ file, node: node.id, rule: 'dead_end', message: `option "${o.id}" leads nowhere` });
          checkEffects(file, node.id, o, `option "${o.id}"`);
        }
        const ids = node.options.map((o) => o.id);
        if (ids.includes('yes') && ids.includes('no') && !ids.includes('unsure')) {
          problems.push({ file, node: node.id, rule: 'missing_unsure', message: 'a yes/no question must offer "unsure"' });
        }
      }
      if (node.kind === 'multiple') {
        for (const o of node.options) {
          if (o.next !== undefined) problems.push({ file, node: node.id, rule: 'schema', message: `option "${o.id}" of a multiple choice cannot carry its own next` });
          checkEffects(file, node.id, o, `option "${o.id}"`);
        }
      }
      if (node.kind === 'outcome') {
        checkEffects(file, node.id, node, 'outcome');
        if (!known.conclusions.has(node.conclusion)) problems.push({ file, node: node.id, rule: 'undefined_block', message: `conclusion "${node.conclusion}" is not defined` });
      }
      const targets = node.kind === 'single' ? node.options.flatMap((o) => targetsOf(o.next)) : node.kind === 'outcome' ? [] : targetsOf(node.next);
      for (const to of targets) {
        if (!index.nodes.has(to)) problems.push({ file, node: node.id, rule: 'dangling_target', message: `leads to "${to}", which is not a node` });
        else if (index.treeOf.get(to) !== tree) problems.push({ file, node: node.id, rule: 'dangling_target', message: `leads to "${to}" in another tree; trees chain only through outcomes` });
      }
    }
  }
  if (problems.length) return problems;
  return [...checkContent(bundle, index, fileOf, resolve), ...checkGraph(bundle, index, fileOf)];
}

/** Reachability, dead ends and cycles over the structural graph of the whole flow. */
function checkGraph(bundle: FlowBundle, index: ReturnType<typeof indexFlow>, fileOf: (t: string) => string): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const fileOfNode = (id: string) => fileOf(index.treeOf.get(id)!.id);
  // Cycles: depth-first search with colours.
  const colour = new Map<string, 1 | 2>();
  const cyclic = new Set<string>();
  const dfs = (id: string, stack: string[]) => {
    if (id === FINAL_STATE) return;
    const c = colour.get(id);
    if (c === 2) return;
    if (c === 1) {
      if (!cyclic.has(id)) {
        cyclic.add(id);
        const loop = stack.slice(stack.indexOf(id)).concat(id);
        problems.push({ file: fileOfNode(id), node: id, rule: 'cycle', message: `cycle: ${loop.join(' -> ')}` });
      }
      return;
    }
    colour.set(id, 1);
    for (const e of edgesOf(index.nodes.get(id)!, index)) dfs(e.to, [...stack, id]);
    colour.set(id, 2);
  };
  // Reachability from each tree's start, tree by tree, so that a tree's own orphans are named.
  for (const tree of bundle.trees) {
    const reached = new Set<string>();
    const todo = [tree.start];
    while (todo.length) {
      const id = todo.pop()!;
      if (reached.has(id) || index.treeOf.get(id) !== tree) continue;
      reached.add(id);
      for (const e of edgesOf(index.nodes.get(id)!, index)) todo.push(e.to);
    }
    for (const node of tree.nodes) {
      if (!reached.has(node.id)) problems.push({ file: fileOf(tree.id), node: node.id, rule: 'unreachable_node', message: `no path from "${tree.start}" reaches it` });
    }
    dfs(tree.start, []);
  }
  // Dead ends: every node must reach one of its tree's outcomes.
  for (const tree of bundle.trees) {
    const canFinish = new Set<string>(tree.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id));
    let grew = true;
    while (grew) {
      grew = false;
      for (const node of tree.nodes) {
        if (canFinish.has(node.id)) continue;
        if (edgesOf(node, index).some((e) => canFinish.has(e.to))) {
          canFinish.add(node.id);
          grew = true;
        }
      }
    }
    for (const node of tree.nodes) {
      if (!canFinish.has(node.id) && !cyclic.has(node.id)) problems.push({ file: fileOf(tree.id), node: node.id, rule: 'dead_end', message: 'no outcome can be reached from here' });
    }
    if (!tree.nodes.some((n) => n.kind === 'outcome')) problems.push({ file: fileOf(tree.id), rule: 'dead_end', message: 'the tree has no outcome' });
    if (!tree.nodes.some(isQuestion)) problems.push({ file: fileOf(tree.id), rule: 'dead_end', message: 'the tree asks no question' });
  }
  return problems;
}
