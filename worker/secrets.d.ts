// Secrets are set with `wrangler secret put` (or .dev.vars), never in wrangler.toml, so `wrangler
// types` does not see them: declared here.
interface Env {
  /** The OpenID Connect client secret (AUTH_MODE = "oidc"). */
  OIDC_CLIENT_SECRET?: string;
}
