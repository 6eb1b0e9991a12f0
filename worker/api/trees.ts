// GET /trees, /trees/{id}, /trees/{id}/diagram: the published trees, localised, and their diagrams.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Lang, Localised, Tree } from '../../decision-trees/schema.ts';
import { treeDiagram } from '../../decision-trees/diagram.ts';
import { flowDiagram } from '../../decision-trees/flow-diagram.ts';
import { Lang as LangSchema, problemResponses } from './schemas.ts';
import { DEFAULT_FLOW, findBundle, listBundles, requireBundle } from '../flows.ts';
import { negotiateLang } from '../http/lang.ts';
import { ProblemError } from '../http/problem.ts';

const Query = z.object({
  lang: LangSchema.optional(),
  flow: z.string().max(60).optional().openapi({ description: 'Flow id ("assessment" by default).' }),
  version: z.string().max(20).optional().openapi({ description: 'Flow version (the current one by default).' }),
});
const IdParam = z.object({ id: z.string().max(60).openapi({ param: { name: 'id', in: 'path' }, example: 'ai-act-risk' }) });

const TreeSummary = z.object({ id: z.string(), version: z.string(), title: z.string(), description: z.string(), questions: z.number().int() });
const FlowSummary = z
  .object({ id: z.string(), version: z.string(), hash: z.string(), current: z.boolean(), title: z.string(), trees: z.array(TreeSummary) })
  .openapi('FlowSummary');

const l = (text: Localised, lang: Lang) => text[lang];
const questionCount = (tree: Tree) => tree.nodes.filter((n) => n.kind === 'single' || n.kind === 'multiple' || n.kind === 'text').length;

function resolve(id: string, flowId = DEFAULT_FLOW, version?: string): { tree: Tree; bundle: ReturnType<typeof requireBundle> } {
  const bundle = requireBundle(flowId, version);
  const tree = bundle.trees.find((t) => t.id === id);
  if (!tree) throw new ProblemError('not-found', 404, `no tree "${id}" in flow ${bundle.flow.id} ${bundle.flow.version}`, [{ name: 'id', reason: 'unknown tree' }]);
  return { tree, bundle };
}

/** A tree with the texts of one language, blocks included. */
function localise(tree: Tree, lang: Lang) {
  const blocks = <T extends Record<string, unknown>>(rec: Record<string, T> | undefined, map: (b: T) => unknown) =>
    Object.fromEntries(Object.entries(rec ?? {}).map(([k, v]) => [k, map(v)]));
  return {
    id: tree.id,
    version: tree.version,
    title: l(tree.title, lang),
    description: l(tree.description, lang),
    start: tree.start,
    nodes: tree.nodes.map((n) => {
      const base = { id: n.id, kind: n.kind, source: n.source };
      if (n.kind === 'branch') return { ...base, next: n.next };
      if (n.kind === 'outcome') return { ...base, conclusion: n.conclusion, riskClass: n.riskClass, endsFlow: n.endsFlow ?? false };
      const q = { ...base, text: l(n.text, lang), help: l(n.help, lang) };
      if (n.kind === 'text') return { ...q, maxLength: n.maxLength, next: n.next };
      return {
        ...q,
        options: n.options.map((o) => ({ id: o.id, label: l(o.label, lang), exclusive: o.exclusive, next: o.next, facts: o.facts, duties: o.duties, roles: o.roles, basis: o.basis })),
        ...(n.kind === 'multiple' ? { next: n.next } : {}),
      };
    }),
    rules: tree.rules ?? [],
    duties: blocks(tree.duties, (d) => ({ title: l(d.title, lang), body: l(d.body, lang), source: d.source, appliesFrom: d.appliesFrom, related: d.related, labels: d.labels })),
    conclusions: blocks(tree.conclusions, (d) => ({ title: l(d.title, lang), body: l(d.body, lang), source: d.source })),
    flags: blocks(tree.flags, (d) => ({ text: l(d.text, lang), reviewer: d.reviewer, source: d.source })),
    commitments: blocks(tree.commitments, (d) => ({ text: l(d.text, lang), source: d.source })),
    openPoints: blocks(tree.openPoints, (d) => ({ text: l(d.text, lang), source: d.source })),
  };
}

const listRoute = createRoute({
  method: 'get',
  path: '/trees',
  tags: ['trees'],
  summary: 'Every published flow version and its trees',
  request: { query: Query.pick({ lang: true }) },
  responses: { 200: { description: 'Flows and trees', content: { 'application/json': { schema: z.object({ flows: z.array(FlowSummary) }) } } }, ...problemResponses(400, 429) },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/trees/{id}',
  tags: ['trees'],
  summary: 'One tree of a flow version, with its texts in one language',
  request: { params: IdParam, query: Query },
  responses: { 200: { description: 'The tree', content: { 'application/json': { schema: z.record(z.string(), z.unknown()).openapi('LocalisedTree') } } }, ...problemResponses(400, 404, 429) },
});

const diagramRoute = createRoute({
  method: 'get',
  path: '/trees/{id}/diagram',
  tags: ['trees'],
  summary: 'Mermaid source of a tree diagram (id "flow" gives the flow overview)',
  request: {
    params: IdParam,
    query: Query.extend({
      audience: z.enum(['users', 'authors']).optional().openapi({ description: 'users (default): question texts, option labels and conclusion titles in the language only; authors: with node and option ids, as in docs/trees.' }),
    }),
  },
  responses: { 200: { description: 'Mermaid flowchart', content: { 'text/plain': { schema: z.string() } } }, ...problemResponses(400, 404, 429) },
});

export const treesApi = new OpenAPIHono<{ Bindings: Env }>()
  .openapi(listRoute, (c) => {
    const lang = negotiateLang(c);
    const flows = listBundles().map((b) => ({
      id: b.flow.id,
      version: b.flow.version,
      hash: b.hash,
      current: findBundle(b.flow.id) === b,
      title: l(b.flow.title, lang),
      trees: b.trees.map((t) => ({ id: t.id, version: t.version, title: l(t.title, lang), description: l(t.description, lang), questions: questionCount(t) })),
    }));
    return c.json({ flows }, 200);
  })
  .openapi(oneRoute, (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const { tree } = resolve(id, q.flow, q.version);
    return c.json(localise(tree, negotiateLang(c)), 200);
  })
  .openapi(diagramRoute, (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const lang = negotiateLang(c);
    if (id === 'flow') {
      return c.text(flowDiagram(requireBundle(q.flow, q.version), lang), 200);
    }
    return c.text(treeDiagram(resolve(id, q.flow, q.version).tree, lang, q.audience ?? 'users'), 200);
  });
