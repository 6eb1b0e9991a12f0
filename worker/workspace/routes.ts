// /api/v1/me and /api/v1/workspace/*: who is signed in, the organisation's members and invitations,
// its portfolio (list, CSV, create, move an anonymous assessment in) and its audit trail. Every
// operation resolves the member from the organisation's object first (identity.ts).
import { csvCell } from '../http/csv.ts';
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { ALWAYS, AssessmentState, HEADERS, Lang, Answers, commonHeaders, problemResponses, memberAuth, jsonContent, jsonBody } from '../api/schemas.ts';
import { ProblemError } from '../http/problem.ts';
import { authConfig } from './config.ts';
import { orgStub, requireMember, signedIn } from './identity.ts';
import { Invitation, Me, Member, Portfolio, PortfolioEntry, Role, STATUSES } from './schemas.ts';
import type { MemberChange } from './organisation-object.ts';
import { createAssessment, stateResponse, stub, viewOf } from '../assessments/routes.ts';
import { sha256 } from '../assessments/store.ts';
import { currentVersion, listBundles } from '../flows.ts';

const noStore = { 'cache-control': 'no-store' };
const MemberList = z.object({ members: z.array(Member), invitations: z.array(Invitation) }).openapi('MemberList');
const UserParam = z.object({ userId: z.string().min(1).max(200).openapi({ param: { name: 'userId', in: 'path' }, example: 'marc.dpo' }) });
const EmailParam = z.object({ email: z.string().email().max(200).openapi({ param: { name: 'email', in: 'path' }, example: 'anne.hoffmann@demo.etat.lu' }) });
const Id = z.string().regex(/^[0-9a-f]{32}$/);
const AuditEntry = z
  .object({ seq: z.number().int(), at: z.iso.datetime(), actorId: z.string(), actorName: z.string(), action: z.enum(['member_joined', 'member_invited', 'role_changed', 'member_removed', 'invitation_withdrawn', 'assessment_added', 'sessions_revoked']), target: z.string(), detail: z.record(z.string(), z.string()) })
  .openapi('OrganisationAuditEntry');

const PortfolioQuery = z.object({
  q: z.string().max(200).optional().openapi({ description: 'Words the title or the owner’s name contains (case-insensitive).' }),
  status: z.enum(STATUSES).optional(),
  riskClass: z.string().max(40).optional().openapi({ description: 'Only this class (`incomplete` for assessments without a result yet).' }),
  recheck: z.enum(['true', 'false']).optional().openapi({ description: 'Only those that need (or do not need) a re-check.' }),
  owner: z.string().max(200).optional().openapi({ description: 'Only this owner’s (user id).' }),
  sort: z.enum(['updatedAt', 'title', 'riskClass', 'status', 'owner', 'flowVersion']).optional().openapi({ description: 'updatedAt by default.' }),
  order: z.enum(['asc', 'desc']).optional().openapi({ description: 'desc for updatedAt by default, asc otherwise.' }),
  limit: z.coerce.number().int().min(1).max(1000).optional().openapi({ description: 'Rows per page: 100 by default, at most 1,000 (the CSV export has every row).' }),
  offset: z.coerce.number().int().min(0).optional().openapi({ description: 'Rows to skip: 0 by default.' }),
});

/** The version each flow is published at today: an entry on another one needs a re-check. */
const publishedVersions = () => Object.fromEntries(listBundles().map((b) => [b.flow.id, currentVersion(b.flow.id)!]));

export function portfolioCsv(rows: PortfolioEntry[]): string {
  const head = ['id', 'title', 'owner', 'risk_class', 'complete', 'status', 'flow_version', 'updated_at', 'recheck_needed'];
  const lines = rows.map((e) => [e.id, e.title, e.ownerName, e.riskClass ?? '', String(e.complete), e.status, e.flowVersion, e.updatedAt, String(e.recheck)].map(csvCell).join(','));
  return `${[head.join(','), ...lines].join('\r\n')}\r\n`;
}

function changed(r: MemberChange): void {
  if (r.ok) return;
  if (r.reason === 'not_a_member') throw new ProblemError('not-found', 'member_not_found', {}, [{ name: 'path:userId', code: 'unknown_member' }]);
  if (r.reason === 'last_admin') throw new ProblemError('conflict', 'last_admin', {}, [{ name: '/role', code: 'only_admin' }]);
  throw new ProblemError('conflict', 'already_member', {}, [{ name: '/email', code: 'existing_member' }]);
}

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  operationId: 'getMe',
  tags: ['workspace'],
  summary: 'Who is signed in, in which organisation and role, and how this deployment signs people in',
  description: 'Never a 401: `signedIn` is false without a session. Sign in at `/auth/sign-in?return=<path>` (a browser page), sign out with `POST /auth/sign-out`.',
  security: [{}, { session: [] }, { accessToken: [] }] as Record<string, string[]>[],
  responses: { 200: { description: 'The session, or none', headers: commonHeaders, ...jsonContent(Me) }, ...problemResponses(401, ...ALWAYS) },
});

