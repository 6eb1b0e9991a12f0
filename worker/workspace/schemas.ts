// The workspace's shapes: roles, members, the signed-in user, portfolio rows. One zod schema each; the
// worker registers them for OpenAPI and the web app imports their inferred types.
import { z } from '@hono/zod-openapi';
import { ROLES, STATUSES } from './roles.ts';

export { ROLES, STATUSES };

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

export const Status = z.enum(STATUSES).openapi('ReviewStatus');
export type Status = z.infer<typeof Status>;

export const PortfolioEntry = z
  .object({
    id: z.string(),
    title: z.string(),
    ownerId: z.string(),
    ownerName: z.string(),
    riskClass: z.string().nullable().openapi({ description: 'The class of the result; null while the assessment is not complete.' }),
    riskClassTitle: z.object({ fr: z.string(), de: z.string(), en: z.string() }).nullable().openapi({ description: 'The class as the flow names it, in each language.' }),
    complete: z.boolean(),
    status: Status,
    flowId: z.string(),
    flowVersion: z.string(),
    updatedAt: z.iso.datetime(),
    recheck: z.boolean().openapi({ description: 'A newer flow version is published: the assessment needs a re-check.' }),
    publication: z
      .object({ entryId: z.string(), version: z.number().int(), outOfSync: z.boolean() })
      .nullable()
      .optional()
      .openapi({ description: 'Its entry in the public register, if published; outOfSync once the assessment changed after that version.' }),
  })
  .openapi('PortfolioEntry');
export type PortfolioEntry = z.infer<typeof PortfolioEntry>;

export const Portfolio = z
  .object({ organisation: Organisation, total: z.number().int().openapi({ description: 'Rows that match, over every page.' }), offset: z.number().int(), entries: z.array(PortfolioEntry).openapi({ description: 'This page of them.' }) })
  .openapi('Portfolio');
export type Portfolio = z.infer<typeof Portfolio>;

/** Who did something to an assessment: a member (name and role then), or the holder of its edit token. */
export const Actor = z.object({ id: z.string(), name: z.string(), role: z.union([Role, z.literal('edit_token')]) }).openapi('Actor');
export type Actor = z.infer<typeof Actor>;

export const Approval = z
  .object({
    by: Actor,
    at: z.iso.datetime(),
    round: z.number().int().openapi({ description: 'The review round approved (1 for the first; each change after an approval starts the next).' }),
    revision: z.number().int().openapi({ description: 'The assessment revision the reviewer opened and approved.' }),
    flowVersion: z.string(),
    flowHash: z.string(),
    answersHash: z.string().openapi({ description: 'SHA-256 of the approved answers (canonical JSON, keys sorted): the exact answers signed off.' }),
  })
  .openapi('Approval');
export type Approval = z.infer<typeof Approval>;

export const Review = z
  .object({
    organisation: z.string(),
    owner: z.object({ id: z.string(), name: z.string() }),
    status: Status,
    round: z.number().int(),
    submittedAt: z.iso.datetime().nullable(),
    approval: Approval.nullable().openapi({ description: 'The approval of the current answers; null while they are not approved.' }),
    previousApprovals: z.array(Approval).openapi({ description: 'Approvals of earlier rounds, whose answers have changed since.' }),
  })
  .openapi('Review');
export type Review = z.infer<typeof Review>;

export const Comment = z
  .object({
    id: z.string(),
    question: z.string().nullable().openapi({ description: 'The question commented on; null for the assessment as a whole.' }),
    parent: z.string().nullable().openapi({ description: 'The thread’s first comment, for a reply.' }),
    author: Actor,
    body: z.string(),
    at: z.iso.datetime(),
    resolved: z.object({ by: Actor, at: z.iso.datetime() }).nullable().openapi({ description: 'Set on a thread’s first comment once the thread is resolved.' }),
  })
  .openapi('Comment');
export type Comment = z.infer<typeof Comment>;

export const AUDIT_ACTIONS = ['created', 'answered', 'taken_back', 'language_changed', 'migrated', 'claimed', 'submitted', 'changes_requested', 'approved', 'reopened', 'commented', 'comment_resolved', 'published', 'retracted'] as const;
export const AuditEntry = z
  .object({ seq: z.number().int(), at: z.iso.datetime(), actor: Actor, action: z.enum(AUDIT_ACTIONS), detail: z.record(z.string(), z.unknown()) })
  .openapi('AuditEntry');
export type AuditEntry = z.infer<typeof AuditEntry>;
