// The Hono app: API sub-apps composed under /api/v1, the docs and problem catalogue, the accessibility
// statement, and the web app's static assets.
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import type { Hook } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { loadArchive } from './flows.ts';
import { health } from './api/health.ts';
import { configApi } from './api/config.ts';
import { evaluateApi } from './api/evaluate.ts';
import { treesApi } from './api/trees.ts';
import { catalogueApi } from './api/catalogue.ts';
import { assessmentsApi } from './assessments/routes.ts';
import { reportsApi } from './reports/routes.ts';
import { impactReportsApi } from './reports/impact-routes.ts';
import { workspaceApi } from './workspace/routes.ts';
import { reviewApi } from './assessments/review-routes.ts';
import { authRoutes } from './workspace/auth-routes.ts';
import { publicationApi } from './register/publication-routes.ts';
import { registerApi, registerPages } from './register/register-routes.ts';
import { docs } from './api/docs.ts';
import { problemsPage } from './api/problems-page.ts';
import { accessibility } from './pages/accessibility.ts';
import { handleMcp } from './mcp/server.ts';
import { inProcessApi } from './http/in-process.ts';
import { formPost, pageKind, startPage } from './pages/app-page.tsx';
import { ProblemError, instanceOf, pointerToken, problemResponse, type InvalidParam } from './http/problem.ts';
import { bodyRules, cors, rateLimit, securityHeaders, settableHeaders } from './http/security.ts';
import { API_VERSION } from './http/version.ts';
import { withEvaluateExamples } from './api/evaluate-examples.ts';
import type { ReasonCode } from './http/messages.ts';

type AppEnv = { Bindings: Env };

/** A zod issue as an entry of invalid-params: where (a JSON Pointer into the body, or query:/path:/header:), a code, its parameters. */
function invalidParam(target: string, issue: { code: string; path: PropertyKey[]; [k: string]: unknown }): InvalidParam[] {
  const at = (path: PropertyKey[]) => (target === 'json' ? path.map((p) => `/${pointerToken(String(p))}`).join('') : `${target === 'param' ? 'path' : target === 'header' ? 'header' : target}:${path.map(String).join('.')}`);
  const code = (c: ReasonCode, params?: Record<string, string | number>): InvalidParam => ({ name: at(issue.path), code: c, ...(params ? { params } : {}) });
  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys as string[]).map((k) => ({ name: at([...issue.path, k]), code: 'unknown_field' }));
    case 'invalid_type':
      return [issue.input === undefined ? code('required') : code('wrong_type', { expected: String(issue.expected) })];
    case 'too_big':
      return [code('too_long', { max: String(issue.maximum) })];
    case 'too_small':
      return [code('too_short', { min: String(issue.minimum) })];
    case 'invalid_value':
      return [code('not_allowed', { values: ((issue.values as unknown[]) ?? []).join(', ') })];
    default:
      return [code('invalid_value')];
  }
}

/** The one validation hook: every schema failure becomes a 400 problem naming field, code and reason. */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (result.success) return;
  const target = (result as { target?: string }).target ?? 'json';
  const invalid = result.error.issues.flatMap((i) => invalidParam(target, i as never));
  return problemResponse(c, 'validation-error', { code: 'invalid_fields', params: { count: invalid.length } }, invalid);
};

