// Stored assessments: create, read, answer, change an answer, back, change language, migrate, delete.
// Each operation is one call into the assessment's Durable Object (object.ts), which checks the edit
// token and If-Match, validates, stores, evaluates and answers the new state; this file only turns
// HTTP into that call and its outcome back into HTTP.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AnswerValue, Answers, AssessmentState, HEADERS, Lang, commonHeaders, problemResponses, ALWAYS } from '../api/schemas.ts';
import { present, today } from '../api/present.ts';
import { requireBundle } from '../flows.ts';
import { explicitLang, negotiateLang } from '../http/lang.ts';
import { ProblemError, pointerToken } from '../http/problem.ts';
import { ID_PATTERN, assessmentStub, bearer, newId, newToken, sha256, shareStub } from './store.ts';
import type { Access, Failure, Guard, Outcome, StoredAssessment, Success, View, Workspace } from './object.ts';
import { isJwt, sameOrigin, signedIn, type SignedIn } from '../workspace/identity.ts';
import type { Role } from '../workspace/schemas.ts';
import { retentionDays } from './retention.ts';
import { ifMatchRevision } from './state.ts';
import type { AssessmentStateView } from '../api/schemas.ts';

const Id = z.string().regex(/^[0-9a-f]{32}$/).openapi({ example: '3f2a9c0d4b1e6a7f8c9d0e1f2a3b4c5d' });
const IdParam = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) });
const ShareParam = z.object({ shareId: Id.openapi({ param: { name: 'shareId', in: 'path' } }) });
const QuestionParam = IdParam.extend({ questionId: z.string().max(100).openapi({ param: { name: 'questionId', in: 'path' }, example: 'def_ai_system' }) });
export const LangQuery = z.object({ lang: Lang.optional() });
export const ViewQuery = LangQuery.extend({
  expand: z.enum(['path']).optional().openapi({ description: 'path: each step of the path (and of offPath) with the question as asked and the answer as shown; compact ({ id, answer }) without it.' }),
});
/** What the request asks of the state: its language (or none) and whether the path carries labels. */
export const viewOf = (c: Context): View => ({ lang: explicitLang(c), expand: c.req.query('expand') === 'path' });
const IfMatch = z.object({
  'if-match': z.string().max(100).optional().openapi({ param: { name: 'if-match', in: 'header' }, description: 'The ETag read ("r12"), or *. A stale one is refused with 412; REQUIRE_IF_MATCH makes it mandatory (428).', example: '"r3"' }),
});

const Created = AssessmentState.extend({ id: z.string(), editToken: z.string().openapi({ description: 'Shown only once: keep it. It reads and changes the assessment.' }), shareId: z.string() }).openapi('CreatedAssessment');

/** The edit token, or (for an assessment in a workspace) a member's session cookie or access token. */
export const tokenAuth = { security: [{ editToken: [] }, { session: [] }, { accessToken: [] }] as Record<string, string[]>[] };
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const stateHeaders = { ...commonHeaders, ETag: HEADERS.ETag };

// ---------------------------------------------------------------------------
// HTTP <-> object

/** The edit token's hash; a missing or malformed Authorization is a 401. */
export async function tokenHash(c: Context): Promise<string> {
  const token = bearer(c.req.header('authorization'));
  if (!token) throw new ProblemError('unauthorized', 'token_required', {}, [{ name: 'header:Authorization', code: 'missing_token' }], { 'www-authenticate': 'Bearer realm="assessments"' });
  return sha256(token);
}

/**
 * Who asks: the edit token when one is sent, else the signed-in member (session cookie or the
 * identity provider's access token; changes made with a cookie must come from this service's pages).
 */
export async function access(c: Context<{ Bindings: Env }>): Promise<Access> {
  const sent = /^Bearer\s+(\S+)/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (sent && !isJwt(sent)) return { tokenHash: await tokenHash(c) };
  const who = await signedIn(c);
  if (!who) return { tokenHash: await tokenHash(c) }; // the 401 names the edit token
  if (who.session) sameOrigin(c);
  return memberAccess(who);
}

/** A signed-in member as the assessment's object checks them. */
export const memberAccess = (who: SignedIn): Access => ({ member: { orgId: who.org.id, userId: who.member.userId, name: who.member.name, role: who.member.role } });

