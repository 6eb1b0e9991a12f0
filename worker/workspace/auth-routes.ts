// /auth/*: signing in and out in the browser. OpenID Connect (code + PKCE) with the administration's
// identity provider, or, for `npm start`, a page of demo users marked as local. The session is a random
// value in an HttpOnly, Secure, SameSite=Lax cookie; what it stands for lives server-side only.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ALWAYS, HEADERS, Lang as LangSchema, commonHeaders, problemResponses } from '../api/schemas.ts';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { pickLang, type Lang } from '../../web/src/i18n/index.tsx';
import { htmlEscape } from '../reports/html.ts';
import { ProblemError } from '../http/problem.ts';
import { authConfig, type AuthConfig } from './config.ts';
import { OidcError, authorizationRequest, redeemCode } from './oidc.ts';
import { SESSION_COOKIE, fromClaims, orgStub, sameOrigin, sessionName, sessionStub } from './identity.ts';
import type { Person } from './organisation-object.ts';
import type { Role } from './schemas.ts';
import { ROLE_WORDS } from './role-words.ts';
import { base64url } from 'jose';

type Ctx = Context<{ Bindings: Env }>;
const LOGIN_COOKIE = '__Host-sign-in';
const LOGIN_MINUTES = 10;

/** Where to go after signing in: a path of this service only (never another site). */
const returnPath = (raw: string | undefined) => (raw && /^\/(?!\/)[A-Za-z0-9/_.?=&%-]*$/.test(raw) ? raw : '/workspace');

const unavailable = (config: AuthConfig) => new ProblemError('sign-in-unavailable', 'sign_in_off', {}, config.mode === 'off' && config.problem ? [{ name: 'config', code: 'invalid_value' }] : []);

