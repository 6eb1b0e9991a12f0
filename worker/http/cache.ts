// Caching of what never changes: a published flow version is immutable, so its resources carry its
// content hash as a strong ETag, a year of caching, and answer If-None-Match with 304.
import type { Context } from 'hono';

export function immutable(c: Context, hash: string, body: () => unknown, extra: Record<string, string> = {}): Response {
  const etag = `"${hash.slice(0, 32)}"`;
  const headers = { etag, 'cache-control': 'public, max-age=31536000, immutable', ...extra };
  const inm = c.req.header('if-none-match');
  if (inm && inm.split(',').map((s) => s.trim()).some((t) => t === etag || t === '*')) return c.body(null, 304, headers);
  return c.json(body(), 200, headers);
}

/** A resource of the current version (it may change when a version is published): an ETag, briefly cached. */
export function revalidated(c: Context, hash: string, body: () => unknown, extra: Record<string, string> = {}): Response {
  const etag = `"${hash.slice(0, 32)}"`;
  const headers = { etag, 'cache-control': 'public, max-age=300', ...extra };
  const inm = c.req.header('if-none-match');
  if (inm && inm.split(',').map((s) => s.trim()).some((t) => t === etag || t === '*')) return c.body(null, 304, headers);
  return c.json(body(), 200, headers);
}
