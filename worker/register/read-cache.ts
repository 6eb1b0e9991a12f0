// The public register is read far more often than it changes: each read asks the register's object for
// its revision only (one small call), answers 304 when the client holds it, and otherwise serves the
// body this isolate rendered for that revision, rendering it once when it has none.
import type { Context } from 'hono';
import { registerStub } from './stub.ts';
import type { RegisterObject } from './register-object.ts';

const bodies = new Map<string, string>();
/** Bodies kept per isolate: the oldest go first. */
const MAX_BODIES = 200;

/** A short, stable tag of the request's variant (path, query, language), for the ETag. */
function tag(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** `render` gives the body, or null when there is nothing to show (a retracted entry): then `missing` answers, uncached. */
export async function registerRead(
  c: Context<{ Bindings: Env }>,
  variant: string,
  type: string,
  headers: Record<string, string>,
  render: (register: DurableObjectStub<RegisterObject>) => Promise<string | null>,
  missing: () => Response,
): Promise<Response> {
  const register = registerStub(c.env);
  const revision = await register.revision();
  const etag = `"register-${revision}-${tag(variant)}"`;
  const common = { etag, 'cache-control': 'public, max-age=60, must-revalidate', 'content-type': type, ...headers };
  const inm = c.req.header('if-none-match');
  if (inm && inm.split(',').map((s) => s.trim()).includes(etag)) return c.body(null, 304, common);
  const key = `${revision}|${variant}`;
  let body = bodies.get(key) ?? null;
  if (body === null) {
    body = await render(register);
    if (body === null) return missing();
    bodies.set(key, body);
    if (bodies.size > MAX_BODIES) bodies.delete(bodies.keys().next().value!);
  }
  return c.body(body, 200, common);
}
