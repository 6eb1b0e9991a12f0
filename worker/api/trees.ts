// GET /trees, /trees/{id}, /trees/{id}/diagram: the published trees, localised, and their diagrams.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Lang, Localised, Tree } from '../../decision-trees/schema.ts';
import { treeDiagram } from '../../decision-trees/diagram.ts';
import { flowDiagram } from '../../decision-trees/flow-diagram.ts';
import { ALWAYS, Condition, HEADERS, Lang as LangSchema, commonHeaders, problemResponses } from './schemas.ts';
import { likelyRemaining } from '../../decision-trees/progress.ts';
import { immutable, revalidated } from '../http/cache.ts';
import { DEFAULT_FLOW, compiledFlow, findBundle, listBundles, requireBundle } from '../flows.ts';
import { negotiateLang } from '../http/lang.ts';
import { ProblemError } from '../http/problem.ts';

const Query = z.object({
  lang: LangSchema.optional(),
  flow: z.string().max(60).optional().openapi({ description: 'Flow id ("assessment" by default).' }),
  version: z.string().max(20).optional().openapi({ description: 'Flow version (the current one by default).' }),
});
const IdParam = z.object({ id: z.string().max(60).openapi({ param: { name: 'id', in: 'path' }, example: 'ai-act-risk' }) });

const TreeSummary = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  description: z.string(),
  questions: z.number().int().openapi({ description: 'Questions the tree holds; a walk asks only those its answers lead to.' }),
});
const FlowSummary = z
  .object({
    id: z.string(),
    version: z.string(),
    hash: z.string(),
    current: z.boolean(),
    title: z.string(),
    trees: z.array(TreeSummary),
    likelyQuestions: z.number().int().openapi({ description: 'Questions along the likely path (the plain case): what a walk usually asks.' }),
    questionCatalogue: z.string().openapi({ description: 'Where the question catalogue of this version is.' }),
  })
  .openapi('FlowSummary');

const Routes = z.array(z.object({ when: Condition.optional(), to: z.string() }));
const Next = z.union([z.string(), Routes]);
const LocalisedNode = z.object({
  id: z.string(),
  kind: z.enum(['single', 'multiple', 'text', 'branch', 'outcome']),
  source: z.array(z.string()),
  text: z.string().optional(),
  help: z.string().optional(),
  maxLength: z.number().int().optional(),
  options: z.array(z.object({ id: z.string(), label: z.string(), exclusive: z.boolean().optional(), next: Next.optional(), facts: z.array(z.string()).optional(), duties: z.array(z.string()).optional(), roles: z.array(z.string()).optional(), basis: z.array(z.string()).optional() })).optional(),
  next: Next.optional(),
  conclusion: z.string().optional(),
  riskClass: z.string().optional(),
  endsFlow: z.boolean().optional(),
});
const LocalisedTree = z
  .object({
    id: z.string(),
    version: z.string(),
    title: z.string(),
    description: z.string(),
    start: z.string(),
    nodes: z.array(LocalisedNode),
    rules: z.array(z.object({ id: z.string(), when: Condition }).passthrough()),
    duties: z.record(z.string(), z.object({ title: z.string(), body: z.string(), source: z.array(z.string()), appliesFrom: z.string(), related: z.array(z.string()).optional(), labels: z.array(z.object({ fr: z.string(), de: z.string(), en: z.string() })).optional() })),
    conclusions: z.record(z.string(), z.object({ title: z.string(), body: z.string(), source: z.array(z.string()) })),
    flags: z.record(z.string(), z.object({ text: z.string(), reviewer: z.string(), source: z.array(z.string()) })),
    commitments: z.record(z.string(), z.object({ text: z.string(), source: z.array(z.string()) })),
    openPoints: z.record(z.string(), z.object({ text: z.string(), source: z.array(z.string()) })),
  })
  .openapi('LocalisedTree');

const l = (text: Localised, lang: Lang) => text[lang];
const questionCount = (tree: Tree) => tree.nodes.filter((n) => n.kind === 'single' || n.kind === 'multiple' || n.kind === 'text').length;