export async function guard(c: Context<{ Bindings: Env }>): Promise<Guard> {
  const ifMatch = ifMatchRevision(c.req.header('if-match'));
  return { ...(await access(c)), ...(ifMatch !== undefined ? { ifMatch } : {}), requireIfMatch: c.env.REQUIRE_IF_MATCH === 'true' };
}

/** A failed outcome as its problem. */
export function fail(f: Failure): never {
  switch (f.reason) {
    case 'forbidden':
      throw new ProblemError('forbidden', 'token_wrong', {}, [{ name: 'header:Authorization', code: 'wrong_token' }]);
    case 'not_owner':
      throw new ProblemError('role-required', 'owner_only', {}, [{ name: 'session', code: 'wrong_role', params: { role: 'not the author' } }]);
    case 'in_workspace':
      throw new ProblemError('conflict', 'already_in_workspace', {}, [{ name: 'path:id', code: 'in_workspace' }]);
    case 'not_in_workspace':
      throw new ProblemError('conflict', 'not_in_workspace', {}, [{ name: 'path:id', code: 'not_in_workspace' }]);
    case 'incomplete':
      throw new ProblemError('conflict', 'review_incomplete', {}, [{ name: 'path:id', code: 'incomplete' }]);
    case 'review_state':
      throw new ProblemError('conflict', 'review_state', { status: f.status }, [{ name: 'path:id', code: 'wrong_status', params: { status: f.status } }]);
    case 'changed_meanwhile':
      throw new ProblemError('conflict', 'approval_stale', { current: f.current }, [{ name: '/revision', code: 'changed_meanwhile' }]);
    case 'reviewer_only':
      throw new ProblemError('role-required', 'role_required', { roles: 'reviewer, admin' }, [{ name: 'session', code: 'wrong_role', params: { role: 'project_lead' } }]);
    case 'own_assessment':
      throw new ProblemError('role-required', 'four_eyes', {}, [{ name: 'session', code: 'own_assessment' }]);
    case 'not_comment_author':
      throw new ProblemError('role-required', 'resolve_not_allowed', {}, [{ name: 'session', code: 'wrong_role', params: { role: 'member' } }]);
    case 'comment_not_found':
      throw new ProblemError('not-found', 'comment_not_found', {}, [{ name: 'path:commentId', code: 'unknown_comment' }]);
    case 'not_found':
      throw new ProblemError('not-found', 'assessment_not_found', {}, [{ name: 'path:id', code: 'unknown_assessment' }]);
    case 'nothing_to_undo':
      throw new ProblemError('conflict', 'nothing_to_undo', {}, [{ name: 'path:id', code: 'empty_path' }]);
    case 'precondition_failed':
      throw new ProblemError('precondition-failed', 'precondition_failed', { current: f.current }, [{ name: 'header:If-Match', code: 'stale_revision', params: { current: f.current } }], { etag: f.current });
    case 'precondition_required':
      throw new ProblemError('precondition-required', 'precondition_required', {}, [{ name: 'header:If-Match', code: 'missing_precondition' }]);
    case 'version_gone':
      throw new ProblemError('version-unavailable', 'version_gone', { version: '' });
    case 'invalid_answer':
      throw new ProblemError('validation-error', 'invalid_answer', { question: f.question }, [{ name: f.code === 'unknown_question' ? 'path:questionId' : '/value', code: f.code as never, params: f.params }]);
    case 'not_newer':
      throw new ProblemError('conflict', 'migration_not_newer', { version: f.version }, [{ name: '/version', code: 'not_newer', params: { version: f.version } }]);
    case 'not_published':
      throw new ProblemError('version-unavailable', 'flow_not_published', { flow: '', version: f.version }, [{ name: '/version', code: 'not_published' }]);
    case 'not_in_register':
      throw new ProblemError('not-found', 'not_in_register', {}, [{ name: 'path:id', code: 'unknown_entry' }]);
    case 'not_publishable':
      throw new ProblemError('conflict', 'not_publishable', {}, f.blockers.map((b) => ({ name: b.name, code: b.code as never })));
  }
}

