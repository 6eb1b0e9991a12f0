// The Hono app: API sub-apps composed under /api/v1, the docs, and the web app's static assets.
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import type { Hook } from '@hono/zod-openapi';
import { health } from './api/health.ts';
import { configApi } from './api/config.ts';
import { evaluateApi } from './api/evaluate.ts';
import { treesApi } from './api/trees.ts';
import { assessmentsApi } from './assessments/routes.ts';
import { reportsApi } from './reports/routes.ts';
import { docs } from './api/docs.ts';
import { accessibility } from './pages/accessibility.ts';
import { ProblemError, problemResponse } from './http/problem.ts';
import { bodyRules, cors, rateLimit, securityHeaders } from './http/security.ts';

type AppEnv = { Bindings: Env };

/** The one validation hook: every schema failure becomes a 400 problem naming field and reason. */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (result.success) return;
  const target = (result as { target?: string }).target ?? 'request';
  const where = target === 'json' ? '' : `${target}.`;
  const issues = result.error.issues.map((i) => ({
    name: `${where}${i.path.map(String).join('.')}` || (target === 'json' ? 'body' : target),
    reason: i.message,
  }));
  return problemResponse(c, 'validation-error', 400, `${issues.length} field(s) are not valid`, issues);
};

const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
api.use('*', cors, rateLimit, bodyRules);
api.route('/', health);
api.route('/', configApi);
api.route('/', treesApi);
api.route('/', evaluateApi);
api.route('/', assessmentsApi);
api.route('/', reportsApi);
api.openAPIRegistry.registerComponent('securitySchemes', 'editToken', {
  type: 'http',
  scheme: 'bearer',
  description: 'The edit token returned once when the assessment is created.',
});
api.doc31('/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: 'AI use-case self-assessment API',
    version: '1.0.0',
    description:
      'Classifies an AI use case of a public administration under the EU AI Act, picks the AI services allowed for its data, lists transparency duties and the national guidelines’ checklist. Errors are RFC 9457 problem details. Texts follow `?lang=` or Accept-Language (fr, de, en; French by default).',
  },
  servers: [{ url: '/api/v1' }],
});

export const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
app.use('*', securityHeaders);
app.route('/api/v1', api);
// The widget on an allowed intranet origin also reads the law texts it shows beside a question.
app.use('/law/*', cors);
app.route('/api', docs);
app.route('/accessibility', accessibility);
app.all('/api/*', (c) => problemResponse(c, 'not-found', 404, 'no such endpoint'));
// Everything else is the web app: files by name, index.html for /, /embed and other page paths
// (Cloudflare's single-page-application mode does this already; a self-hosted disk service does not).
app.all('*', async (c) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return problemResponse(c, 'method-not-allowed', 405);
  const url = new URL(c.req.url);
  let path = url.pathname;
  let res = await c.env.ASSETS.fetch(c.req.raw);
  const isPage = !/\.[a-z0-9]+$/i.test(path);
  if (isPage && !(res.ok && (res.headers.get('content-type') ?? '').includes('text/html'))) {
    path = '/index.html';
    res = await c.env.ASSETS.fetch(new Request(new URL(path, url), { method: c.req.method, headers: c.req.raw.headers }));
  }
  return withContentType(res, path);
});

const MIME: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
  woff2: 'font/woff2',
};

/** A disk service answers without a useful type; browsers refuse scripts served as octet-stream. */
function withContentType(res: Response, path: string): Response {
  const type = res.headers.get('content-type');
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (!res.ok || !ext || !MIME[ext] || (type && type !== 'application/octet-stream')) return res;
  const copy = new Response(res.body, res);
  copy.headers.set('content-type', MIME[ext]!);
  return copy;
}

app.onError((err, c) => {
  if (err instanceof ProblemError) return problemResponse(c, err.kind, err.status, err.message, err.invalid, err.headers);
  if (err instanceof HTTPException) {
    // Hono's validator throws this for a body that is not JSON.
    const status = err.status;
    const kind = status === 413 ? 'payload-too-large' : status === 400 ? 'malformed-json' : 'validation-error';
    return problemResponse(c, kind, status as 400, err.message, status === 400 ? [{ name: 'body', reason: err.message }] : undefined);
  }
  // Never echo internals or user text: the log gets the error class and the path only.
  console.error(`internal error ${err instanceof Error ? err.name : typeof err} on ${c.req.method} ${new URL(c.req.url).pathname}`);
  return problemResponse(c, 'internal-error', 500, 'an unexpected error occurred');
});
app.notFound((c) => problemResponse(c, 'not-found', 404, 'no such endpoint'));