export const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
api.use('*', cors, rateLimit, bodyRules);
api.route('/', health);
api.route('/', configApi);
api.route('/', treesApi);
api.route('/', catalogueApi);
api.route('/', evaluateApi);
api.route('/', assessmentsApi);
api.route('/', reportsApi);
api.route('/', impactReportsApi);
api.route('/', workspaceApi);
api.route('/', reviewApi);
api.route('/', publicationApi);
api.route('/', registerApi);
api.openAPIRegistry.registerComponent('securitySchemes', 'editToken', {
  type: 'http',
  scheme: 'bearer',
  description: 'The edit token returned once when the assessment is created: it reads and changes that assessment.',
});
api.openAPIRegistry.registerComponent('securitySchemes', 'session', {
  type: 'apiKey',
  in: 'cookie',
  name: '__Host-session',
  description: 'The browser session opened at /auth/sign-in (HttpOnly, Secure, SameSite=Lax). Changes made with it must come from this service’s own pages (Sec-Fetch-Site or Origin).',
});
api.openAPIRegistry.registerComponent('securitySchemes', 'accessToken', {
  type: 'http',
  scheme: 'bearer',
  bearerFormat: 'JWT',
  description: 'An access token from the administration’s identity provider (OIDC_ISSUER) for this service’s audience (OIDC_AUDIENCE): machine clients act as the member it names.',
});
// The document names this deployment's operator as its contact (OPERATOR_NAME, OPERATOR_CONTACT).
const documentConfig = (c: Context<AppEnv>) => ({
  openapi: '3.1.0',
  info: {
    title: 'AI use-case self-assessment API',
    version: API_VERSION,
    description:
      'Classifies an AI use case of a public administration under the EU AI Act, picks the AI services allowed for its data, lists transparency duties and the national guidelines’ checklist. Errors are RFC 9457 problem details (catalogue: /api/problems). Texts follow `?lang=` or Accept-Language (fr, de, en; French by default). A stored assessment is read and changed with its edit token; its share id reads it, read-only.',
    contact: { name: c.env.OPERATOR_NAME?.trim() || 'Service operator', ...(c.env.OPERATOR_CONTACT?.includes('@') ? { email: c.env.OPERATOR_CONTACT.trim() } : {}), url: `${new URL(c.req.url).origin}/accessibility/en.html` },
  },
  servers: [{ url: '/api/v1' }],
  security: [],
  tags: [
    { name: 'service', description: 'Health and public settings.' },
    { name: 'flows', description: 'The published flows, their trees and their question catalogue.' },
    { name: 'evaluate', description: 'Stateless evaluation of an answer set.' },
    { name: 'assessments', description: 'Stored assessments: create, read, answer, back, migrate, delete.' },
    { name: 'reports', description: 'The assessment as JSON, Markdown, HTML or PDF; the drafts of the impact assessments its result requires (FRIA, DPIA).' },
    { name: 'review', description: 'The review of an assessment in a workspace: submit, request changes, approve with four eyes, comments, audit trail, re-check.' },
    { name: 'workspace', description: 'Signed-in members of an organisation: members and roles, the portfolio, the audit trail.' },
    { name: 'register', description: 'The public algorithm register: publishing an approved assessment (register editors), and the published entries as records of the Algoritmeregister standard 1.0.0, CSV and HTML (anyone).' },
    { name: 'sign-in', description: 'Signing in and out in the browser (/auth/*, at the service’s root): OpenID Connect code + PKCE, or local demo users.' },
  ],
});
api.get('/openapi.json', (c) => c.json(withAuthRoutes(withEvaluateExamples(api.getOpenAPI31Document(documentConfig(c) as never)), c)));

/**
 * The sign-in routes live beside the API (/auth/*, browser redirects and pages), so their path items
 * name the service's root as their server; their schemas join the document's components.
 */
function withAuthRoutes<D extends { paths?: Record<string, object>; components?: { schemas?: Record<string, unknown> }; tags?: object[] }>(doc: D, c: Context<AppEnv>): D {
  const auth = authRoutes.getOpenAPI31Document(documentConfig(c) as never);
  for (const [path, item] of Object.entries(auth.paths ?? {})) (doc.paths ??= {})[path] = { servers: [{ url: '/', description: 'The service’s root: sign-in pages and redirects, outside /api/v1.' }], ...item };
  Object.assign(((doc.components ??= {}).schemas ??= {}), auth.components?.schemas ?? {});
  return doc;
}

