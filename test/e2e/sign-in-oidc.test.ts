// Sign-in against a real OpenID provider on loopback (oidc-provider): the browser goes through the
// provider's own login and consent pages, the service redeems the code with PKCE and verifies the ID
// token against the provider's JWKS; a machine client calls the API with the provider's JWT access
// token; forged, expired and wrong-audience tokens are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, generateKeyPair, importJWK } from 'jose';
import type { Browser } from 'playwright-core';
import { freePort } from '../../bench/support.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { AGENT_CLIENT, AUDIENCE, WEB_CLIENT, startIssuer, type Issuer } from '../support/oidc-issuer.ts';
import { isolatedContext, launch } from '../support/browser.ts';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

let issuer: Issuer;
let server: DevServer;
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  issuer = await startIssuer(`http://127.0.0.1:${port}/auth/callback`);
  server = await startDevServer({
    port,
    persistTo: mkdtempSync(join(tmpdir(), 'oidc-state-')),
    vars: { AUTH_MODE: 'oidc', OIDC_ISSUER: issuer.url, OIDC_CLIENT_ID: WEB_CLIENT.id, OIDC_CLIENT_SECRET: WEB_CLIENT.secret, OIDC_AUDIENCE: AUDIENCE, OIDC_SCOPES: 'openid profile email organisation' },
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await issuer?.stop();
});

/** Signs in through the provider's pages as `login`; the page ends on `returnTo`. */
async function signInAs(login: string, returnTo: string) {
  const { context } = await isolatedContext(browser);
  const page = await context.newPage();
  await page.goto(`${server.base}/auth/sign-in?return=${encodeURIComponent(returnTo)}`);
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('any password');
  await page.locator('button[type=submit]').click();
  await page.locator('button[type=submit]', { hasText: 'Continue' }).click(); // consent
  return { context, page };
}

const api = (path: string, token?: string, init: RequestInit = {}) => fetch(`${server.base}/api/v1${path}`, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers as Record<string, string>) } });

