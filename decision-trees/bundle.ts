// A flow bundle: everything one flow version needs, as plain JSON (the worker ships this, not YAML).
import type { Catalogue, Condition, Flow, LawDates, Node, Question, Tree } from './schema.ts';

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
  /** Named conditions of every tree (names are unique across a flow). */
  conditions: Map<string, Condition>;
}

export function isQuestion(node: Node): node is Question {
  return node.kind === 'single' || node.kind === 'multiple' || node.kind === 'text';
}

export function indexFlow(bundle: FlowBundle): FlowIndex {
  const nodes = new Map<string, Node>();
  const treeOf = new Map<string, Tree>();
  const questions = new Map<string, Question>();
  const nextTreeStart = new Map<string, string | undefined>();
  const conditions = new Map<string, Condition>();
  bundle.trees.forEach((tree, i) => {
    nextTreeStart.set(tree.id, bundle.trees[i + 1]?.start);
    for (const [name, c] of Object.entries(tree.conditions ?? {})) conditions.set(name, c);
    for (const node of tree.nodes) {
      nodes.set(node.id, node);
      treeOf.set(node.id, tree);
      if (isQuestion(node)) questions.set(node.id, node);
    }
  });
  return { bundle, nodes, treeOf, questions, nextTreeStart, conditions };
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * The options a question takes from the catalogue (`optionsFrom`), before its own: one per service
 * (fact `service_<id>`) or per hosting location (fact `location_<id>`). Expanded once, when the flow is
 * assembled, so that the bundle (and its hash) holds the options exactly as users see them.
 */
function withCatalogueOptions(tree: Tree, catalogue: Catalogue): Tree {
  if (!tree.nodes.some((n) => n.kind === 'single' && n.optionsFrom)) return tree;
  return {
    ...tree,
    nodes: tree.nodes.map((n) => {
      if (n.kind !== 'single' || !n.optionsFrom) return n;
      const next = n.optionsFrom.next;
      const fromCatalogue =
        n.optionsFrom.source === 'services'
          ? catalogue.services.map((s) => ({
              id: s.id,
              label: { fr: `${s.name} (${s.hostingLabel.fr})`, de: `${s.name} (${s.hostingLabel.de})`, en: `${s.name} (${s.hostingLabel.en})` },
              facts: [`service_${s.id}`],
              next,
            }))
          : (catalogue.locations ?? []).map((l) => ({
              id: l.id,
              label: l.optionLabel ?? { fr: capitalise(l.label.fr), de: capitalise(l.label.de), en: capitalise(l.label.en) },
              facts: [`location_${l.id}`],
              next,
            }));
      return { ...n, options: [...fromCatalogue, ...n.options] };
    }),
  };
}

/** A flow's bundle before hashing: its trees in order, with the options they take from the catalogue. */
export function assembleBundle(flow: Flow, trees: Tree[], catalogue: Catalogue, law: LawDates): Omit<FlowBundle, 'hash'> {
  return { flow, trees: trees.map((t) => withCatalogueOptions(t, catalogue)), catalogue, law };
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
