// The review of an assessment in a workspace: submit, request changes, approve (four eyes), comments
// beside the questions, the audit trail, and what a re-check under the newest flow version would change.
// Each is one call into the assessment's Durable Object, as every other operation.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { ALWAYS, AssessmentState, HEADERS, commonHeaders, problemResponses, memberAuth, jsonContent, jsonBody } from '../api/schemas.ts';
import { AuditEntry, Comment } from '../workspace/schemas.ts';
import { FORBIDDEN } from '../../decision-trees/answers.ts';
import { access, fail, stateResponse, stub, tokenAuth, viewOf } from './routes.ts';
import type { Failure } from './object.ts';
import { ProblemError } from '../http/problem.ts';

const Id = z.string().regex(/^[0-9a-f]{32}$/).openapi({ example: '3f2a9c0d4b1e6a7f8c9d0e1f2a3b4c5d' });
const IdParam = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) });
const noStore = { 'cache-control': 'no-store' };
const stateHeaders = { ...commonHeaders, ETag: HEADERS.ETag };
const Comments = z.object({ comments: z.array(Comment) }).openapi('CommentList');

const CommentText = z.string().min(1).max(4000).refine((t) => !FORBIDDEN.test(t), { message: 'control_character' });

const reviewRoute = (action: 'submit' | 'request-changes' | 'approve', summary: string, description: string, request?: z.ZodType) =>
  createRoute({
    method: 'post',
    path: `/assessments/{id}/review/${action}`,
    operationId: { submit: 'submitForReview', 'request-changes': 'requestChanges', approve: 'approveAssessment' }[action],
    tags: ['review'],
    summary,
    description,
    ...memberAuth,
    request: { params: IdParam, ...(request ? { body: jsonBody(request) } : {}) },
    responses: { 200: { description: 'The assessment with its new review status', headers: stateHeaders, ...jsonContent(AssessmentState) }, ...problemResponses(400, 401, 403, 404, 409, ...(request ? [413, 415] : []), ...ALWAYS) },
  });

const submitRoute = reviewRoute('submit', 'Submit a complete assessment for review (its author or an admin)', 'From draft or changes requested to in review. 409 when it is not complete or already in review or approved.');
const changesRoute = reviewRoute('request-changes', 'Ask the author for changes (a reviewer or an admin who is not the author)', 'From in review to changes requested; `note` is added as a comment on the assessment. The author sees the comments beside the questions.', z.object({ note: CommentText.optional() }).strict().openapi('ChangesRequest'));
const approveRoute = reviewRoute(
  'approve',
  'Approve the exact answers the reviewer read (a reviewer or an admin who is not the author)',
  'Four eyes: the author cannot approve (403). `revision` is the revision the reviewer opened (`meta.revision`): if the assessment changed since, 409, read it again. The approval records who, their role, when, the flow version and hash, and the SHA-256 of the answers; any later change to an answer starts a new round that needs approval again.',
  z.object({ revision: z.number().int().min(0) }).strict().openapi('ApprovalRequest'),
);

const listCommentsRoute = createRoute({
  method: 'get',
  path: '/assessments/{id}/comments',
  operationId: 'listComments',
  tags: ['review'],
  summary: 'The comment threads, each on a question or on the whole assessment',
  description: 'Oldest first; a reply names its thread’s first comment as `parent`; a resolved thread carries who resolved it and when.',
  ...memberAuth,
  request: { params: IdParam },
  responses: { 200: { description: 'The comments', headers: commonHeaders, ...jsonContent(Comments) }, ...problemResponses(400, 401, 403, 404, 409, ...ALWAYS) },
});

const addCommentRoute = createRoute({
  method: 'post',
  path: '/assessments/{id}/comments',
  operationId: 'addComment',
  tags: ['review'],
  summary: 'Comment on a question, on the whole assessment, or reply in a thread (members)',
  description: '`question` names the question (null or absent: the whole assessment); `parent` a thread to reply in (its question is taken). At most 4,000 characters, no control characters.',
  ...memberAuth,
  request: { params: IdParam, body: jsonBody(z.object({ question: z.string().max(100).nullable().optional(), parent: z.string().regex(/^[0-9a-f]{16}$/).nullable().optional(), body: CommentText }).strict().openapi('NewComment')) },
  responses: { 201: { description: 'Added: the comments now', headers: commonHeaders, ...jsonContent(Comments) }, ...problemResponses(400, 401, 403, 404, 409, 413, 415, ...ALWAYS) },
});

const resolveRoute = createRoute({
  method: 'post',
  path: '/assessments/{id}/comments/{commentId}/resolve',
  operationId: 'resolveComment',
  tags: ['review'],
  summary: 'Resolve a thread (its author, the assessment’s author, a reviewer or an admin)',
  description: 'Idempotent: resolving a resolved thread changes nothing.',
  ...memberAuth,
  request: { params: IdParam.extend({ commentId: z.string().regex(/^[0-9a-f]{16}$/).openapi({ param: { name: 'commentId', in: 'path' } }) }) },
  responses: { 200: { description: 'The comments now', headers: commonHeaders, ...jsonContent(Comments) }, ...problemResponses(400, 401, 403, 404, 409, ...ALWAYS) },
});

