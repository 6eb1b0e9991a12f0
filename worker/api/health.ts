// GET /health: the service answers; no storage is touched.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { listBundles } from '../flows.ts';
import { ALWAYS, HEADERS, problemResponses } from './schemas.ts';

const route = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['service'],
  summary: 'Liveness: the worker answers and its flows are loaded',
  description: 'Touches no storage. Lists the published flow versions as id@version.',
  responses: {
    200: {
      description: 'Healthy',
      headers: { 'API-Version': HEADERS['API-Version'] },
      content: { 'application/json': { schema: z.object({ status: z.literal('ok'), flows: z.array(z.string()) }).openapi('Health', { example: { status: 'ok', flows: ['assessment@1.0.0', 'assessment@1.1.0'] } }) } },
    },
    ...problemResponses(...ALWAYS),
  },
});

export const health = new OpenAPIHono<{ Bindings: Env }>().openapi(route, (c) =>
  c.json({ status: 'ok' as const, flows: listBundles().map((b) => `${b.flow.id}@${b.flow.version}`) }, 200, { 'cache-control': 'no-store' }),
);
