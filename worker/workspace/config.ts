// How this deployment signs people in, read once per isolate from its variables (wrangler.toml [vars]
// and secrets). A setting that does not parse turns sign-in off and says why, never a half-working mode.
import { z } from 'zod';
import { Role } from './schemas.ts';

const LocalUser = z.object({
  id: z.string().regex(/^[a-z0-9._-]{1,60}$/),
  name: z.string().min(1).max(120),
  email: z.string().email(),
  organisation: z.string().regex(/^[a-z0-9._-]{1,60}$/),
  organisationName: z.string().min(1).max(200),
  role: Role,
});
export type LocalUser = z.infer<typeof LocalUser>;

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** Bearer access tokens from machine clients must name this audience. */
  audience: string;
  orgClaim: string;
  orgNameClaim: string;
  roleClaim: string;
  /** Claim value -> role. */
  roleMap: Record<string, Role>;
}

export type AuthConfig =
  | { mode: 'off'; problem?: string }
  | { mode: 'local'; users: LocalUser[]; sessionHours: number; defaultRole: Role | null }
  | { mode: 'oidc'; oidc: OidcSettings; sessionHours: number; defaultRole: Role | null };

const json = (text: string | undefined, fallback: unknown) => {
  if (!text?.trim()) return fallback;
  return JSON.parse(text) as unknown;
};

export function readAuthConfig(env: Env): AuthConfig {
  const mode = (env.AUTH_MODE ?? 'off').trim() || 'off';
  const sessionHours = Number(env.SESSION_HOURS ?? '8');
  if (!(sessionHours > 0 && sessionHours <= 24 * 30)) return { mode: 'off', problem: 'SESSION_HOURS must be between 0 and 720' };
  try {
    const defaultRole = env.WORKSPACE_DEFAULT_ROLE?.trim() ? Role.parse(env.WORKSPACE_DEFAULT_ROLE.trim()) : null;
    if (mode === 'off') return { mode: 'off' };
    if (mode === 'local') {
      // Demo users exist for `npm start`; a production deployment refuses them whatever else it says.
      if ((env.ENVIRONMENT ?? '').trim() === 'production') return { mode: 'off', problem: 'AUTH_MODE=local is refused when ENVIRONMENT=production' };
      return { mode: 'local', users: z.array(LocalUser).min(1).parse(json(env.LOCAL_USERS, [])), sessionHours, defaultRole };
    }
    if (mode === 'oidc') {
      const issuer = z.url().parse(env.OIDC_ISSUER?.trim());
      const clientId = z.string().min(1).parse(env.OIDC_CLIENT_ID?.trim());
      const clientSecret = z.string().min(1).parse(env.OIDC_CLIENT_SECRET);
      const roleMap = z.record(z.string(), Role).parse(json(env.OIDC_ROLE_MAP, {}));
      return {
        mode: 'oidc',
        sessionHours,
        defaultRole,
        oidc: {
          issuer,
          clientId,
          clientSecret,
          scopes: env.OIDC_SCOPES?.trim() || 'openid profile email',
          audience: env.OIDC_AUDIENCE?.trim() || clientId,
          orgClaim: env.OIDC_ORG_CLAIM?.trim() || 'organisation',
          orgNameClaim: env.OIDC_ORG_NAME_CLAIM?.trim() || 'organisation_name',
          roleClaim: env.OIDC_ROLE_CLAIM?.trim() || 'roles',
          roleMap,
        },
      };
    }
    return { mode: 'off', problem: `AUTH_MODE must be off, local or oidc (got ${mode})` };
  } catch (e) {
    return { mode: 'off', problem: `sign-in settings: ${e instanceof z.ZodError ? e.issues.map((i) => `${i.path.join('.') || 'value'} ${i.message}`).join('; ') : String(e)}` };
  }
}

const cache = new WeakMap<object, AuthConfig>();
/** Parsed once per env object (per isolate); a configuration problem is logged once. */
export function authConfig(env: Env): AuthConfig {
  let c = cache.get(env);
  if (!c) {
    c = readAuthConfig(env);
    if (c.mode === 'off' && c.problem) console.error(`sign-in is off: ${c.problem}`);
    cache.set(env, c);
  }
  return c;
}