/** A state response: the assessment, its ETag, no caching (it carries answers), in its language. */
export function stateResponse(c: Context, o: Outcome, status: 200 | 201 = 200, extra: object = {}) {
  if (!o.ok) fail(o);
  return c.json({ ...o.state, ...extra }, status, { etag: o.etag, 'cache-control': 'no-store', 'content-language': o.state.evaluation.lang, vary: 'accept-language' });
}

export const stub = (c: Context, id: string) => assessmentStub(c.env as Env, id);

/** The assessment behind a share link (two objects: the link, then the assessment). */
export async function sharedStub(env: Env, shareId: string) {
  const id = await shareStub(env, shareId).resolveShare();
  if (!id) throw new ProblemError('not-found', 'share_not_found', {}, [{ name: 'path:shareId', code: 'unknown_share' }]);
  return assessmentStub(env, id);
}

/** The stored assessment for a report: the owner's token, or a share link. */
export async function storedFor(c: Context<{ Bindings: Env }>, target: { id: string } | { shareId: string }): Promise<StoredAssessment> {
  const s = 'id' in target ? await stub(c, target.id).stored(await access(c)) : await (await sharedStub(c.env, target.shareId)).stored(null);
  if ('ok' in s) fail(s);
  return s;
}

// ---------------------------------------------------------------------------
const createRouteDef = createRoute({
  method: 'post',
  path: '/assessments',
  operationId: 'createAssessment',
  tags: ['assessments'],
  summary: 'Start an assessment (optionally with answers already given)',
  description: 'Returns the assessment with its edit token (shown once) and its read-only share id. Every later read or write of the assessment needs the edit token as `Authorization: Bearer <editToken>`; the share id reads it without the token, read-only.',
  request: {
    query: ViewQuery.omit({ lang: true }),
    body: {
      required: false,
      content: {
        'application/json': {
          schema: z
            .object({
              lang: Lang.optional(),
              flow: z.string().max(60).optional(),
              version: z.string().max(20).optional(),
              answers: Answers.optional(),
            })
            .strict()
            .openapi('CreateAssessment', { example: { lang: 'en', answers: { intro_title: 'Helpdesk chatbot', intro_organisation: 'Ministry', intro_description: 'Answers citizens’ questions about procedures.' } } }),
        },
      },
    },
  },
  responses: {
    201: { description: 'Created; keep the edit token: it is shown only once', headers: { ...stateHeaders, Location: HEADERS.Location }, ...json(Created) },
    ...problemResponses(400, 404, 413, 415, ...ALWAYS),
  },
});

const readRoute = createRoute({
  method: 'get',
  path: '/assessments/{id}',
  operationId: 'getAssessment',
  tags: ['assessments'],
  summary: 'Read an assessment with its edit token: answers, next question, progress, result',
  description: 'The bare id reads nothing: send Authorization: Bearer <editToken>. The texts follow ?lang=, then Accept-Language, then the assessment’s own language. ETag is the revision, for If-Match on the next write.',
  ...tokenAuth,
  request: { params: IdParam, query: ViewQuery },
  responses: { 200: { description: 'The assessment', headers: stateHeaders, ...json(AssessmentState) }, ...problemResponses(400, 401, 403, 404, ...ALWAYS) },
});

const sharedRoute = createRoute({
  method: 'get',
  path: '/shared/{shareId}',
  operationId: 'getSharedAssessment',
  tags: ['assessments'],
  summary: 'Read-only view of an assessment through its share id',
  description: 'The share id is a capability of its own: it reads the assessment and its reports, never changes them, and does not reveal the assessment id.',
  security: [],
  request: { params: ShareParam, query: ViewQuery },
  responses: { 200: { description: 'The assessment, read-only', headers: stateHeaders, ...json(AssessmentState) }, ...problemResponses(400, 404, ...ALWAYS) },
});

const answerRoute = createRoute({
  method: 'put',
  path: '/assessments/{id}/answers/{questionId}',
  operationId: 'putAnswer',
  tags: ['assessments'],
  summary: 'Answer a question or change an earlier answer (the path is walked again)',
  description: 'Idempotent: the same answer again changes nothing (same revision and ETag). Send If-Match with the ETag you read so that a change made meanwhile by someone else is not overwritten (412).',
  ...tokenAuth,
  request: {
    params: QuestionParam,
    query: ViewQuery,
    headers: IfMatch,
    body: { required: true, content: { 'application/json': { schema: z.object({ value: AnswerValue }).strict().openapi('AnswerBody', { example: { value: 'infers' } }) } } },
  },
  responses: { 200: { description: 'The assessment after the change', headers: stateHeaders, ...json(AssessmentState) }, ...problemResponses(400, 401, 403, 404, 412, 413, 415, 428, ...ALWAYS) },
});