function resolve(id: string, flowId = DEFAULT_FLOW, version?: string): { tree: Tree; bundle: ReturnType<typeof requireBundle> } {
  const bundle = requireBundle(flowId, version);
  const tree = bundle.trees.find((t) => t.id === id);
  if (!tree) throw new ProblemError('not-found', 'tree_not_found', { id }, [{ name: 'path:id', code: 'unknown_tree' }]);
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
  operationId: 'listFlows',
  tags: ['flows'],
  summary: 'Every published flow version and its trees',
  description: 'Each version with its content hash, whether it is the current one, its trees, how many questions the plain case asks, and where its question catalogue is.',
  request: { query: Query.pick({ lang: true }) },
  responses: { 200: { description: 'Flows and trees', headers: { ...commonHeaders, ETag: HEADERS.ETag }, content: { 'application/json': { schema: z.object({ flows: z.array(FlowSummary) }).openapi('FlowList') } } }, 304: { description: 'Not modified (If-None-Match matched the ETag)', headers: { 'API-Version': HEADERS['API-Version'], ETag: HEADERS.ETag } }, ...problemResponses(400, ...ALWAYS) },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/trees/{id}',
  operationId: 'getTree',
  tags: ['flows'],
  summary: 'One tree of a flow version, with its texts in one language',
  description: 'Nodes with their typed routes, rules and blocks (duties, conclusions, flags, commitments, open points). With an explicit version the response is immutable and cached for a year; for every language at once use the question catalogue.',
  request: { params: IdParam, query: Query },
  responses: { 200: { description: 'The tree', headers: { ...commonHeaders, ETag: HEADERS.ETag }, content: { 'application/json': { schema: LocalisedTree } } }, 304: { description: 'Not modified (If-None-Match matched the ETag)', headers: { 'API-Version': HEADERS['API-Version'], ETag: HEADERS.ETag } }, ...problemResponses(400, 404, ...ALWAYS) },
});

const diagramRoute = createRoute({
  method: 'get',
  path: '/trees/{id}/diagram',
  operationId: 'getTreeDiagram',
  tags: ['flows'],
  summary: 'Mermaid source of a tree diagram (id "flow" gives the flow overview)',
  description: 'For users by default (texts in the language only); audience=authors adds node and option ids.',
  request: {
    params: IdParam,
    query: Query.extend({
      audience: z.enum(['users', 'authors']).optional().openapi({ description: 'users (default): question texts, option labels and conclusion titles in the language only; authors: with node and option ids, as in docs/trees.' }),
    }),
  },
  responses: { 200: { description: 'Mermaid flowchart', headers: commonHeaders, content: { 'text/plain': { schema: z.string() } } }, ...problemResponses(400, 404, ...ALWAYS) },
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
      likelyQuestions: likelyRemaining(compiledFlow(b).index).get(b.trees[0]!.start) ?? 0,
      questionCatalogue: `/api/v1/flows/${b.flow.id}/${b.flow.version}/questions`,
    }));
    return revalidated(c, listBundles().map((b) => b.hash).join('').slice(0, 64) + lang, () => ({ flows }), { 'content-language': lang, vary: 'accept-language' });
  })
  .openapi(oneRoute, (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const { tree, bundle } = resolve(id, q.flow, q.version);
    const lang = negotiateLang(c);
    const send = q.version ? immutable : revalidated;
    return send(c, `${bundle.hash.slice(0, 24)}${lang}`, () => localise(tree, lang), { 'content-language': lang, vary: 'accept-language' });
  })
  .openapi(diagramRoute, (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const lang = negotiateLang(c);
    const headers = { 'content-language': lang, vary: 'accept-language' };
    if (id === 'flow') return c.text(flowDiagram(requireBundle(q.flow, q.version), lang), 200, headers);
    return c.text(treeDiagram(resolve(id, q.flow, q.version).tree, lang, q.audience ?? 'users'), 200, headers);
  });
