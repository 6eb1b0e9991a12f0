// How long an assessment is kept after its last change (RETENTION_DAYS, 1 to 3650 days, 365 by default).
export const retentionDays = (env: Env) => Math.max(1, Math.min(3650, Number(env.RETENTION_DAYS) || 365));