describe('sign-in with OpenID Connect', () => {
  it('signs a person in through the provider, with the role its claims map to, and out again', async () => {
    const { context, page } = await signInAs('lea', '/api/v1/me');
    await page.waitForURL(`${server.base}/api/v1/me`);
    const me = JSON.parse((await page.locator('body').textContent())!);
    expect(me).toMatchObject({ signedIn: true, mode: 'oidc', user: { id: 'lea', name: 'Léa Schmit', email: 'lea.schmit@ministry-a.test', role: 'project_lead' }, organisation: { id: 'ministry-a', name: 'Ministère A' } });
    const session = (await context.cookies(server.base)).find((c) => c.name === '__Host-session')!;
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    // Nothing of the sign-in is left in the address bar or in a cookie the page can read.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.goto(`${server.base}/accessibility/en.html`); // a page of the service (the API's own CSP allows no fetch)
    const out = await page.evaluate(async () => (await fetch('/auth/sign-out', { method: 'POST', redirect: 'manual' })).type);
    expect(out).toBe('opaqueredirect');
    await page.goto(`${server.base}/api/v1/me`);
    expect(JSON.parse((await page.locator('body').textContent())!).signedIn).toBe(false);
    await context.close();
  });

  it('takes a reviewer role from the claims, and refuses a replayed callback', async () => {
    const { context, page } = await signInAs('marc', '/api/v1/me');
    await page.waitForURL(`${server.base}/api/v1/me`);
    expect(JSON.parse((await page.locator('body').textContent())!).user.role).toBe('reviewer');
    await context.close();
    // A callback whose state was not started by this browser: refused, nothing signed in.
    const replay = await fetch(`${server.base}/auth/callback?state=${'s'.repeat(43)}&code=abc`, { redirect: 'manual' });
    expect(replay.status).toBe(401);
    expect(replay.headers.get('content-type')).toContain('application/problem+json');
  });

  it('lets a machine client act with the provider’s JWT access token, and refuses forged, expired and wrong-audience tokens', async () => {
    const res = await fetch(`${issuer.url}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${btoa(`${AGENT_CLIENT.id}:${AGENT_CLIENT.secret}`)}` },
      body: new URLSearchParams({ grant_type: 'client_credentials', resource: AUDIENCE, scope: 'assess' }),
    });
    expect(res.status).toBe(200);
    const token = ((await res.json()) as { access_token: string }).access_token;
    expect(token.split('.')).toHaveLength(3);
    const me = (await (await api('/me', token)).json()) as { user: { id: string; role: string }; organisation: { id: string } };
    expect(me).toMatchObject({ signedIn: true, user: { id: AGENT_CLIENT.id, role: 'project_lead' }, organisation: { id: 'ministry-a' } });
    // A bearer token needs no Origin: it is not sent by the browser on its own.
    const created = await api('/workspace/assessments', token, { method: 'POST', body: JSON.stringify({ lang: 'en', answers: { intro_title: 'Filled in by an agent' } }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await api(`/assessments/${id}`, token)).status).toBe(200);
    const list = (await (await api('/workspace/assessments', token)).json()) as { entries: { id: string; ownerName: string }[] };
    expect(list.entries).toContainEqual(expect.objectContaining({ id, ownerName: 'Agent service' }));

    const issuerKey = await importJWK(issuer.key, 'RS256');
    const claims = { organisation: 'ministry-a', roles: ['ai-admin'], name: 'Mallory' };
    const sign = (key: CryptoKey | Uint8Array, edit: (j: SignJWT) => SignJWT) => edit(new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'test-issuer-key' }).setSubject('mallory').setIssuer(issuer.url).setIssuedAt()).sign(key);
    const { privateKey: otherKey } = await generateKeyPair('RS256');
    const tokens = {
      forged: await sign(otherKey, (j) => j.setAudience(AUDIENCE).setExpirationTime('5m')),
      expired: await sign(issuerKey, (j) => j.setAudience(AUDIENCE).setExpirationTime(Math.floor(Date.now() / 1000) - 60)),
      wrongAudience: await sign(issuerKey, (j) => j.setAudience('urn:another-service').setExpirationTime('5m')),
      wrongIssuer: await sign(issuerKey, (j) => j.setIssuer('http://127.0.0.1:1').setAudience(AUDIENCE).setExpirationTime('5m')),
    };
    for (const [name, bad] of Object.entries(tokens)) {
      const refused = await api('/workspace/assessments', bad);
      expect(refused.status, name).toBe(401);
      expect(refused.headers.get('content-type'), name).toContain('application/problem+json');
      expect(refused.headers.get('www-authenticate'), name).toContain('invalid_token');
    }
    // The same key and claims with the right audience and expiry are accepted: the refusals were for those reasons.
    const good = await sign(issuerKey, (j) => j.setAudience(AUDIENCE).setExpirationTime('5m'));
    expect((await api('/me', good)).status).toBe(200);
  });

  it('lets an AI agent fill in an assessment of its organisation over MCP with its access token and submit it for a reviewer', async () => {
    const res = await fetch(`${issuer.url}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${btoa(`${AGENT_CLIENT.id}:${AGENT_CLIENT.secret}`)}` },
      body: new URLSearchParams({ grant_type: 'client_credentials', resource: AUDIENCE, scope: 'assess' }),
    });
    const token = ((await res.json()) as { access_token: string }).access_token;
    const client = new Client({ name: 'agent-service', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${server.base}/mcp`), { requestInit: { headers: { authorization: `Bearer ${token}` } } }));
    try {
      const created = (await client.callTool({ name: 'create_workspace_assessment', arguments: { lang: 'en', answers: { intro_title: 'Mail sorting assistant' } } })).structuredContent as { id: string; next: { id: string; options: { id: string }[]; kind: string } | null; complete: boolean };
      expect(created.id).toMatch(/^[0-9a-f]{32}$/);
      // Answered question by question, with no edit token: the connection's access token stands for the agent.
      let state = created;
      for (let i = 0; i < 60 && !state.complete; i++) {
        const q = state.next!;
        const value = q.kind === 'text' ? 'Sorts incoming mail by department.' : q.kind === 'multiple' ? [q.options.at(-1)!.id === 'unsure' ? q.options[0]!.id : q.options.at(-1)!.id] : (q.options.find((o) => o.id === 'no') ?? q.options[0]!).id;
        const r = await client.callTool({ name: 'answer_question', arguments: { id: created.id, question: q.id, value } });
        expect(r.isError, JSON.stringify(r.content)).toBeFalsy();
        state = r.structuredContent as typeof state;
      }
      expect(state.complete).toBe(true);
      const sent = (await client.callTool({ name: 'submit_for_review', arguments: { id: created.id } })).structuredContent as { status: string };
      expect(sent.status).toBe('in_review');
      // A reviewer of the organisation finds it in the portfolio, in review, authored by the agent.
      const list = (await (await api('/workspace/assessments?status=in_review', token)).json()) as { entries: { id: string; ownerName: string }[] };
      expect(list.entries).toContainEqual(expect.objectContaining({ id: created.id, ownerName: 'Agent service' }));
    } finally {
      await client.close();
    }
    // Without the access token the workspace tools answer with the problem, as a tool error.
    const anonymous = new Client({ name: 'anonymous', version: '1.0.0' });
    await anonymous.connect(new StreamableHTTPClientTransport(new URL(`${server.base}/mcp`)));
    const refused = await anonymous.callTool({ name: 'create_workspace_assessment', arguments: { lang: 'en' } });
    expect(refused.isError).toBe(true);
    expect(JSON.stringify(refused.content)).toContain('sign-in-required');
    await anonymous.close();
  });
});
