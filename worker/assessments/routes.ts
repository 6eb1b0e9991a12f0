// Stored assessments: create, read, answer, change an answer, back, change language, migrate, delete.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { checkAnswer, usableAnswers } from '../../decision-trees/answers.ts';
import { migrateAnswers } from '../../decision-trees/migrate.ts';
import { AnswerValue, Answers, AssessmentState, Lang, problemResponses } from '../api/schemas.ts';
import { present, today } from '../api/present.ts';
import { compiledFlow, currentVersion, findBundle, requireBundle } from '../flows.ts';
import { negotiateLang } from '../http/lang.ts';
import { ProblemError } from '../http/problem.ts';
import { ID_PATTERN, assessmentStub, bearer, newId, newToken, sha256, shareStub } from './store.ts';
import type { StoredAssessment, WriteOutcome } from './object.ts';
import { retentionDays } from './retention.ts';

const IdParam = z.object({ id: z.string().max(64).openapi({ param: { name: 'id', in: 'path' }, example: '3f2a9c0d4b1e6a7f8c9d0e1f2a3b4c5d' }) });
const ShareParam = z.object({ shareId: z.string().max(64).openapi({ param: { name: 'shareId', in: 'path' } }) });
const QuestionParam = IdParam.extend({ questionId: z.string().max(100).openapi({ param: { name: 'questionId', in: 'path' }, example: 'def_machine_based' }) });
const LangQuery = z.object({ lang: Lang.optional() });

const Created = AssessmentState.extend({ id: z.string(), editToken: z.string(), shareId: z.string() }).openapi('CreatedAssessment');

const auth = { security: [{ editToken: [] }] };

/** Semantic versions compared part by part: -1, 0 or 1. */
function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

/** The state a client sees: stored answers and the evaluation derived from them. */
export function stateOf(stored: StoredAssessment, lang: z.infer<typeof Lang>, view: 'owner' | 'shared') {
  const bundle = findBundle(stored.meta.flowId, stored.meta.version);
  if (!bundle) throw new ProblemError('version-unavailable', 404, `flow version ${stored.meta.version} is no longer published`);
  const { id: _id, shareId, ...meta } = stored.meta;
  const latest = currentVersion(stored.meta.flowId);
  // Answers stored before a migration may not fit the new version: they are kept, reported, not used.
  const { usable, invalid } = usableAnswers(compiledFlow(bundle).index, stored.answers);
  return {
    ...(view === 'owner' ? { id: stored.meta.id } : {}),
    shareId,
    readOnly: view === 'shared',
    meta,
    answers: stored.answers,
    setAside: stored.setAside,
    invalidAnswers: invalid.map((e) => e.question),
    newerVersion: latest && latest !== stored.meta.version ? latest : null,
    evaluation: present(bundle, usable, lang, today()),
  };
}

export async function loadAssessment(env: Env, id: string): Promise<StoredAssessment> {
  const stored = ID_PATTERN.test(id) ? await assessmentStub(env, id).read() : undefined;
  if (!stored) throw new ProblemError('not-found', 404, 'no assessment with this id', [{ name: 'id', reason: 'unknown assessment' }]);
  return stored as StoredAssessment;
}

export async function loadShared(env: Env, shareId: string): Promise<StoredAssessment> {
  const id = ID_PATTERN.test(shareId) ? await shareStub(env, shareId).resolveShare() : undefined;
  const stored = id ? await assessmentStub(env, id).read() : undefined;
  if (!stored) throw new ProblemError('not-found', 404, 'no assessment behind this share link', [{ name: 'shareId', reason: 'unknown share link' }]);
  return stored as StoredAssessment;
}

async function tokenHash(c: Context): Promise<string> {
  const token = bearer(c.req.header('authorization'));
  if (!token) {
    throw new ProblemError('unauthorized', 401, 'send the edit token as "Authorization: Bearer <editToken>"', [{ name: 'Authorization', reason: 'missing or not a bearer token' }], {
      'www-authenticate': 'Bearer realm="assessments"',
    });
  }
  return sha256(token);
}

function written(outcome: WriteOutcome): StoredAssessment {
  if (outcome.ok) return outcome.stored as StoredAssessment;
  if (outcome.reason === 'forbidden') throw new ProblemError('forbidden', 403, 'this edit token does not belong to this assessment', [{ name: 'Authorization', reason: 'wrong edit token' }]);
  if (outcome.reason === 'nothing_to_undo') throw new ProblemError('validation-error', 409, 'no answer to take back: this is the first question', [{ name: 'path', reason: 'empty' }]);
  if (outcome.reason === 'stale') throw new ProblemError('conflict', 409, 'the assessment changed while the migration was computed: read it and migrate again', [{ name: 'revision', reason: 'changed meanwhile' }]);
  throw new ProblemError('not-found', 404, 'no assessment with this id', [{ name: 'id', reason: 'unknown assessment' }]);
}