async function openSession(c: Ctx, config: Exclude<AuthConfig, { mode: 'off' }>, person: Person, orgId: string, orgName: string, role: Role | null, returnTo: string) {
  const source = config.mode === 'local' ? 'local' : 'claim';
  const member = await orgStub(c.env, orgId).join(person, orgName, role, config.defaultRole, source);
  if (!member) throw new ProblemError('sign-in-required', 'not_a_member', {}, []);
  const value = base64url.encode(crypto.getRandomValues(new Uint8Array(32)));
  const now = Date.now();
  const expiresAt = new Date(now + config.sessionHours * 3_600_000).toISOString();
  await sessionStub(c.env, await sessionName(value)).open({ userId: person.id, name: person.name, email: person.email, orgId, orgName, mode: config.mode, createdAt: new Date(now).toISOString(), expiresAt });
  setCookie(c, SESSION_COOKIE, value, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/', maxAge: config.sessionHours * 3600 });
  c.header('cache-control', 'no-store');
  return c.redirect(returnTo, 303);
}

const redirectUri = (c: Ctx) => `${new URL(c.req.url).origin}/auth/callback`;

const html = { 'text/html': { schema: z.string() } };
const redirect = (description: string) => ({ description, headers: { Location: { description: 'Where the browser goes next.', schema: { type: 'string' as const } }, 'API-Version': HEADERS['API-Version'] } });
const ReturnQuery = z.object({
  return: z.string().max(500).optional().openapi({ description: 'A path of this service to come back to after signing in (/workspace by default); anything else is ignored.' }),
  lang: LangSchema.optional(),
});

const signInRoute = createRoute({
  method: 'get',
  path: '/auth/sign-in',
  operationId: 'signIn',
  tags: ['sign-in'],
  summary: 'Start signing in (a browser page): to the identity provider, or to the local demo page',
  description: 'AUTH_MODE oidc: a 303 to the provider’s authorization endpoint (code flow, PKCE S256, state and nonce kept server-side for ten minutes and bound to this browser). AUTH_MODE local: a 303 to /auth/local. 503 when sign-in is off or the provider cannot be reached.',
  request: { query: ReturnQuery },
  responses: { 303: redirect('To the identity provider, or to the local sign-in page'), ...problemResponses(400, 503, ...ALWAYS) },
});

const callbackRoute = createRoute({
  method: 'get',
  path: '/auth/callback',
  operationId: 'signInCallback',
  tags: ['sign-in'],
  summary: 'Where the identity provider sends the browser back: the code is redeemed and a session opened',
  description: 'The state must be the one this browser started (cookie) and is used once; the ID token is verified against the issuer’s JWKS (signature, issuer, audience, expiry, nonce). Then a 303 to the return path with the session cookie (__Host-session: HttpOnly, Secure, SameSite=Lax).',
  request: { query: z.object({ state: z.string().max(200).optional(), code: z.string().max(2000).optional(), iss: z.string().max(500).optional(), session_state: z.string().max(500).optional(), error: z.string().max(200).optional(), error_description: z.string().max(1000).optional() }) },
  responses: { 303: redirect('Signed in: to the return path'), ...problemResponses(400, 401, 503, ...ALWAYS) },
});

const localPageRoute = createRoute({
  method: 'get',
  path: '/auth/local',
  operationId: 'localSignInPage',
  tags: ['sign-in'],
  summary: 'The local demo sign-in page (AUTH_MODE local only; refused in production)',
  description: 'Lists the demo users of LOCAL_USERS, marked as local. 503 in any other mode.',
  request: { query: ReturnQuery },
  responses: { 200: { description: 'The page', headers: commonHeaders, content: html }, ...problemResponses(400, 503, ...ALWAYS) },
});

const localSignInRoute = createRoute({
  method: 'post',
  path: '/auth/local',
  operationId: 'localSignIn',
  tags: ['sign-in'],
  summary: 'Sign in as one of the local demo users (the page’s form)',
  description: 'Only from this service’s own page (Sec-Fetch-Site same-origin, or its Origin): 403 otherwise. 400 for a user that is not in LOCAL_USERS.',
  request: { body: { required: true, content: { 'application/x-www-form-urlencoded': { schema: z.object({ user: z.string().max(60), return: z.string().max(500).optional() }).openapi('LocalSignIn') } } } },
  responses: { 303: redirect('Signed in: to the return path'), ...problemResponses(400, 403, 503, ...ALWAYS) },
});

const signOutRoute = createRoute({
  method: 'post',
  path: '/auth/sign-out',
  operationId: 'signOut',
  tags: ['sign-in'],
  summary: 'Sign out: the session ends at once and its cookie is cleared',
  description: 'Only from this service’s own pages (403 otherwise). Then a 303 to the start page.',
  responses: { 303: redirect('Signed out: to the start page'), ...problemResponses(403, ...ALWAYS) },
});

/** The sign-in routes, with their own OpenAPI registry (merged into /api/v1/openapi.json under a root server). */
export const authRoutes = new OpenAPIHono<{ Bindings: Env }>()
  .openapi(signInRoute, async (c) => {
    const config = authConfig(c.env);
    const returnTo = returnPath(c.req.query('return'));
    if (config.mode === 'off') throw unavailable(config);
    if (config.mode === 'local') return c.redirect(`/auth/local?return=${encodeURIComponent(returnTo)}${c.req.query('lang') ? `&lang=${pickLang(c.req.query('lang'))}` : ''}`, 303) as never;
    let req;
    try {
      req = await authorizationRequest(config.oidc, redirectUri(c));
    } catch (e) {
      if (e instanceof OidcError || e instanceof TypeError) throw new ProblemError('sign-in-unavailable', 'identity_provider_unreachable', {}, []);
      throw e;
    }
    await sessionStub(c.env, `login:${req.state}`).hold({ nonce: req.nonce, verifier: req.verifier, returnTo, expiresAt: new Date(Date.now() + LOGIN_MINUTES * 60_000).toISOString() });
    // The state is also bound to this browser: a callback started elsewhere finds no matching cookie.
    setCookie(c, LOGIN_COOKIE, req.state, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/', maxAge: LOGIN_MINUTES * 60 });
    c.header('cache-control', 'no-store');
    return c.redirect(req.url, 303) as never;
  })
  .openapi(callbackRoute, async (c) => {
    const config = authConfig(c.env);
    if (config.mode !== 'oidc') throw unavailable(config);
    const state = c.req.query('state') ?? '';
    const code = c.req.query('code') ?? '';
    const bound = getCookie(c, LOGIN_COOKIE);
    deleteCookie(c, LOGIN_COOKIE, { path: '/', secure: true });
    if (!state || !code || bound !== state || !/^[A-Za-z0-9_-]{20,100}$/.test(state)) throw new ProblemError('sign-in-required', 'sign_in_required', {}, [{ name: 'query:state', code: 'invalid_session' }]);
    const pending = await sessionStub(c.env, `login:${state}`).take();
    if (!pending) throw new ProblemError('sign-in-required', 'sign_in_required', {}, [{ name: 'query:state', code: 'invalid_session' }]);
    let claims;
    try {
      claims = await redeemCode(config.oidc, code, redirectUri(c), pending.verifier, pending.nonce);
    } catch {
      throw new ProblemError('sign-in-required', 'access_token_invalid', {}, [{ name: 'query:code', code: 'invalid_access_token' }]);
    }
    const who = fromClaims(config.oidc, claims);
    if (!who) throw new ProblemError('sign-in-required', 'not_a_member', {}, [{ name: 'query:code', code: 'invalid_access_token' }]);
    return (await openSession(c, config, who.person, who.orgId, who.orgName, who.role, pending.returnTo)) as never;
  })
  .openapi(localPageRoute, (c) => {
    const config = authConfig(c.env);
    if (config.mode !== 'local') throw unavailable(config);
    const lang = pickLang(c.req.query('lang'));
    return c.html(localPage(config.users, lang, returnPath(c.req.query('return'))), 200, { 'cache-control': 'no-store' }) as never;
  })
  .openapi(localSignInRoute, async (c) => {
    const config = authConfig(c.env);
    if (config.mode !== 'local') throw unavailable(config);
    sameOrigin(c);
    const form = c.req.valid('form');
    const user = config.users.find((u) => u.id === form.user);
    if (!user) throw new ProblemError('validation-error', 'invalid_fields', { count: 1 }, [{ name: 'form:user', code: 'unknown_member' }]);
    return (await openSession(c, config, { id: user.id, name: user.name, email: user.email }, user.organisation, user.organisationName, user.role, returnPath(form.return))) as never;
  })
  .openapi(signOutRoute, async (c) => {
    sameOrigin(c);
    const value = getCookie(c, SESSION_COOKIE);
    if (value) await sessionStub(c.env, await sessionName(value)).end();
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
    c.header('cache-control', 'no-store');
    return c.redirect('/', 303) as never;
  });

const WORDS: Record<Lang, { title: string; banner: string; intro: string; as: (role: string) => string; back: string }> = {
  fr: {
    title: 'Connexion locale',
    banner: 'Connexion locale de démonstration : ces utilisateurs n’existent que sur ce poste. Un service en production se connecte au fournisseur d’identité de l’administration.',
    intro: 'Choisissez la personne sous laquelle vous voulez essayer l’espace de travail.',
    as: (r) => `(${r})`,
    back: 'Retour au questionnaire',
  },
  de: {
    title: 'Lokale Anmeldung',
    banner: 'Lokale Demo-Anmeldung: Diese Benutzer gibt es nur auf diesem Rechner. Ein Dienst im Betrieb meldet sich beim Identitätsanbieter der Verwaltung an.',
    intro: 'Wählen Sie die Person, als die Sie den Arbeitsbereich ausprobieren möchten.',
    as: (r) => `(${r})`,
    back: 'Zurück zum Fragebogen',
  },
  en: {
    title: 'Local sign-in',
    banner: 'Local demo sign-in: these users exist on this machine only. A production service signs in with the administration’s identity provider.',
    intro: 'Pick the person you want to try the workspace as.',
    as: (r) => `(${r})`,
    back: 'Back to the questionnaire',
  },
};


function localPage(users: { id: string; name: string; organisationName: string; role: Role }[], lang: Lang, returnTo: string): string {
  const w = WORDS[lang];
  const e = htmlEscape;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(w.title)}</title>
<link rel="stylesheet" href="/local-sign-in.css"></head>
<body><main><h1>${e(w.title)}</h1><p class="local" role="note"><strong>${e(w.banner)}</strong></p><p>${e(w.intro)}</p>
<form method="post" action="/auth/local"><input type="hidden" name="return" value="${e(returnTo)}"><ul>
${users.map((u) => `<li><button type="submit" name="user" value="${e(u.id)}">${e(u.name)} — ${e(u.organisationName)} ${e(w.as(ROLE_WORDS[lang][u.role]))}</button></li>`).join('\n')}
</ul></form><p><a href="/?lang=${lang}">${e(w.back)}</a></p></main></body></html>`;
}
