// GET /flows/{flow}/{version}/questions: the question catalogue of a published flow version, every
// text in every language, the typed routes of the walk and every id a result can hold. Immutable:
// served with its content hash as ETag and a year of caching.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { questionCatalogue } from '../../decision-trees/question-catalogue.ts';
import { ALWAYS, HEADERS, QuestionCatalogue as Catalogue, problemResponses } from './schemas.ts';
import { compiledFlow, requireBundle } from '../flows.ts';
import { immutable } from '../http/cache.ts';


const Params = z.object({
  flow: z.string().max(60).openapi({ param: { name: 'flow', in: 'path' }, example: 'assessment' }),
  version: z.string().max(20).openapi({ param: { name: 'version', in: 'path' }, example: '1.1.0' }),
});

const route = createRoute({
  method: 'get',
  path: '/flows/{flow}/{version}/questions',
  operationId: 'getQuestionCatalogue',
  tags: ['flows'],
  summary: 'Every question of a flow version, how the walk reaches it, and every id a result can hold',
  description:
    'Texts come in every language at once. Each question says how the walk reaches it (`askedAfter`: from which node, through which option or routed by which typed condition), each option where it leads; branches and outcomes complete the graph, and `conditions` holds the named conditions. With it a client can walk the flow itself and send a complete answer set to POST /evaluate in one call. The `ids` list every duty, conclusion, flag, open point, commitment, plan step, service, fact, risk class and role a result can name.',
  request: { params: Params },
  responses: {
    200: { description: 'The catalogue', headers: { 'API-Version': HEADERS['API-Version'], ETag: HEADERS.ETag, 'Cache-Control': HEADERS['Cache-Control'] }, content: { 'application/json': { schema: Catalogue } } },
    304: { description: 'Not modified (If-None-Match matched the ETag)', headers: { 'API-Version': HEADERS['API-Version'], ETag: HEADERS.ETag } },
    ...problemResponses(400, 404, ...ALWAYS),
  },
});

const built = new Map<string, unknown>();

export const catalogueApi = new OpenAPIHono<{ Bindings: Env }>().openapi(route, (c) => {
  const { flow, version } = c.req.valid('param');
  const bundle = requireBundle(flow, version, 'query');
  return immutable(c, bundle.hash, () => {
    if (!built.has(bundle.hash)) built.set(bundle.hash, questionCatalogue(bundle, compiledFlow(bundle).index));
    return built.get(bundle.hash);
  }) as never;
});