const backRoute = createRoute({
  method: 'post',
  path: '/assessments/{id}/back',
  operationId: 'goBack',
  tags: ['assessments'],
  summary: 'Take back the last answer on the path (it is kept aside and offered again)',
  description: '409 when there is nothing to take back. Honours If-Match like every write.',
  ...tokenAuth,
  request: { params: IdParam, query: ViewQuery, headers: IfMatch },
  responses: { 200: { description: 'The assessment, one question back', headers: stateHeaders, ...json(AssessmentState) }, ...problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 428, ...ALWAYS) },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/assessments/{id}',
  operationId: 'patchAssessment',
  tags: ['assessments'],
  summary: 'Change the assessment language (answers are kept)',
  description: 'The same language again changes nothing (no new revision).',
  ...tokenAuth,
  request: { params: IdParam, query: ViewQuery, headers: IfMatch, body: { required: true, content: { 'application/json': { schema: z.object({ lang: Lang }).strict().openapi('PatchAssessment', { example: { lang: 'de' } }) } } } },
  responses: { 200: { description: 'The assessment', headers: stateHeaders, ...json(AssessmentState) }, ...problemResponses(400, 401, 403, 404, 412, 413, 415, 428, ...ALWAYS) },
});

export const Migration = z
  .object({
    from: z.string(),
    to: z.string(),
    needAnswer: z.array(z.string()).openapi({ description: 'Questions that need a new answer: the next question of the new path, and those asked again.' }),
    toConfirm: z.array(z.string()).openapi({ description: 'Questions whose answer the migration kept or derived from old answers: the project lead confirms them.' }),
    carried: z.array(z.string()).openapi({ description: 'Answers kept as they were (same question, still valid).' }),
    mapped: z.array(z.object({ question: z.string(), from: z.array(z.string()) })).openapi({ description: 'New answers derived by the flow\'s migration rules, with the old questions they read.' }),
    askedAgain: z.array(z.string()).openapi({ description: 'Questions whose meaning changed: the old answer is offered again, not used.' }),
    notCarried: z.array(z.object({ question: z.string(), reason: z.string() })).openapi({ description: 'Old answers that do not carry over, with the reason; kept aside with the assessment, never deleted.' }),
    noLongerAsked: z.array(z.string()).openapi({ description: 'The questions of notCarried (kept for clients of API 1.0).' }),
    assessment: AssessmentState,
  })
  .openapi('Migration');

const migrateRoute = createRoute({
  method: 'post',
  path: '/assessments/{id}/migrate',
  operationId: 'migrateAssessment',
  tags: ['assessments'],
  summary: 'Move the assessment to a newer flow version, reporting what carries over and what needs an answer',
  description: 'By the target version’s own migrations: every stored answer is carried, mapped, asked again or not carried, with the reason; nothing is deleted (the old answers stay aside and the move is logged). 409 for a version that is not newer.',
  ...tokenAuth,
  request: {
    params: IdParam,
    query: ViewQuery,
    headers: IfMatch,
    body: { required: false, content: { 'application/json': { schema: z.object({ version: z.string().max(20).optional() }).strict().openapi('MigrateBody', { example: { version: '1.1.0' } }) } } },
  },
  responses: {
    200: { description: 'Migrated: the answers the new version keeps, derives, asks again or does not carry, each listed', headers: stateHeaders, ...json(Migration) },
    ...problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 428, ...ALWAYS),
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/assessments/{id}',
  operationId: 'deleteAssessment',
  tags: ['assessments'],
  summary: 'Delete an assessment and its share link',
  description: 'Removes the stored answers and the share link for good (the retention alarm does the same after RETENTION_DAYS without a change).',
  ...tokenAuth,
  request: { params: IdParam, headers: IfMatch },
  responses: { 204: { description: 'Deleted', headers: { 'API-Version': HEADERS['API-Version'] } }, ...problemResponses(400, 401, 403, 404, 412, 428, ...ALWAYS) },
});

