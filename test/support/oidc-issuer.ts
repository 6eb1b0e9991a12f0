// A real OpenID provider (oidc-provider) on a loopback port, for the sign-in tests: authorization code
// with PKCE for people (its own login and consent pages: any password, the login names an account
// below), client credentials with JWT access tokens for a machine client, keys the test can also use.
import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { freePort } from '../../bench/support.ts';

export const AUDIENCE = 'urn:ai-assessment';
export const WEB_CLIENT = { id: 'assessment-web', secret: 'web-secret-for-tests-only' };
export const AGENT_CLIENT = { id: 'assessment-agent', secret: 'agent-secret-for-tests-only' };

/** The accounts of the test identity provider: the login name is the account. */
export const ACCOUNTS: Record<string, { name: string; email: string; organisation: string; organisation_name: string; roles: string[] }> = {
  lea: { name: 'Léa Schmit', email: 'lea.schmit@ministry-a.test', organisation: 'ministry-a', organisation_name: 'Ministère A', roles: ['ai-project-lead'] },
  marc: { name: 'Marc Weber', email: 'marc.weber@ministry-a.test', organisation: 'ministry-a', organisation_name: 'Ministère A', roles: ['dpo'] },
  nobody: { name: 'No Organisation', email: 'nobody@example.test', organisation: '', organisation_name: '', roles: [] },
};

export interface Issuer {
  url: string;
  /** The provider's own signing key (private), to make expired or wrong-audience tokens it would have signed. */
  key: JWK;
  stop(): Promise<void>;
}

export async function startIssuer(redirectUri: string): Promise<Issuer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const key = { ...(await exportJWK(privateKey)), kid: 'test-issuer-key', alg: 'RS256', use: 'sig' };
  const provider = new Provider(url, {
    clients: [
      { client_id: WEB_CLIENT.id, client_secret: WEB_CLIENT.secret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic' },
      { client_id: AGENT_CLIENT.id, client_secret: AGENT_CLIENT.secret, redirect_uris: [], grant_types: ['client_credentials'], response_types: [], token_endpoint_auth_method: 'client_secret_basic' },
    ],
    jwks: { keys: [key] },
    cookies: { keys: ['test-cookie-key-0123456789'] },
    scopes: ['openid', 'profile', 'email', 'organisation'],
    claims: { openid: ['sub'], profile: ['name'], email: ['email'], organisation: ['organisation', 'organisation_name', 'roles'] },
    // The ID token carries the claims of the granted scopes (the service reads them from it).
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => {
      const a = ACCOUNTS[id];
      return a ? { accountId: id, claims: () => ({ sub: id, ...a, ...(a.organisation ? {} : { organisation: undefined }) }) } : undefined;
    },
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: 'assess', audience: AUDIENCE, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } }),
      },
    },
    extraTokenClaims: (_ctx, token) => (token.kind === 'ClientCredentials' ? { organisation: 'ministry-a', organisation_name: 'Ministère A', roles: ['ai-project-lead'], name: 'Agent service' } : undefined),
  });
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(port, '127.0.0.1', () => resolve(s));
  });
  return { url, key, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