const membersRoute = createRoute({
  method: 'get',
  path: '/workspace/members',
  operationId: 'listMembers',
  tags: ['workspace'],
  summary: 'The organisation’s members and open invitations',
  description: 'Every member with their role and where it comes from (claims, invitation, an admin, local demo), and the invitations not yet taken up. Any member may read it.',
  ...memberAuth,
  responses: { 200: { description: 'Members and invitations', headers: commonHeaders, ...jsonContent(MemberList) }, ...problemResponses(401, 403, ...ALWAYS) },
});

const inviteRoute = createRoute({
  method: 'post',
  path: '/workspace/invitations',
  operationId: 'inviteMember',
  tags: ['workspace'],
  summary: 'Invite someone by e-mail address, with a role (admins)',
  description: 'The invitation gives its role at the person’s first sign-in, unless the identity provider’s claims give one.',
  ...memberAuth,
  request: { body: jsonBody(z.object({ email: z.string().email().max(200), role: Role }).strict().openapi('InvitationRequest')) },
  responses: { 201: { description: 'Invited: the members and invitations now', headers: commonHeaders, ...jsonContent(MemberList) }, ...problemResponses(400, 401, 403, 409, 413, 415, ...ALWAYS) },
});

const withdrawRoute = createRoute({
  method: 'delete',
  path: '/workspace/invitations/{email}',
  operationId: 'withdrawInvitation',
  tags: ['workspace'],
  summary: 'Withdraw an invitation (admins)',
  description: 'The address can no longer join through it; 404 when there is no open invitation for it.',
  ...memberAuth,
  request: { params: EmailParam },
  responses: { 204: { description: 'Withdrawn', headers: { 'API-Version': HEADERS['API-Version'] } }, ...problemResponses(400, 401, 403, 404, ...ALWAYS) },
});

const setRoleRoute = createRoute({
  method: 'patch',
  path: '/workspace/members/{userId}',
  operationId: 'changeMemberRole',
  tags: ['workspace'],
  summary: 'Change a member’s role (admins); the organisation keeps at least one admin',
  description: 'A role the identity provider’s claims give is set again at the member’s next sign-in.',
  ...memberAuth,
  request: { params: UserParam, body: jsonBody(z.object({ role: Role }).strict().openapi('RoleChange')) },
  responses: { 200: { description: 'The member with their new role', headers: commonHeaders, ...jsonContent(Member) }, ...problemResponses(400, 401, 403, 404, 409, 413, 415, ...ALWAYS) },
});

const removeRoute = createRoute({
  method: 'delete',
  path: '/workspace/members/{userId}',
  operationId: 'removeMember',
  tags: ['workspace'],
  summary: 'Remove a member (admins): their access ends at once',
  description: 'Every request looks the member up, so their sessions and tokens stop working with the next request; the assessments they wrote stay in the workspace. The organisation keeps at least one admin (409).',
  ...memberAuth,
  request: { params: UserParam },
  responses: { 204: { description: 'Removed', headers: { 'API-Version': HEADERS['API-Version'] } }, ...problemResponses(400, 401, 403, 404, 409, ...ALWAYS) },
});

const portfolioRoute = createRoute({
  method: 'get',
  path: '/workspace/assessments',
  operationId: 'listPortfolio',
  tags: ['workspace'],
  summary: 'The organisation’s assessments: title, owner, class, status, flow version, last change, re-check mark',
  description: 'Filtered by status, class, owner and re-check mark, searched in titles and owners’ names, sorted by any column (last change first by default). Only the signed-in member’s organisation.',
  ...memberAuth,
  request: { query: PortfolioQuery },
  responses: { 200: { description: 'The portfolio as asked', headers: commonHeaders, ...jsonContent(Portfolio) }, ...problemResponses(400, 401, 403, ...ALWAYS) },
});

