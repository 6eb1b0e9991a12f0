// The roles and review statuses as plain lists (no schema library), so that the web app can read them.
export const ROLES = ['project_lead', 'reviewer', 'register_editor', 'admin'] as const;
export const STATUSES = ['draft', 'in_review', 'changes_requested', 'approved'] as const;
/** The roles that publish and retract entries of the public register. */
export const REGISTER_EDITORS = ['register_editor', 'admin'] as const;
