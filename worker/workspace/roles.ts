// The roles and review statuses as plain lists (no schema library), so that the web app can read them.
export const ROLES = ['project_lead', 'reviewer', 'register_editor', 'admin'] as const;
export const STATUSES = ['draft', 'in_review', 'changes_requested', 'approved'] as const;