// ---------------------------------------------------------------------------
const createRouteDef = createRoute({
  method: 'post',
  path: '/assessments',
  tags: ['assessments'],
  summary: 'Start an assessment (optionally with answers already given)',
  request: {
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
            .openapi('CreateAssessment'),
        },
      },
    },
  },
  responses: { 201: { description: 'Created; keep the edit token: it is shown only once', ...json(Created) }, ...problemResponses(400, 404, 413, 415, 429) },
});

const readRoute = createRoute({
  method: 'get',
  path: '/assessments/{id}',
  tags: ['assessments'],
  summary: 'Read an assessment: answers, next question, progress, result',
  request: { params: IdParam, query: LangQuery },
  responses: { 200: { description: 'The assessment', ...json(AssessmentState) }, ...problemResponses(400, 404, 429) },
});

const sharedRoute = createRoute({
  method: 'get',
  path: '/shared/{shareId}',
  tags: ['assessments'],
  summary: 'Read-only view of an assessment through its share link',
  request: { params: ShareParam, query: LangQuery },
  responses: { 200: { description: 'The assessment, read-only', ...json(AssessmentState) }, ...problemResponses(400, 404, 429) },
});

const answerRoute = createRoute({
  method: 'put',
  path: '/assessments/{id}/answers/{questionId}',
  tags: ['assessments'],
  summary: 'Answer a question or change an earlier answer (the path is walked again)',
  ...auth,
  request: {
    params: QuestionParam,
    query: LangQuery,
    body: { required: true, content: { 'application/json': { schema: z.object({ value: AnswerValue }).strict().openapi('AnswerBody') } } },
  },
  responses: { 200: { description: 'The assessment after the change', ...json(AssessmentState) }, ...problemResponses(400, 401, 403, 404, 413, 415, 429) },
});

const backRoute = createRoute({
  method: 'post',
  path: '/assessments/{id}/back',
  tags: ['assessments'],
  summary: 'Take back the last answer on the path (it is kept aside and offered again)',
  ...auth,
  request: { params: IdParam, query: LangQuery },
  responses: { 200: { description: 'The assessment, one question back', ...json(AssessmentState) }, ...problemResponses(401, 403, 404, 409, 429) },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/assessments/{id}',
  tags: ['assessments'],
  summary: 'Change the assessment language (answers are kept)',
  ...auth,
  request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: z.object({ lang: Lang }).strict().openapi('PatchAssessment') } } } },
  responses: { 200: { description: 'The assessment', ...json(AssessmentState) }, ...problemResponses(400, 401, 403, 404, 415, 429) },
});

const migrateRoute = createRoute({
  method: 'post',
  path: '/assessments/{id}/migrate',
  tags: ['assessments'],
  summary: 'Move the assessment to a newer flow version, reporting questions that need a new answer',
  ...auth,
  request: {
    params: IdParam,
    query: LangQuery,
    body: { required: false, content: { 'application/json': { schema: z.object({ version: z.string().max(20).optional() }).strict().openapi('MigrateBody') } } },
  },
  responses: {
    200: {
      description: 'Migrated: the answers the new version keeps, derives, asks again or does not carry, each listed',
      ...json(
        z
          .object({
            from: z.string(),
            to: z.string(),
            needAnswer: z.array(z.string()).openapi({ description: 'Questions that need a new answer: the next question of the new path, and those asked again.' }),
            toConfirm: z.array(z.string()).openapi({ description: 'Questions whose answer the migration kept or derived from old answers: the project lead confirms them.' }),
            carried: z.array(z.string()).openapi({ description: 'Answers kept as they were (same question, still valid).' }),
            mapped: z.array(z.object({ question: z.string(), from: z.array(z.string()) })).openapi({ description: 'New answers derived by the flow\'s migration rules, with the old questions they read.' }),
            askedAgain: z.array(z.string()).openapi({ description: 'Questions whose meaning changed: the old answer is offered again, not used.' }),
            notCarried: z.array(z.object({ question: z.string(), reason: z.string() })).openapi({ description: 'Old answers that do not carry over, with the reason; kept aside with the assessment, never deleted.' }),
            noLongerAsked: z.array(z.string()).openapi({ description: 'The questions of notCarried (kept for clients of the first API version).' }),
            assessment: AssessmentState,
          })
          .openapi('Migration'),
      ),
    },
    ...problemResponses(400, 401, 403, 404, 409, 415, 429),
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/assessments/{id}',
  tags: ['assessments'],
  summary: 'Delete an assessment and its share link',
  ...auth,
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...problemResponses(401, 403, 404, 429) },
});

