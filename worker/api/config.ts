// GET /config: what the web app needs to know of the deployment (no secret in it).
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { retentionDays } from '../assessments/retention.ts';
import { ALWAYS, HEADERS, problemResponses } from './schemas.ts';

const route = createRoute({
  method: 'get',
  path: '/config',
  operationId: 'getConfig',
  tags: ['service'],
  summary: 'Public settings of this deployment for the web app and the embeds',
  description: 'No secret: the origin the iframe embed posts to, the retention period, and who runs the service.',
  responses: {
    ...problemResponses(...ALWAYS),
    200: {
      description: 'Settings',
      headers: { 'API-Version': HEADERS['API-Version'] },
      content: {
        'application/json': {
          schema: z
            .object({
              embedParentOrigin: z.string().nullable().openapi({ description: 'The only origin the iframe embed posts its result to.' }),
              retentionDays: z.number().int().openapi({ description: 'Days an assessment is kept after its last change, then deleted.' }),
              operator: z.object({ name: z.string(), contact: z.string() }).openapi({ description: 'Who runs this service and how to reach them (start page, accessibility statement).' }),
            })
            .openapi('Config'),
        },
      },
    },
  },
});

/** The deployment's public settings: the config endpoint and the server-rendered pages give the same. */
export const publicConfig = (env: Env) => ({
  embedParentOrigin: env.EMBED_PARENT_ORIGIN?.trim() || null,
  retentionDays: retentionDays(env),
  operator: { name: env.OPERATOR_NAME?.trim() ?? '', contact: env.OPERATOR_CONTACT?.trim() ?? '' },
});

export const configApi = new OpenAPIHono<{ Bindings: Env }>().openapi(route, (c) => c.json(publicConfig(c.env), 200));
