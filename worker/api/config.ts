// GET /config: what the web app needs to know of the deployment (no secret in it).
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';

const route = createRoute({
  method: 'get',
  path: '/config',
  tags: ['service'],
  summary: 'Public settings of this deployment for the web app and the embeds',
  responses: {
    200: {
      description: 'Settings',
      content: {
        'application/json': {
          schema: z
            .object({ embedParentOrigin: z.string().nullable().openapi({ description: 'The only origin the iframe embed posts its result to.' }) })
            .openapi('Config'),
        },
      },
    },
  },
});

export const configApi = new OpenAPIHono<{ Bindings: Env }>().openapi(route, (c) => c.json({ embedParentOrigin: c.env.EMBED_PARENT_ORIGIN?.trim() || null }, 200));
