// Honest progress. The expected rest of a walk is the number of questions along the likely path from
// here: at each question the answer most cases give ("no", "none", or the first option), at each branch
// its default route. The percentage is the best estimate reached so far on the path, so that it never
// goes down as questions are answered; "question X of about Y" shows the current estimate.
import type { Next, Node } from './schema.ts';
import { isQuestion, type FlowIndex } from './bundle.ts';
import { FINAL_STATE } from './compile.ts';

const lastTarget = (next: Next): string => (typeof next === 'string' ? next : next[next.length - 1]!.to);

/** Where the likely answer leads from a node. */
function likelyNext(node: Node, index: FlowIndex): string {
  switch (node.kind) {
    case 'single': {
      const o = node.options.find((x) => x.id === 'no') ?? node.options.find((x) => x.id === 'none') ?? node.options.find((x) => x.id !== 'unsure') ?? node.options[0];
      return o?.next ? lastTarget(o.next) : FINAL_STATE;
    }
    case 'multiple':
    case 'text':
    case 'branch':
      return lastTarget(node.next);
    case 'outcome': {
      const tree = index.treeOf.get(node.id)!;
      return (node.endsFlow ? undefined : index.nextTreeStart.get(tree.id)) ?? FINAL_STATE;
    }
  }
}

/** Questions along the likely path from each node to the end of the flow (the node itself included). */
export function likelyRemaining(index: FlowIndex): Map<string, number> {
  const memo = new Map<string, number>([[FINAL_STATE, 0]]);
  const visit = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = index.nodes.get(id);
    if (!node) return 0;
    memo.set(id, 0); // guards against a cycle in an unchecked tree
    const n = (isQuestion(node) ? 1 : 0) + visit(likelyNext(node, index));
    memo.set(id, n);
    return n;
  };
  for (const id of index.nodes.keys()) visit(id);
  return memo;
}

/** The share done at one point of the walk: `answered` of about `answered + remaining`. */
export const shareDone = (answered: number, remaining: number) => answered / Math.max(answered + remaining, 1);
