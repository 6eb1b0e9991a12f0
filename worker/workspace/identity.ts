// Who is asking: a session cookie (people, in the browser) or a bearer access token from the identity
// provider (machine clients). Either way the member and their role are read from the organisation's
// object on every request, so a removed member or a changed role takes effect at once.
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { JWTPayload } from 'jose';
import { ProblemError } from '../http/problem.ts';
import { sha256 } from '../assessments/store.ts';
import { authConfig, type OidcSettings } from './config.ts';
import { verifyAccessToken } from './oidc.ts';
import type { Member, Role } from './schemas.ts';
import type { Person } from './organisation-object.ts';
import { orgStub, sessionStub } from './stubs.ts';
export { orgStub, sessionStub };

export const SESSION_COOKIE = '__Host-session';

export interface SignedIn {
  member: Member;
  org: { id: string; name: string };
  /** The session's object name and end, for a cookie session; null for a bearer token. */
  session: { name: string; expiresAt: string } | null;
}

export const sessionName = async (cookie: string) => `session:${await sha256(cookie)}`;

/** A JWT has three dot-separated parts; an edit token has none. */
export const isJwt = (token: string) => /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token);

/** The person, organisation and role the identity provider's claims give. */
export function fromClaims(s: OidcSettings, claims: JWTPayload): { person: Person; orgId: string; orgName: string; role: Role | null } | null {
  const orgId = claims[s.orgClaim];
  if (typeof claims.sub !== 'string' || typeof orgId !== 'string' || !/^[A-Za-z0-9._-]{1,100}$/.test(orgId)) return null;
  const raw = claims[s.roleClaim];
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/\s+/) : [];
  // The strongest mapped role wins when the provider gives several.
  const order: Role[] = ['admin', 'reviewer', 'register_editor', 'project_lead'];
  const mapped = values.flatMap((v) => (typeof v === 'string' && s.roleMap[v] ? [s.roleMap[v]!] : []));
  const role = order.find((r) => mapped.includes(r)) ?? null;
  const str = (k: string) => (typeof claims[k] === 'string' ? (claims[k] as string) : '');
  const name = str('name') || [str('given_name'), str('family_name')].filter(Boolean).join(' ') || str('preferred_username') || claims.sub;
  const orgName = str(s.orgNameClaim) || orgId;
  return { person: { id: claims.sub, name, email: str('email') }, orgId, orgName, role };
}

const memo = new WeakMap<object, Promise<SignedIn | null>>();

/** The signed-in member, or null (no session, or it ended). A bearer access token that fails verification is a 401. */
export function signedIn(c: Context<{ Bindings: Env }>): Promise<SignedIn | null> {
  let p = memo.get(c.req.raw);
  if (!p) {
    p = resolve(c);
    memo.set(c.req.raw, p);
  }
  return p;
}

async function resolve(c: Context<{ Bindings: Env }>): Promise<SignedIn | null> {
  const config = authConfig(c.env);
  if (config.mode === 'off') return null;
  const auth = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (auth && isJwt(auth)) {
    if (config.mode !== 'oidc') throw invalidToken();
    let claims: JWTPayload;
    try {
      claims = await verifyAccessToken(config.oidc, auth);
    } catch {
      throw invalidToken();
    }
    const who = fromClaims(config.oidc, claims);
    if (!who) throw invalidToken();
    const org = orgStub(c.env, who.orgId);
    const joined = await org.join(who.person, who.orgName, who.role, config.defaultRole, 'claim');
    if (!joined) throw notMember();
    // A token issued before the member's sessions were revoked no longer stands for them.
    const member = await org.memberFor(who.person.id, new Date((claims.iat ?? 0) * 1000).toISOString());
    if (!member) throw invalidToken();
    return { member, org: { id: who.orgId, name: who.orgName }, session: null };
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (!cookie || !/^[A-Za-z0-9_-]{20,100}$/.test(cookie)) return null;
  const name = await sessionName(cookie);
  const s = await sessionStub(c.env, name).get();
  if (!s) return null;
  const org = orgStub(c.env, s.orgId);
  const member = await org.memberFor(s.userId, s.createdAt);
  if (!member) return null;
  return { member, org: { id: s.orgId, name: s.orgName }, session: { name, expiresAt: s.expiresAt } };
}

const invalidToken = () => new ProblemError('sign-in-required', 'access_token_invalid', {}, [{ name: 'header:Authorization', code: 'invalid_access_token' }], { 'www-authenticate': 'Bearer realm="workspace", error="invalid_token"' });
const notMember = () => new ProblemError('sign-in-required', 'not_a_member', {}, [{ name: 'header:Authorization', code: 'invalid_access_token' }], { 'www-authenticate': 'Bearer realm="workspace"' });

/** The member, or a 401: for workspace operations. Changes made with a cookie must come from this origin. */
export async function requireMember(c: Context<{ Bindings: Env }>, roles?: readonly Role[]): Promise<SignedIn> {
  const who = await signedIn(c);
  if (!who) throw new ProblemError('sign-in-required', 'sign_in_required', {}, [{ name: 'cookie:__Host-session', code: 'invalid_session' }], { 'www-authenticate': 'Bearer realm="workspace"' });
  if (who.session) sameOrigin(c);
  if (roles && !roles.includes(who.member.role)) throw new ProblemError('role-required', 'role_required', { roles: roles.join(', ') }, [{ name: 'session', code: 'wrong_role', params: { role: who.member.role } }]);
  return who;
}

/**
 * Cross-site request forgery: a change made with a session cookie must come from this service's own
 * pages (SameSite=Lax already keeps the cookie off most cross-site requests; this closes the rest).
 */
export function sameOrigin(c: Context): void {
  if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return;
  // Browsers mark their own requests (Sec-Fetch-Site, which no page can set); with this service's
  // Referrer-Policy: no-referrer they send "Origin: null" on same-origin posts, so either proves it.
  if (c.req.header('sec-fetch-site') === 'same-origin') return;
  const origin = c.req.header('origin');
  if (origin !== new URL(c.req.url).origin) throw new ProblemError('cross-site-request', 'cross_site', {}, [{ name: 'header:Origin', code: 'foreign_origin', params: { origin: origin ?? 'none' } }]);
}