const portfolioCsvRoute = createRoute({
  method: 'get',
  path: '/workspace/assessments.csv',
  operationId: 'exportPortfolioCsv',
  tags: ['workspace'],
  summary: 'The same portfolio as CSV (RFC 4180, UTF-8)',
  description: 'The same query parameters as the portfolio; UTF-8 with a byte-order mark so that spreadsheets read accents; a cell that would start a formula is prefixed with an apostrophe.',
  ...memberAuth,
  request: { query: PortfolioQuery },
  responses: {
    200: { description: 'One line per assessment', headers: { ...commonHeaders, 'Content-Disposition': HEADERS['Content-Disposition'] }, content: { 'text/csv': { schema: z.string() } } },
    ...problemResponses(400, 401, 403, ...ALWAYS),
  },
});

const CreateInWorkspace = z.object({ lang: Lang.optional(), answers: Answers.optional(), flow: z.string().max(60).optional(), version: z.string().max(20).optional() }).strict().openapi('CreateWorkspaceAssessment');
const WorkspaceCreated = AssessmentState.extend({ id: z.string(), shareId: z.string() }).openapi('WorkspaceAssessment');

const createInWorkspaceRoute = createRoute({
  method: 'post',
  path: '/workspace/assessments',
  operationId: 'createWorkspaceAssessment',
  tags: ['workspace'],
  summary: 'Start an assessment in the organisation’s workspace (project leads, admins)',
  description: 'The signed-in member is its author; it has no edit token: the organisation’s members read it, its author and the admins change it through the assessment operations with their session or access token.',
  ...memberAuth,
  request: { body: jsonBody(CreateInWorkspace, false) },
  responses: { 201: { description: 'Created', headers: { ...commonHeaders, ETag: HEADERS.ETag, Location: HEADERS.Location }, ...jsonContent(WorkspaceCreated) }, ...problemResponses(400, 401, 403, 404, 413, 415, ...ALWAYS) },
});

const claimRoute = createRoute({
  method: 'post',
  path: '/workspace/assessments/{id}/claim',
  operationId: 'claimAssessment',
  tags: ['workspace'],
  summary: 'Move an anonymous assessment into the workspace with its edit token (project leads, admins)',
  description: 'The member becomes its author; from then on the edit token no longer reads or changes it (the share link still reads it). 404 for a wrong token, as for any unknown assessment; 409 when it is in a workspace already.',
  ...memberAuth,
  request: { params: z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) }), body: jsonBody(z.object({ editToken: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) }).strict().openapi('ClaimRequest')) },
  responses: { 200: { description: 'In the workspace', headers: { ...commonHeaders, ETag: HEADERS.ETag }, ...jsonContent(AssessmentState) }, ...problemResponses(400, 401, 403, 404, 409, 413, 415, ...ALWAYS) },
});

const revokeRoute = createRoute({
  method: 'post',
  path: '/workspace/members/{userId}/revoke-sessions',
  operationId: 'revokeMemberSessions',
  tags: ['workspace'],
  summary: 'End every session of a member at once (admins, or the member themself: "sign out everywhere")',
  description: 'Their browser sessions stop working with the next request, and access tokens issued before now are refused; signing in again opens a new session.',
  ...memberAuth,
  request: { params: UserParam },
  responses: { 204: { description: 'Revoked', headers: { 'API-Version': HEADERS['API-Version'] } }, ...problemResponses(400, 401, 403, 404, ...ALWAYS) },
});

const auditRoute = createRoute({
  method: 'get',
  path: '/workspace/audit',
  operationId: 'listOrganisationAudit',
  tags: ['workspace'],
  summary: 'The organisation’s audit trail: members joined, invited, changed role, removed; assessments added',
  description: 'Append-only: no operation edits or removes an entry.',
  ...memberAuth,
  responses: { 200: { description: 'Oldest first', headers: commonHeaders, ...jsonContent(z.object({ entries: z.array(AuditEntry) }).openapi('OrganisationAudit')) }, ...problemResponses(401, 403, ...ALWAYS) },
});

const WRITERS = ['project_lead', 'admin'] as const;
const ADMINS = ['admin'] as const;
const actor = (who: Awaited<ReturnType<typeof requireMember>>) => ({ id: who.member.userId, name: who.member.name, email: who.member.email, role: who.member.role });

