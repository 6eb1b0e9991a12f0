// The workspace's shapes: roles, members, the signed-in user, portfolio rows. One zod schema each; the
// worker registers them for OpenAPI and the web app imports their inferred types.
import { z } from '@hono/zod-openapi';

export const ROLES = ['project_lead', 'reviewer', 'register_editor', 'admin'] as const;
export const Role = z.enum(ROLES).openapi('Role', { description: 'project_lead: writes assessments; reviewer: DPO or legal service, comments and approves; register_editor: publishes register entries; admin: manages members.' });
export type Role = z.infer<typeof Role>;

export const Organisation = z.object({ id: z.string(), name: z.string() }).openapi('Organisation');

export const Member = z
  .object({
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    role: Role,
    source: z.enum(['claim', 'invitation', 'admin', 'local']).openapi({ description: 'Where the role comes from: the identity provider’s claims, an invitation, an admin’s change, or the local demo configuration.' }),
    since: z.iso.datetime(),
  })
  .openapi('Member');
export type Member = z.infer<typeof Member>;

export const Invitation = z.object({ email: z.string().email().max(200), role: Role, invitedBy: z.string(), at: z.iso.datetime() }).openapi('Invitation');
export type Invitation = z.infer<typeof Invitation>;

export const Me = z
  .object({
    signedIn: z.boolean(),
    mode: z.enum(['off', 'local', 'oidc']).openapi({ description: 'How this deployment signs people in: off (anonymous only), local (demo users, never in production), oidc (the administration’s identity provider).' }),
    user: z.object({ id: z.string(), name: z.string(), email: z.string(), role: Role }).nullable(),
    organisation: Organisation.nullable(),
    expiresAt: z.iso.datetime().nullable(),
  })
  .openapi('Me');
export type Me = z.infer<typeof Me>;

export const STATUSES = ['draft', 'in_review', 'changes_requested', 'approved'] as const;
export const Status = z.enum(STATUSES).openapi('ReviewStatus');
export type Status = z.infer<typeof Status>;

export const PortfolioEntry = z
  .object({
    id: z.string(),
    title: z.string(),
    ownerId: z.string(),
    ownerName: z.string(),
    riskClass: z.string().nullable().openapi({ description: 'The class of the result; null while the assessment is not complete.' }),
    complete: z.boolean(),
    status: Status,
    flowVersion: z.string(),
    updatedAt: z.iso.datetime(),
    recheck: z.boolean().openapi({ description: 'A newer flow version is published: the assessment needs a re-check.' }),
  })
  .openapi('PortfolioEntry');
export type PortfolioEntry = z.infer<typeof PortfolioEntry>;

export const Portfolio = z.object({ organisation: Organisation, total: z.number().int(), entries: z.array(PortfolioEntry) }).openapi('Portfolio');
export type Portfolio = z.infer<typeof Portfolio>;