const auditRoute = createRoute({
  method: 'get',
  path: '/assessments/{id}/audit',
  operationId: 'getAuditTrail',
  tags: ['review'],
  summary: 'The audit trail: every answer change, comment, review step and migration, with who and when',
  description: 'Append-only, oldest first. Members read it for an assessment of their workspace; the edit token for an anonymous one. The JSON report includes it.',
  ...tokenAuth,
  request: { params: IdParam },
  responses: { 200: { description: 'The entries', headers: commonHeaders, ...jsonContent(z.object({ entries: z.array(AuditEntry) }).openapi('AuditTrail')) }, ...problemResponses(400, 401, 403, 404, ...ALWAYS) },
});

const recheckRoute = createRoute({
  method: 'get',
  path: '/assessments/{id}/recheck',
  operationId: 'previewRecheck',
  tags: ['review'],
  summary: 'What a re-check under the newest flow version would change, without changing anything',
  description: 'The newer version’s migration of the current answers: questions to confirm, asked again, no longer asked, not carried. `POST /assessments/{id}/migrate` then moves the assessment; in a workspace that starts a new draft round that needs approval again. 409 when it is on the newest version.',
  ...tokenAuth,
  request: { params: IdParam },
  responses: {
    200: {
      description: 'The migration it would make',
      headers: commonHeaders,
      ...jsonContent(
        z
          .object({
            from: z.string(),
            to: z.string(),
            toConfirm: z.array(z.string()).openapi({ description: 'Kept or derived from old answers: to confirm.' }),
            mapped: z.array(z.object({ question: z.string(), from: z.array(z.string()) })),
            askedAgain: z.array(z.string()).openapi({ description: 'Same question, changed meaning: asked again.' }),
            notCarried: z.array(z.object({ question: z.string(), reason: z.string() })).openapi({ description: 'No longer asked, with the reason.' }),
          })
          .openapi('RecheckPreview'),
      ),
    },
    ...problemResponses(400, 401, 403, 404, 409, ...ALWAYS),
  },
});

type History = { ok: true; comments: z.infer<typeof Comment>[]; audit: z.infer<typeof AuditEntry>[] } | Failure;

const comments = (c: Parameters<typeof stateResponse>[0], o: { ok: true; comments: unknown[] } | Parameters<typeof fail>[0], status: 200 | 201 = 200) => {
  if (!o.ok) fail(o);
  return c.json({ comments: o.comments }, status, noStore);
};

export const reviewApi = new OpenAPIHono<{ Bindings: Env }>()
  .openapi(submitRoute, async (c) => stateResponse(c, await stub(c, c.req.valid('param').id).review(await access(c), 'submit', undefined, viewOf(c))) as never)
  .openapi(changesRoute, async (c) => {
    const { id } = c.req.valid('param');
    const who = await access(c);
    const note = (c.req.valid('json' as never) as { note?: string }).note;
    const o = await stub(c, id).review(who, 'request_changes', undefined, viewOf(c));
    if (o.ok && note) await stub(c, id).comment(who, { question: null, parent: null, body: note });
    return stateResponse(c, o) as never;
  })
  .openapi(approveRoute, async (c) => stateResponse(c, await stub(c, c.req.valid('param').id).review(await access(c), 'approve', (c.req.valid('json' as never) as { revision: number }).revision, viewOf(c))) as never)
  .openapi(listCommentsRoute, async (c) => {
    const o = (await stub(c, c.req.valid('param').id).history(await access(c))) as History;
    if (!o.ok) fail(o);
    return c.json({ comments: o.comments }, 200, noStore) as never;
  })
  .openapi(addCommentRoute, async (c) => {
    const b = c.req.valid('json');
    return comments(c, await stub(c, c.req.valid('param').id).comment(await access(c), { question: b.question ?? null, parent: b.parent ?? null, body: b.body }), 201) as never;
  })
  .openapi(resolveRoute, async (c) => {
    const { id, commentId } = c.req.valid('param');
    return comments(c, await stub(c, id).resolveComment(await access(c), commentId)) as never;
  })
  .openapi(auditRoute, async (c) => {
    const o = (await stub(c, c.req.valid('param').id).history(await access(c))) as History;
    if (!o.ok) fail(o);
    return c.json({ entries: o.audit }, 200, noStore) as never;
  })
  .openapi(recheckRoute, async (c) => {
    const o = await stub(c, c.req.valid('param').id).recheckPreview(await access(c));
    if (!o.ok) fail(o);
    const r = o.report;
    return c.json({ from: r.from, to: r.to, toConfirm: [...new Set([...r.mapped.map((m) => m.question), ...r.carried])], mapped: r.mapped, askedAgain: r.askedAgain, notCarried: r.notCarried }, 200, noStore) as never;
  });

