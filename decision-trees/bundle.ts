// A flow bundle: everything one flow version needs, as plain JSON (the worker ships this, not YAML).
import type { Catalogue, Flow, LawDates, Node, Question, Tree } from './schema.ts';

export interface FlowBundle {
  flow: Flow;
  trees: Tree[];
  catalogue: Catalogue;
  law: LawDates;
  /** sha256 of the canonical JSON of flow, trees, catalogue and law: pins an assessment to its content. */
  hash: string;
}

export type AnswerValue = string | string[];
export type Answers = Record<string, AnswerValue>;

/** Lookup tables over a bundle, built once per bundle (per isolate in the worker). */
export interface FlowIndex {
  bundle: FlowBundle;
  nodes: Map<string, Node>;
  treeOf: Map<string, Tree>;
  questions: Map<string, Question>;
  /** The node each tree's outcomes lead to: the next tree's start, or undefined for the last tree. */
  nextTreeStart: Map<string, string | undefined>;
}

export function isQuestion(node: Node): node is Question {
  return node.kind === 'single' || node.kind === 'multiple' || node.kind === 'text';
}

export function indexFlow(bundle: FlowBundle): FlowIndex {
  const nodes = new Map<string, Node>();
  const treeOf = new Map<string, Tree>();
  const questions = new Map<string, Question>();
  const nextTreeStart = new Map<string, string | undefined>();
  bundle.trees.forEach((tree, i) => {
    nextTreeStart.set(tree.id, bundle.trees[i + 1]?.start);
    for (const node of tree.nodes) {
      nodes.set(node.id, node);
      treeOf.set(node.id, tree);
      if (isQuestion(node)) questions.set(node.id, node);
    }
  });
  return { bundle, nodes, treeOf, questions, nextTreeStart };
}

/** A bundle of one tree alone, for testing and diagramming a tree outside its flow. */
export function singleTreeBundle(tree: Tree, base: Omit<FlowBundle, 'trees' | 'flow' | 'hash'>): FlowBundle {
  return {
    flow: {
      id: tree.id,
      version: tree.version,
      title: tree.title,
      trees: [tree.id],
      catalogue: base.catalogue.id,
      disclaimer: tree.description,
    },
    trees: [tree],
    catalogue: base.catalogue,
    law: base.law,
    hash: '',
  };
}