/** Every operation of the API as a method and a path pattern, for 405 answers with Allow. */
function operations(): { method: string; re: RegExp }[] {
  return api.openAPIRegistry.definitions.flatMap((d) => {
    if (d.type !== 'route') return [];
    const pattern = d.route.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+');
    return [{ method: d.route.method.toUpperCase(), re: new RegExp(`^/api/v1${pattern}$`) }];
  });
}
let known: { method: string; re: RegExp }[] | null = null;
function allowedMethods(path: string): string[] {
  known ??= [...operations(), { method: 'GET', re: /^\/api\/v1\/openapi\.json$/ }];
  const methods = new Set(known.filter((o) => o.re.test(path)).map((o) => o.method));
  if (methods.has('GET')) methods.add('HEAD');
  if (methods.size) methods.add('OPTIONS');
  return [...methods].sort();
}

/** No route for this method: 405 with Allow when the path has other methods, else 404. */
function noRoute(c: Context) {
  const allow = allowedMethods(new URL(c.req.url).pathname);
  if (allow.length) return problemResponse(c, 'method-not-allowed', { code: 'method_not_allowed', params: { allow: allow.join(', ') } }, [], { allow: allow.join(', ') });
  return problemResponse(c, 'not-found', { code: 'unknown_endpoint' });
}

export const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
app.use('*', securityHeaders);
// Older published flow versions come from the flow archive, once per isolate, before an API or MCP
// request that may read one (see flows.ts).
const archived: MiddlewareHandler<AppEnv> = async (c, next) => {
  await loadArchive(c.env);
  await next();
};
app.use('/api/*', archived);
app.use('/mcp', archived);
// Sign-in opens server-side state for every visitor: the same per-client rate limit as the API.
app.use('/auth/*', rateLimit);
// Every response of the documented operations names the contract's version.
const apiVersion: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  settableHeaders(c).set('api-version', API_VERSION);
};
app.use('/auth/*', apiVersion);
app.use('/api/*', apiVersion);
app.route('/api/v1', api);
app.all('/api/v1/*', noRoute);
app.route('/api', docs);
app.route('/api', problemsPage);
app.all('/api/*', noRoute);
// MCP for AI agents: each tool is the REST API above, called in-process with the agent's own client
// address header (so its rate limit is its own) and the edit token it passes.
app.all('/mcp', (c) => handleMcp(c, inProcessApi(app, c)));
// The widget on an allowed intranet origin also reads the law texts it shows beside a question.
app.use('/law/*', cors);
app.route('/accessibility', accessibility);
// The public register's pages (HTML without script; its data is under /api/v1/register).
app.route('/register', registerPages);
// Signing in and out (browser pages and redirects; see docs/workspace.md).
app.route('/', authRoutes);
// The start page and the embed, rendered with their first question; their forms' plain posts.
for (const path of ['/', '/embed', '/embed/']) {
  const kind = pageKind(path)!;
  app.get(path, (c) => startPage(c, kind));
  app.post(path, (c) => formPost(c, kind, inProcessApi(app, c)));
}
// Everything else is the web app: files by name, index.html for /, /embed and other page paths
// (Cloudflare's single-page-application mode does this already; a self-hosted disk service does not).
app.all('*', async (c) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return problemResponse(c, 'method-not-allowed', { code: 'method_not_allowed', params: { allow: 'GET, HEAD' } }, [], { allow: 'GET, HEAD' });
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
  if (err instanceof ProblemError) return problemResponse(c, err.kind, { code: err.detailCode, params: err.detailParams }, err.invalid, err.headers);
  if (err instanceof HTTPException) {
    // Hono's validator throws this for a body that is not JSON.
    if (err.status === 413) return problemResponse(c, 'payload-too-large', { code: 'body_too_large', params: { max: 65536 } });
    return problemResponse(c, 'malformed-json', { code: 'malformed_json' }, [{ name: '', code: 'malformed_json' }]);
  }
  // Never echo internals or user text, nor a capability: the log gets the error class and the path with ids replaced.
  console.error(`internal error ${err instanceof Error ? err.name : typeof err} on ${c.req.method} ${instanceOf(new URL(c.req.url).pathname)}`);
  return problemResponse(c, 'internal-error', { code: 'internal' });
});
app.notFound((c) => problemResponse(c, 'not-found', { code: 'unknown_endpoint' }));
