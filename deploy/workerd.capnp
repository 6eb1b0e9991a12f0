# Self-hosted workerd configuration: the same worker as on Cloudflare, with static assets from disk
# and Durable Objects stored in local SQLite files. Build first: `npm run build && npm run bundle`.
# Run from the repository root: `npx workerd serve deploy/workerd.capnp --experimental` (docs/self-hosting.md).
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .assessmentWorker),
    (name = "assets", disk = (path = "dist/web", writable = false)),
    (name = "object-storage", disk = (path = ".workerd-state", writable = true)),
  ],
  sockets = [(name = "http", address = "127.0.0.1:8787", http = (), service = "main")],
);

const assessmentWorker :Workerd.Worker = (
  modules = [(name = "index.js", esModule = embed "../dist/worker/index.js")],
  compatibilityDate = "2026-05-01",
  bindings = [
    (name = "ASSETS", service = "assets"),
    (name = "ASSESSMENTS", durableObjectNamespace = "AssessmentObject"),
    (name = "ORGANISATIONS", durableObjectNamespace = "OrganisationObject"),
    (name = "SESSIONS", durableObjectNamespace = "SessionObject"),
    (name = "REGISTER", durableObjectNamespace = "RegisterObject"),
    (name = "ALLOWED_ORIGINS", text = ""),
    (name = "FRAME_ANCESTORS", text = ""),
    (name = "EMBED_PARENT_ORIGIN", text = ""),
    (name = "RETENTION_DAYS", text = "365"),
    (name = "RATE_LIMIT_PER_MINUTE", text = "600"),
    (name = "OPERATOR_NAME", text = "Ministère de la Digitalisation (Luxembourg)"),
    (name = "OPERATOR_CONTACT", text = "info@digital.etat.lu"),
    # The reverse proxy in front sets this header to the client's address (the rate limit trusts it).
    (name = "CLIENT_IP_HEADER", text = "x-real-ip"),
    (name = "REQUIRE_IF_MATCH", text = "false"),
    # Sign-in for the workspace (docs/workspace.md): "oidc" with the administration's identity provider.
    # "local" demo users are refused here (ENVIRONMENT = production); "off" leaves the public questionnaire only.
    (name = "ENVIRONMENT", text = "production"),
    (name = "AUTH_MODE", text = "off"),
    (name = "SESSION_HOURS", text = "8"),
    (name = "WORKSPACE_DEFAULT_ROLE", text = "project_lead"),
    (name = "LOCAL_USERS", text = ""),
    (name = "OIDC_ISSUER", text = ""),
    (name = "OIDC_CLIENT_ID", text = ""),
    # The client secret: set it from the environment rather than in this file, e.g. fromEnvironment.
    (name = "OIDC_CLIENT_SECRET", fromEnvironment = "OIDC_CLIENT_SECRET"),
    (name = "OIDC_SCOPES", text = "openid profile email"),
    (name = "OIDC_AUDIENCE", text = ""),
    (name = "OIDC_ORG_CLAIM", text = "organisation"),
    (name = "OIDC_ORG_NAME_CLAIM", text = "organisation_name"),
    (name = "OIDC_ROLE_CLAIM", text = "roles"),
    (name = "OIDC_ROLE_MAP", text = "{}"),
  ],
  durableObjectNamespaces = [
    (className = "AssessmentObject", uniqueKey = "ai-use-case-assessment", enableSql = true),
    (className = "OrganisationObject", uniqueKey = "ai-use-case-assessment-organisations", enableSql = true),
    (className = "SessionObject", uniqueKey = "ai-use-case-assessment-sessions", enableSql = true),
    (className = "RegisterObject", uniqueKey = "ai-use-case-assessment-register", enableSql = true),
  ],
  durableObjectStorage = (localDisk = "object-storage"),
);
