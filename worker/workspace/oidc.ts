// OpenID Connect, authorization code with PKCE (RFC 7636, S256). Tokens are verified with `jose`
// against the issuer's JWKS; the issuer's metadata is read from its discovery document once per isolate.
import { base64url, createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { OidcSettings } from './config.ts';

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  end_session_endpoint?: string;
}

const discovered = new Map<string, Promise<{ meta: Discovery; jwks: ReturnType<typeof createRemoteJWKSet> }>>();

export class OidcError extends Error {}

function issuerOf(s: OidcSettings) {
  let p = discovered.get(s.issuer);
  if (!p) {
    p = (async () => {
      const res = await fetch(new URL('.well-known/openid-configuration', s.issuer.endsWith('/') ? s.issuer : `${s.issuer}/`));
      if (!res.ok) throw new OidcError(`discovery: ${res.status}`);
      const meta = (await res.json()) as Discovery;
      // The discovery document must be the issuer's own (OpenID Connect Discovery 1.0, 4.3).
      if (meta.issuer !== s.issuer) throw new OidcError(`discovery names issuer ${meta.issuer}`);
      return { meta, jwks: createRemoteJWKSet(new URL(meta.jwks_uri)) };
    })();
    p.catch(() => discovered.delete(s.issuer));
    discovered.set(s.issuer, p);
  }
  return p;
}

const random = (bytes = 32) => base64url.encode(crypto.getRandomValues(new Uint8Array(bytes)));

export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  verifier: string;
}

export async function authorizationRequest(s: OidcSettings, redirectUri: string): Promise<AuthorizationRequest> {
  const { meta } = await issuerOf(s);
  const state = random();
  const nonce = random();
  const verifier = random();
  const challenge = base64url.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  const url = new URL(meta.authorization_endpoint);
  for (const [k, v] of Object.entries({ response_type: 'code', client_id: s.clientId, redirect_uri: redirectUri, scope: s.scopes, state, nonce, code_challenge: challenge, code_challenge_method: 'S256' })) url.searchParams.set(k, v);
  return { url: url.toString(), state, nonce, verifier };
}

/** Exchanges the code (client_secret_basic) and verifies the ID token: issuer, audience, expiry, nonce. */
export async function redeemCode(s: OidcSettings, code: string, redirectUri: string, verifier: string, nonce: string): Promise<JWTPayload> {
  const { meta, jwks } = await issuerOf(s);
  const res = await fetch(meta.token_endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      authorization: `Basic ${btoa(`${encodeURIComponent(s.clientId)}:${encodeURIComponent(s.clientSecret)}`)}`,
    },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier }),
  });
  if (!res.ok) throw new OidcError(`token endpoint: ${res.status}`);
  const tokens = (await res.json()) as { id_token?: string };
  if (!tokens.id_token) throw new OidcError('no id_token');
  const { payload } = await jwtVerify(tokens.id_token, jwks, { issuer: s.issuer, audience: s.clientId });
  if (payload.nonce !== nonce) throw new OidcError('nonce mismatch');
  return payload;
}

/** A machine client's bearer access token (a JWT from the same issuer, for this service's audience). */
export async function verifyAccessToken(s: OidcSettings, token: string): Promise<JWTPayload> {
  const { jwks } = await issuerOf(s);
  const { payload } = await jwtVerify(token, jwks, { issuer: s.issuer, audience: s.audience });
  return payload;
}
