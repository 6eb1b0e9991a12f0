// The REST API called from inside the worker (MCP tools, the pages' plain form posts): the same
// routes, validation and problems as from outside, with the caller's client address passed on so
// that its rate limit stays its own.
import type { Context } from 'hono';

export type CallApi = (path: string, init?: { method?: string; body?: unknown; token?: string; ifMatch?: string }) => Promise<Response>;

export function inProcessApi(app: { request: (path: string, init: RequestInit, env: Env) => Response | Promise<Response> }, c: Context<{ Bindings: Env }>): CallApi {
  return (path, init = {}) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    const client = c.env.CLIENT_IP_HEADER?.trim().toLowerCase();
    if (client && c.req.header(client)) headers[client] = c.req.header(client)!;
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.ifMatch) headers['if-match'] = init.ifMatch;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    return Promise.resolve(app.request(`/api/v1${path}`, { method: init.method ?? 'GET', headers, ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}) }, c.env));
  };
}
