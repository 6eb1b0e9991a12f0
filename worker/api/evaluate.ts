// POST /evaluate: stateless — a full answer set in, path, next question, progress and result out.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { ALWAYS, Answers, Evaluation, Lang, commonHeaders, problemResponses } from './schemas.ts';
import { presentBytes, today } from './present.ts';
import { requireBundle } from '../flows.ts';
import { negotiateLang } from '../http/lang.ts';

const Body = z
  .object({
    answers: Answers,
    lang: Lang.optional(),
    flow: z.string().max(60).optional().openapi({ description: 'Flow id; "assessment" by default.' }),
    version: z.string().max(20).optional().openapi({ description: 'Flow version; the current one by default.' }),
    date: z.iso.date().optional().openapi({ description: 'Assessment date (YYYY-MM-DD) deciding which duties already apply; today by default.' }),
  })
  .strict()
  .openapi('EvaluateRequest');

const route = createRoute({
  method: 'post',
  path: '/evaluate',
  operationId: 'evaluate',
  tags: ['evaluate'],
  summary: 'Evaluate a set of answers without storing anything',
  description: 'Walks the flow with the given answers. When answers are missing, `next` is the first unanswered question on the path; when the path is complete, `result` holds the assessment.',
  request: {
    query: z.object({ expand: z.enum(['path']).optional().openapi({ description: 'path: each step of the path with the question as asked and the answer as shown; compact ({ id, answer }) without it.' }) }),
    body: { content: { 'application/json': { schema: Body } }, required: true },
  },
  responses: {
    200: { description: 'The evaluation', headers: commonHeaders, content: { 'application/json': { schema: Evaluation } } },
    ...problemResponses(400, 404, 413, 415, ...ALWAYS),
  },
});

export const evaluateApi = new OpenAPIHono<{ Bindings: Env }>().openapi(route, (c) => {
  const body = c.req.valid('json');
  const bundle = requireBundle(body.flow, body.version, 'body');
  const lang = negotiateLang(c, body.lang);
  const bytes = presentBytes(bundle, body.answers, lang, body.date ?? today(), c.req.valid('query').expand === 'path');
  return c.body(bytes , 200, { 'content-type': 'application/json', 'content-language': lang, vary: 'accept-language', 'cache-control': 'no-store' }) as never;
});