export const workspaceApi = new OpenAPIHono<{ Bindings: Env }>()
  .openapi(meRoute, async (c) => {
    const mode = authConfig(c.env).mode;
    const who = await signedIn(c);
    const me: Me = who
      ? { signedIn: true, mode, user: { id: who.member.userId, name: who.member.name, email: who.member.email, role: who.member.role }, organisation: who.org, expiresAt: who.session?.expiresAt ?? null }
      : { signedIn: false, mode, user: null, organisation: null, expiresAt: null };
    return c.json(me, 200, { ...noStore, vary: 'cookie, authorization' }) as never;
  })
  .openapi(membersRoute, async (c) => {
    const who = await requireMember(c);
    return c.json(await orgStub(c.env, who.org.id).members(), 200, noStore) as never;
  })
  .openapi(inviteRoute, async (c) => {
    const who = await requireMember(c, ADMINS);
    const invite = c.req.valid('json');
    const org = orgStub(c.env, who.org.id);
    changed(await org.invite(actor(who), invite.email, invite.role));
    return c.json(await org.members(), 201, noStore) as never;
  })
  .openapi(withdrawRoute, async (c) => {
    const who = await requireMember(c, ADMINS);
    changed(await orgStub(c.env, who.org.id).withdraw(actor(who), c.req.valid('param').email));
    return c.body(null, 204) as never;
  })
  .openapi(setRoleRoute, async (c) => {
    const who = await requireMember(c, ADMINS);
    const org = orgStub(c.env, who.org.id);
    const { userId } = c.req.valid('param');
    changed(await org.setRole(actor(who), userId, c.req.valid('json').role));
    return c.json((await org.member(userId))!, 200, noStore) as never;
  })
  .openapi(removeRoute, async (c) => {
    const who = await requireMember(c, ADMINS);
    changed(await orgStub(c.env, who.org.id).remove(actor(who), c.req.valid('param').userId));
    return c.body(null, 204) as never;
  })
  .openapi(portfolioRoute, async (c) => {
    const who = await requireMember(c);
    const q = c.req.valid('query');
    const offset = q.offset ?? 0;
    const page = await orgStub(c.env, who.org.id).portfolio({ ...q, limit: q.limit ?? 100, offset }, publishedVersions());
    // The page's rows arrive as JSON text: spliced in, not parsed and serialised again.
    const head = JSON.stringify({ organisation: who.org, total: page.total, offset });
    return c.body(`${head.slice(0, -1)},"entries":${page.json}}`, 200, { ...noStore, 'content-type': 'application/json' }) as never;
  })
  .openapi(portfolioCsvRoute, async (c) => {
    const who = await requireMember(c);
    const all = await orgStub(c.env, who.org.id).portfolio({ ...c.req.valid('query'), limit: undefined, offset: undefined }, publishedVersions());
    const csv = portfolioCsv(JSON.parse(all.json) as PortfolioEntry[]);
    return c.body(`\ufeff${csv}`, 200, { ...noStore, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="portfolio-${who.org.id}.csv"` }) as never;
  })
  .openapi(createInWorkspaceRoute, async (c) => {
    const who = await requireMember(c, WRITERS);
    const input = (c.req.valid('json') as z.infer<typeof CreateInWorkspace> | undefined) ?? {};
    const { outcome, id, shareId } = await createAssessment(c, input, { orgId: who.org.id, ownerId: who.member.userId, ownerName: who.member.name }, who.member.role);
    c.header('location', `/api/v1/assessments/${id}`);
    return stateResponse(c, outcome, 201, { id, shareId }) as never;
  })
  .openapi(claimRoute, async (c) => {
    const who = await requireMember(c, WRITERS);
    const { id } = c.req.valid('param');
    const outcome = await stub(c, id).claim(await sha256(c.req.valid('json').editToken), { orgId: who.org.id, ownerId: who.member.userId, ownerName: who.member.name }, actor(who), viewOf(c));
    // A wrong token is answered as an unknown assessment: the id alone learns nothing.
    if (!outcome.ok && outcome.reason === 'forbidden') return stateResponse(c, { ok: false, reason: 'not_found' }) as never;
    return stateResponse(c, outcome) as never;
  })
  .openapi(revokeRoute, async (c) => {
    const who = await requireMember(c);
    const { userId } = c.req.valid('param');
    if (userId !== who.member.userId && who.member.role !== 'admin') throw new ProblemError('role-required', 'role_required', { roles: 'admin' }, [{ name: 'session', code: 'wrong_role', params: { role: who.member.role } }]);
    changed(await orgStub(c.env, who.org.id).revokeSessions(actor(who), userId));
    return c.body(null, 204) as never;
  })
  .openapi(auditRoute, async (c) => {
    const who = await requireMember(c);
    return c.json({ entries: await orgStub(c.env, who.org.id).audit() }, 200, noStore) as never;
  });