export type CreateBody = { lang?: 'fr' | 'de' | 'en'; flow?: string; version?: string; answers?: Record<string, string | string[]> };

/** A new assessment with its share link: anonymous (an edit token, returned once) or in a workspace (none). */
export async function createAssessment(c: Context<{ Bindings: Env }>, body: CreateBody, workspace: Workspace | null, ownerRole?: Role) {
  const bundle = requireBundle(body.flow, body.version, 'body');
  const lang = negotiateLang(c, body.lang);
  const answers = body.answers ?? {};
  present(bundle, answers, lang, today(), false); // refuses invalid answers before anything is stored
  const id = newId();
  const shareId = newId();
  const editToken = workspace ? null : newToken();
  const outcome = await stub(c, id).create(
    { meta: { id, flowId: bundle.flow.id, version: bundle.flow.version, hash: bundle.hash, lang, shareId, createdAt: '', ...(workspace ? { workspace } : {}) }, tokenHash: editToken ? await sha256(editToken) : null, ...(ownerRole ? { ownerRole } : {}), retentionDays: retentionDays(c.env), answers },
    { lang, expand: viewOf(c).expand },
  );
  await shareStub(c.env, shareId).linkShare(id);
  return { outcome, id, shareId, editToken };
}

export const assessmentsApi = new OpenAPIHono<{ Bindings: Env }>()
  .openapi(createRouteDef, async (c) => {
    const body = (c.req.valid('json') as CreateBody | undefined) ?? {};
    const { outcome, id, shareId, editToken } = await createAssessment(c, body, null);
    c.header('location', `/api/v1/assessments/${id}`);
    return stateResponse(c, outcome, 201, { id, shareId, editToken }) as never;
  })
  .openapi(readRoute, async (c) => stateResponse(c, await stub(c, c.req.valid('param').id).read(await access(c), viewOf(c))) as never)
  .openapi(sharedRoute, async (c) => stateResponse(c, await (await sharedStub(c.env, c.req.valid('param').shareId)).readShared(viewOf(c))) as never)
  .openapi(answerRoute, async (c) => {
    const { id, questionId } = c.req.valid('param');
    return stateResponse(c, await stub(c, id).answer(await guard(c), questionId, c.req.valid('json').value, viewOf(c))) as never;
  })
  .openapi(backRoute, async (c) => stateResponse(c, await stub(c, c.req.valid('param').id).back(await guard(c), viewOf(c))) as never)
  .openapi(patchRoute, async (c) => stateResponse(c, await stub(c, c.req.valid('param').id).setLang(await guard(c), c.req.valid('json').lang, viewOf(c))) as never)
  .openapi(migrateRoute, async (c) => {
    const body = (c.req.valid('json') as { version?: string } | undefined) ?? {};
    const o = await stub(c, c.req.valid('param').id).migrate(await guard(c), body.version, viewOf(c));
    if (!o.ok) fail(o);
    const { report, state } = o as Success & { report: import('../../decision-trees/migrate.ts').MigrationReport };
    const next = state.evaluation.next?.id;
    const summary = {
      from: report.from,
      to: report.to,
      needAnswer: [...new Set([...(next ? [next] : []), ...report.askedAgain])],
      toConfirm: [...new Set([...report.mapped.map((m) => m.question), ...report.carried])],
      carried: report.carried,
      mapped: report.mapped,
      askedAgain: report.askedAgain,
      notCarried: report.notCarried,
      noLongerAsked: report.notCarried.map((n) => n.question),
      assessment: state as AssessmentStateView,
    };
    return c.json(summary, 200, { etag: o.etag, 'cache-control': 'no-store', 'content-language': state.evaluation.lang, vary: 'accept-language' }) as never;
  })
  .openapi(deleteRoute, async (c) => {
    const r = await stub(c, c.req.valid('param').id).remove(await guard(c));
    if (!r.ok) fail(r);
    await shareStub(c.env, (r as { shareId: string }).shareId).unlinkShare();
    return c.body(null, 204);
  });

export { ID_PATTERN, pointerToken };
