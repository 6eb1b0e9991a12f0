// The structural graph of a flow: every edge an option, route or outcome can take, guards ignored.
// Used by the checker (reachability, dead ends, cycles), progress estimates, path counts and diagrams.
import type { Next, Node } from './schema.ts';
import { isQuestion, type FlowIndex } from './bundle.ts';
import { FINAL_STATE } from './compile.ts';

export interface Edge {
  to: string;
  /** Option id, or route label for branches. */
  label?: string;
}

export function targetsOf(next: Next | undefined): string[] {
  if (next === undefined) return [];
  return typeof next === 'string' ? [next] : next.map((r) => r.to);
}

export function edgesOf(node: Node, index: FlowIndex): Edge[] {
  switch (node.kind) {
    case 'single':
      return node.options.flatMap((o) => targetsOf(o.next).map((to) => ({ to, label: o.id })));
    case 'multiple':
    case 'text':
    case 'branch':
      return targetsOf(node.next).map((to) => ({ to }));
    case 'outcome': {
      const tree = index.treeOf.get(node.id)!;
      const following = node.endsFlow ? undefined : index.nextTreeStart.get(tree.id);
      return [{ to: following ?? FINAL_STATE }];
    }
  }
}

/** Fewest and most questions still to answer from each node (the graph must be acyclic). */
export function remainingQuestions(index: FlowIndex): Map<string, { min: number; max: number }> {
  const memo = new Map<string, { min: number; max: number }>();
  memo.set(FINAL_STATE, { min: 0, max: 0 });
  const visit = (id: string): { min: number; max: number } => {
    const known = memo.get(id);
    if (known) return known;
    const node = index.nodes.get(id);
    if (!node) return { min: 0, max: 0 };
    memo.set(id, { min: 0, max: 0 }); // guards against a cycle in an unchecked tree
    const here = isQuestion(node) ? 1 : 0;
    const subs = [...new Set(edgesOf(node, index).map((e) => e.to))].map(visit);
    const r = {
      min: here + (subs.length ? Math.min(...subs.map((s) => s.min)) : 0),
      max: here + (subs.length ? Math.max(...subs.map((s) => s.max)) : 0),
    };
    memo.set(id, r);
    return r;
  };
  for (const id of index.nodes.keys()) visit(id);
  return memo;
}

/** How many structural paths have each length (in questions), from a node to the end of the flow. */
export function pathLengths(index: FlowIndex, from: string): Map<number, bigint> {
  const memo = new Map<string, Map<number, bigint>>([[FINAL_STATE, new Map([[0, 1n]])]]);
  const visit = (id: string): Map<number, bigint> => {
    const known = memo.get(id);
    if (known) return known;
    const node = index.nodes.get(id);
    const out = new Map<number, bigint>();
    memo.set(id, out);
    if (!node) return out;
    const here = isQuestion(node) ? 1 : 0;
    for (const e of edgesOf(node, index)) {
      for (const [len, n] of visit(e.to)) out.set(len + here, (out.get(len + here) ?? 0n) + n);
    }
    return out;
  };
  return visit(from);
}

/** Median and longest structural path length, in questions; `paths` is the sum of the length distribution. */
export function pathLengthSummary(index: FlowIndex, from: string): { paths: bigint; shortest: number; median: number; longest: number } {
  const dist = [...pathLengths(index, from).entries()].sort(([a], [b]) => a - b);
  const paths = dist.reduce((n, [, c]) => n + c, 0n);
  let seen = 0n;
  let median = 0;
  for (const [len, c] of dist) {
    seen += c;
    if (seen * 2n >= paths) {
      median = len;
      break;
    }
  }
  return { paths, shortest: dist[0]?.[0] ?? 0, median, longest: dist[dist.length - 1]?.[0] ?? 0 };
}

/**
 * Number of distinct structural paths from a node to the end of the flow (exact, by counting, not
 * listing): one per edge taken, summed over the successors. Computed apart from the length
 * distribution, so that each checks the other.
 */
export function countPaths(index: FlowIndex, from: string): bigint {
  const memo = new Map<string, bigint>([[FINAL_STATE, 1n]]);
  const visit = (id: string): bigint => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = index.nodes.get(id);
    memo.set(id, 0n);
    const n = node ? edgesOf(node, index).reduce((sum, e) => sum + visit(e.to), 0n) : 0n;
    memo.set(id, n);
    return n;
  };
  return visit(from);
}
