// The question catalogue of a flow version (view-schemas.ts QuestionCatalogueSchema): every question
// with its texts in every language, the typed routes of the walk, and every id a result can hold, so
// that an integrator builds a complete answer set without calling the API question by question.
import { LANGS, type Condition, type Localised, type Next } from './schema.ts';
import { isQuestion, type FlowBundle, type FlowIndex } from './bundle.ts';
import { citationView } from './citations.ts';
import type { QuestionCatalogue } from './view-schemas.ts';

const routes = (next: Next): { when?: Condition; to: string }[] => (typeof next === 'string' ? [{ to: next }] : next.map((r) => ({ ...(r.when ? { when: r.when } : {}), to: r.to })));

const localised = (pick: (lang: (typeof LANGS)[number]) => string) => Object.fromEntries(LANGS.map((l) => [l, pick(l)])) as Localised;

export function questionCatalogue(bundle: FlowBundle, index: FlowIndex): QuestionCatalogue {
  const askedAfter = new Map<string, QuestionCatalogue['questions'][number]['askedAfter']>();
  const reach = (to: string, entry: QuestionCatalogue['questions'][number]['askedAfter'][number]) => askedAfter.set(to, [...(askedAfter.get(to) ?? []), entry]);
  const facts = new Map<string, Set<string>>();
  const sets = (ids: string[] | undefined, by: string) => ids?.forEach((f) => facts.set(f, (facts.get(f) ?? new Set()).add(by)));

  for (const tree of bundle.trees) {
    for (const n of tree.nodes) {
      if (n.kind === 'single') for (const o of n.options) for (const r of o.next ? routes(o.next) : []) reach(r.to, { from: n.id, option: o.id, ...(r.when ? { when: r.when } : {}) });
      if (n.kind === 'multiple' || n.kind === 'text' || n.kind === 'branch') for (const r of routes(n.next)) reach(r.to, { from: n.id, ...(r.when ? { when: r.when } : {}) });
      if (n.kind === 'outcome') {
        const next = n.endsFlow ? undefined : index.nextTreeStart.get(tree.id);
        if (next) reach(next, { from: n.id });
        sets(n.facts, n.id);
      }
      if (n.kind === 'single' || n.kind === 'multiple') for (const o of n.options) sets(o.facts, `${n.id}/${o.id}`);
    }
    for (const rule of tree.rules ?? []) sets(rule.facts, `rule:${rule.id}`);
  }

  const vocab = bundle.flow.vocabulary;
  const blocks = <T>(pick: (t: FlowBundle['trees'][number]) => Record<string, T> | undefined) => Object.assign({}, ...bundle.trees.map((t) => pick(t) ?? {})) as Record<string, T>;
  const nodes = bundle.trees.flatMap((t) => t.nodes.map((n) => ({ n, tree: t.id })));

  return {
    flow: { id: bundle.flow.id, version: bundle.flow.version, hash: bundle.hash },
    start: bundle.trees[0]!.start,
    trees: bundle.trees.map((t) => ({ id: t.id, start: t.start, title: t.title })),
    questions: nodes.flatMap(({ n, tree }) => {
      if (!isQuestion(n)) return [];
      return [
        {
          id: n.id,
          tree,
          kind: n.kind,
          required: !(n.kind === 'text' && n.optional),
          ...(n.kind === 'text' ? { maxLength: n.maxLength } : {}),
          text: n.text,
          help: n.help,
          sources: n.source.map((ref) => {
            const views = LANGS.map((l) => citationView(ref, l));
            return { ref, label: localised((l) => views[LANGS.indexOf(l)]!.label), url: Object.fromEntries(LANGS.map((l, i) => [l, views[i]!.url])) as Record<(typeof LANGS)[number], string | null> };
          }),
          options: n.kind === 'text' ? [] : n.options.map((o) => ({ id: o.id, label: o.label, ...(o.exclusive ? { exclusive: true } : {}), ...(n.kind === 'single' && o.next ? { next: routes(o.next) } : {}), ...(o.facts ? { facts: o.facts } : {}), ...(o.roles ? { roles: o.roles } : {}) })),
          ...(n.kind !== 'single' ? { next: routes(n.next) } : {}),
          askedAfter: askedAfter.get(n.id) ?? [],
        },
      ];
    }),
    branches: nodes.flatMap(({ n, tree }) => (n.kind === 'branch' ? [{ id: n.id, tree, next: routes(n.next) }] : [])),
    outcomes: nodes.flatMap(({ n, tree }) =>
      n.kind === 'outcome' ? [{ id: n.id, tree, conclusion: n.conclusion, ...(n.riskClass ? { riskClass: n.riskClass } : {}), ...(n.facts ? { facts: n.facts } : {}), ...(n.roles ? { roles: n.roles } : {}), endsFlow: n.endsFlow ?? false, next: (n.endsFlow ? undefined : index.nextTreeStart.get(tree)) ?? null }] : [],
    ),
    rules: bundle.trees.flatMap((t) => (t.rules ?? []).filter((r) => r.facts || r.roles).map((r) => ({ tree: t.id, id: r.id, when: r.when, ...(r.facts ? { facts: r.facts } : {}), ...(r.roles ? { roles: r.roles } : {}) }))),
    conditions: Object.fromEntries(index.conditions),
    ids: {
      duties: Object.fromEntries(Object.entries(blocks((t) => t.duties)).map(([id, d]) => [id, { kind: d.kind ?? 'obligation', title: d.title, appliesFrom: d.appliesFrom }])),
      conclusions: Object.fromEntries(Object.entries(blocks((t) => t.conclusions)).map(([id, c]) => [id, { title: c.title }])),
      flags: Object.fromEntries(Object.entries(blocks((t) => t.flags)).map(([id, f]) => [id, { text: f.text, reviewer: f.reviewer }])),
      openPoints: Object.fromEntries(Object.entries(blocks((t) => t.openPoints)).map(([id, o]) => [id, { text: o.text }])),
      commitments: Object.fromEntries(Object.entries(blocks((t) => t.commitments)).map(([id, o]) => [id, { text: o.text }])),
      actions: Object.fromEntries(Object.entries(blocks((t) => t.actions)).map(([id, a]) => [id, { title: a.title, owner: a.owner, rank: a.rank }])),
      services: bundle.catalogue.services.map((s) => ({ id: s.id, name: s.name, hosting: s.hosting })),
      facts: Object.fromEntries([...facts].sort(([a], [b]) => a.localeCompare(b)).map(([f, by]) => [f, { setBy: [...by].sort() }])),
      riskClasses: vocab ? Object.fromEntries(Object.entries(vocab.riskClasses).map(([id, c]) => [id, { title: c.title }])) : {},
      roles: vocab ? vocab.roles : {},
    },
  };
}
