// Headers on every response, CORS and frame-ancestors from the configured allow-lists, per-client
// rate limiting, and the body rules (JSON only, 64 KB at most) of the API.
import type { Context, MiddlewareHandler } from 'hono';
import { ProblemError, problemResponse } from './problem.ts';

export const MAX_BODY_BYTES = 64 * 1024;

const list = (v: string | undefined) => (v ?? '').split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);

/** Origins allowed to call the API from a browser (the intranet pages that embed the widget). */
export const allowedOrigins = (env: Env) => list(env.ALLOWED_ORIGINS);
/** Pages allowed to frame /embed, as CSP frame-ancestors sources. */
export const frameAncestors = (env: Env) => list(env.FRAME_ANCESTORS);

declare module 'hono' {
  interface ContextVariableMap {
    /** CSP sources ('sha256-…') of the inline styles a rendered page carries. */
    inlineStyleSources: string[];
  }
}

function csp(path: string, env: Env, styleSources: string[]): string {
  const frames = path === '/embed' || path.startsWith('/embed/') ? ["'self'", ...frameAncestors(env)].join(' ') : "'none'";
  // The HTML report carries its own inline styles and no script.
  if (path.endsWith('/report.html')) return `default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'`;
  if (path.startsWith('/api/') && path !== '/api/docs') return `default-src 'none'; frame-ancestors 'none'`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleSources].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frames}`,
  ].join('; ');
}

/**
 * The response's headers, ready to be set: those of a response built here are set in place; static
 * assets and responses fetched from elsewhere come with immutable headers, and are copied then. The
 * probe sets nosniff, which every response carries.
 */
export function settableHeaders(c: Context): Headers {
  try {
    c.res.headers.set('x-content-type-options', 'nosniff');
  } catch {
    c.res = new Response(c.res.body, c.res);
  }
  return c.res.headers;
}

export const securityHeaders: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  await next();
  const path = new URL(c.req.url).pathname;
  const h = settableHeaders(c);
  h.set('content-security-policy', csp(path, c.env, c.get('inlineStyleSources') ?? []));
  h.set('x-content-type-options', 'nosniff');
  h.set('referrer-policy', 'no-referrer');
  h.set('cross-origin-opener-policy', 'same-origin');
  h.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
  if (!path.startsWith('/embed')) h.set('x-frame-options', 'DENY');
  // widget.js is loaded by intranet pages of other origins.
  if (path === '/widget.js' || path.startsWith('/assets/')) h.set('cross-origin-resource-policy', 'cross-origin');
};

/** CORS for the API: only configured origins; no credentials (the edit token travels in a header). */
export const cors: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  const origin = c.req.header('origin');
  const allowed = origin !== undefined && allowedOrigins(c.env).includes(origin);
  if (c.req.method === 'OPTIONS' && origin) {
    if (!allowed) return problemResponse(c, 'origin-not-allowed', { code: 'origin_not_allowed', params: { origin } }, [{ name: 'header:Origin', code: 'not_allowed', params: { values: allowedOrigins(c.env).join(' ') || '-' } }]);
    return new Response(null, {
      status: 204,
      headers: {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
        'access-control-allow-headers': 'authorization, content-type, accept-language',
        'access-control-max-age': '600',
        vary: 'origin',
      },
    });
  }
  await next();
  if (allowed) {
    const h = settableHeaders(c);
    h.set('access-control-allow-origin', origin);
    h.set('access-control-expose-headers', 'location, retry-after');
    h.append('vary', 'origin');
  }
};

// Fixed-window counters per client, per isolate. On Cloudflare, add a WAF rate-limiting rule for a
// global limit; this one protects each isolate and the local server.
const windows = new Map<string, { start: number; count: number }>();

export const rateLimit: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  const limit = Number(c.env.RATE_LIMIT_PER_MINUTE ?? '0');
  if (limit > 0) {
    // A client header is trusted only when the deployment names it (CLIENT_IP_HEADER: "cf-connecting-ip" on
    // Cloudflare, the reverse proxy's header elsewhere): otherwise a client could pick its own bucket.
    const header = c.env.CLIENT_IP_HEADER?.trim().toLowerCase();
    const client = (header && c.req.header(header)) || 'shared';
    const now = Date.now();
    const w = windows.get(client);
    if (!w || now - w.start >= 60_000) windows.set(client, { start: now, count: 1 });
    else if (++w.count > limit) {
      const retry = Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000));
      throw new ProblemError('rate-limited', 'rate_limited', { limit, retry }, [], { 'retry-after': String(retry) });
    }
    if (windows.size > 10_000) windows.clear(); // bounded memory under address churn
  }
  await next();
};

/**
 * Bodies must be JSON and at most 64 KB, checked before any parsing. The body is read once through
 * Hono's request cache, so the route's validator parses it without reading the stream again.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true });

export const bodyRules: MiddlewareHandler<{ Bindings: Env }> = async (c: Context, next) => {
  if (['POST', 'PUT', 'PATCH'].includes(c.req.method)) {
    const length = Number(c.req.header('content-length') ?? 'NaN');
    if (length > MAX_BODY_BYTES) throw new ProblemError('payload-too-large', 'body_too_large', { max: MAX_BODY_BYTES }, [{ name: '', code: 'too_large', params: { bytes: length } }]);
    const raw = await c.req.arrayBuffer();
    if (raw.byteLength > MAX_BODY_BYTES) throw new ProblemError('payload-too-large', 'body_too_large', { max: MAX_BODY_BYTES }, [{ name: '', code: 'too_large', params: { bytes: raw.byteLength } }]);
    if (raw.byteLength > 0) {
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json') throw new ProblemError('unsupported-media-type', 'not_json', {}, [{ name: 'header:Content-Type', code: 'wrong_media_type', params: { type: type || 'none' } }]);
      // Decoded once here, strictly (invalid UTF-8 is malformed JSON): the validator's c.req.json()
      // parses this text instead of reading the body again through a new Response.
      let text: string;
      try {
        text = utf8.decode(raw);
      } catch {
        throw new ProblemError('malformed-json', 'malformed_json', {}, [{ name: '', code: 'malformed_json' }]);
      }
      (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(text);
    }
  }
  await next();
};