export const assessmentsApi = new OpenAPIHono<{ Bindings: Env }>()
  .openapi(createRouteDef, async (c) => {
    const body = (c.req.valid('json') as { lang?: 'fr' | 'de' | 'en'; flow?: string; version?: string; answers?: Record<string, string | string[]> } | undefined) ?? {};
    const bundle = requireBundle(body.flow, body.version);
    const lang = negotiateLang(c, body.lang);
    const answers = body.answers ?? {};
    present(bundle, answers, lang, today()); // refuses invalid answers before anything is stored
    const id = newId();
    const shareId = newId();
    const editToken = newToken();
    const stored = await assessmentStub(c.env, id).create({
      meta: { id, flowId: bundle.flow.id, version: bundle.flow.version, hash: bundle.hash, lang, shareId, createdAt: '' },
      tokenHash: await sha256(editToken),
      retentionDays: retentionDays(c.env),
      answers,
    });
    await shareStub(c.env, shareId).linkShare(id);
    c.header('location', `/api/v1/assessments/${id}`);
    return c.json({ ...stateOf(stored as StoredAssessment, lang, 'owner'), id, shareId, editToken }, 201);
  })
  .openapi(readRoute, async (c) => {
    const stored = await loadAssessment(c.env, c.req.valid('param').id);
    return c.json(stateOf(stored, negotiateLang(c, c.req.valid('query').lang ?? stored.meta.lang), 'owner'), 200);
  })
  .openapi(sharedRoute, async (c) => {
    const stored = await loadShared(c.env, c.req.valid('param').shareId);
    return c.json(stateOf(stored, negotiateLang(c, c.req.valid('query').lang ?? stored.meta.lang), 'shared'), 200);
  })
  .openapi(answerRoute, async (c) => {
    const { id, questionId } = c.req.valid('param');
    const { value } = c.req.valid('json');
    const hash = await tokenHash(c);
    const stored = await loadAssessment(c.env, id);
    const bundle = findBundle(stored.meta.flowId, stored.meta.version)!;
    const error = checkAnswer(compiledFlow(bundle).index.questions.get(questionId), questionId, value);
    if (error) {
      const name = error.reason === 'unknown_question' ? 'questionId' : 'value';
      throw new ProblemError('validation-error', 400, error.detail, [{ name, reason: `${error.reason}: ${error.detail}` }]);
    }
    const after = written(await assessmentStub(c.env, id).setAnswer(hash, questionId, value));
    return c.json(stateOf(after, negotiateLang(c, c.req.valid('query').lang ?? after.meta.lang), 'owner'), 200);
  })
  .openapi(backRoute, async (c) => {
    const { id } = c.req.valid('param');
    const hash = await tokenHash(c);
    await loadAssessment(c.env, id);
    const after = written(await assessmentStub(c.env, id).back(hash));
    return c.json(stateOf(after, negotiateLang(c, c.req.valid('query').lang ?? after.meta.lang), 'owner'), 200);
  })
  .openapi(patchRoute, async (c) => {
    const { id } = c.req.valid('param');
    const hash = await tokenHash(c);
    await loadAssessment(c.env, id);
    const after = written(await assessmentStub(c.env, id).setLang(hash, c.req.valid('json').lang));
    return c.json(stateOf(after, after.meta.lang, 'owner'), 200);
  })
  .openapi(migrateRoute, async (c) => {
    const { id } = c.req.valid('param');
    const hash = await tokenHash(c);
    const stored = await loadAssessment(c.env, id);
    const body = (c.req.valid('json') as { version?: string } | undefined) ?? {};
    const target = requireBundle(stored.meta.flowId, body.version);
    const lang = negotiateLang(c, c.req.valid('query').lang ?? stored.meta.lang);
    if (compareVersions(target.flow.version, stored.meta.version) <= 0) {
      throw new ProblemError('validation-error', 409, `the assessment is on version ${stored.meta.version}; it can only move to a newer version`, [{ name: 'version', reason: `not newer than ${stored.meta.version}` }]);
    }
    const report = migrateAnswers(compiledFlow(target), stored.meta.version, stored.answers);
    const after = written(await assessmentStub(c.env, id).migrate(hash, stored.meta.revision, target.flow.version, target.hash, report.answers, { from: report.from, to: report.to, notCarried: report.notCarried }));
    const state = stateOf(after, lang, 'owner');
    const next = state.evaluation.next?.id;
    return c.json(
      {
        from: report.from,
        to: report.to,
        needAnswer: [...new Set([...(next ? [next] : []), ...report.askedAgain])],
        toConfirm: [...new Set([...report.mapped.map((m) => m.question), ...report.carried])],
        carried: report.carried,
        mapped: report.mapped,
        askedAgain: report.askedAgain,
        notCarried: report.notCarried,
        noLongerAsked: report.notCarried.map((n) => n.question),
        assessment: state,
      },
      200,
    );
  })
  .openapi(deleteRoute, async (c) => {
    const { id } = c.req.valid('param');
    const hash = await tokenHash(c);
    const stored = await loadAssessment(c.env, id);
    const r = await assessmentStub(c.env, id).remove(hash);
    if (!r.ok) written({ ok: false, reason: r.reason! });
    await shareStub(c.env, stored.meta.shareId).unlinkShare();
    return c.body(null, 204);
  });
