// Request and response schemas of the API, shared by the routes and the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { LANGS } from '../../decision-trees/langs.ts';
import { API_VERSION } from '../http/version.ts';
import { problemExamplesFor } from '../http/problem-examples.ts';
import { ActionViewSchema, AssessmentResultSchema, CitationViewSchema, DutyViewSchema, ProgressSchema, QuestionViewSchema, catalogueSchemas, conditionUnion } from '../../decision-trees/view-schemas.ts';
import { Review } from '../workspace/schemas.ts';

export const Lang = z.enum(LANGS).openapi({ description: 'Language of texts in the response; French by default.' });
export const AnswerValue = z
  .union([z.string().max(5000), z.array(z.string().max(200)).max(50)])
  .openapi({ description: 'An option id (single choice), a list of option ids (multiple choice) or a text.', example: 'yes' });
export const Answers = z
  .record(z.string().max(100), AnswerValue)
  .openapi('Answers', { description: 'Question id -> answer. The ids are those of the question catalogue (GET /flows/{flow}/{version}/questions).', example: { intro_title: 'Chatbot for the citizens’ helpdesk', def_ai_system: 'infers' } });

export const Problem = z
  .object({
    type: z.string().openapi({ description: 'The problem type: a section of /api/problems.', example: '/api/problems#validation-error' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string().optional().openapi({ description: 'Stable code of the detail sentence (the sentence is in the request’s language).' }),
    instance: z.string().optional().openapi({ description: 'The request path, ids replaced by {id}.' }),
    'invalid-params': z
      .array(
        z.object({
          name: z.string().openapi({ description: 'A JSON Pointer into the request body ("/answers/intro_title"), or query:<name>, path:<name>, header:<name>.' }),
          code: z.string().openapi({ description: 'Stable reason code, listed at /api/problems#codes.' }),
          reason: z.string().openapi({ description: 'The reason in words, in the request’s language.' }),
        }),
      )
      .optional(),
  })
  .openapi('Problem', {
    description: 'RFC 9457 problem details, in the request’s language.',
    example: { type: '/api/problems#validation-error', title: 'The request is not valid', status: 400, detail: '1 answer does not fit flow assessment 1.1.0', code: 'invalid_answers', 'invalid-params': [{ name: '/answers/def_ai_system', code: 'unknown_option', reason: '"maybe" is not one of the options (infers, fixed_rules, no_tool, unsure).' }] },
  });

/** Headers of every API response, and those of some. */
export const HEADERS = {
  'API-Version': { description: 'The version of this API (semantic versioning).', schema: { type: 'string' as const, example: API_VERSION } },
  'Content-Language': { description: 'The language of the texts in the body.', schema: { type: 'string' as const, example: 'fr' } },
  Vary: { description: 'Accept-Language (and Origin where CORS applies): the texts follow the language asked for.', schema: { type: 'string' as const } },
  'Cache-Control': { description: 'no-store on everything that carries answers or a token; long-lived for an immutable flow version.', schema: { type: 'string' as const } },
  ETag: { description: 'The representation’s validator: the assessment’s revision ("r12"), or a flow version’s content hash.', schema: { type: 'string' as const, example: '"r3"' } },
  Location: { description: 'The new assessment (read it with its edit token).', schema: { type: 'string' as const } },
  'Content-Disposition': { description: 'attachment, with a file name.', schema: { type: 'string' as const } },
  'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' as const } },
  Allow: { description: 'The methods this path accepts.', schema: { type: 'string' as const } },
  'WWW-Authenticate': { description: 'Bearer realm="assessments".', schema: { type: 'string' as const } },
};
export const commonHeaders = { 'API-Version': HEADERS['API-Version'], 'Content-Language': HEADERS['Content-Language'], Vary: HEADERS.Vary, 'Cache-Control': HEADERS['Cache-Control'] };

const STATUS_WORDS: Record<number, string> = {
  400: 'The request is not valid, or its body is not JSON: invalid-params names each field, its code and the reason.',
  401: 'The edit token is missing, or (workspace) no valid session or access token.',
  403: 'The edit token is not this assessment’s, the member’s role does not allow it, a cross-site change with a session cookie, or (preflight) the origin is not allowed.',
  404: 'No such endpoint, assessment, share link, tree or flow version.',
  405: 'The path does not take this method: Allow lists those it takes.',
  409: 'The assessment does not allow this in its current state (nothing to take back, a migration that is not to a newer version).',
  412: 'If-Match names another revision than the stored one.',
  413: 'The body is over 64 KB.',
  415: 'A body that is not application/json.',
  428: 'This deployment requires If-Match on writes.',
  429: 'Rate limit reached: retry after Retry-After seconds.',
  500: 'A fault of the service.',
  503: 'Sign-in is not configured here, or the identity provider cannot be reached.',
};
export const problemResponses = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      code,
      {
        content: { 'application/problem+json': { schema: Problem, examples: problemExamplesFor(code) } },
        description: STATUS_WORDS[code] ?? 'Error',
        headers: { ...commonHeaders, ...(code === 429 ? { 'Retry-After': HEADERS['Retry-After'] } : {}), ...(code === 405 ? { Allow: HEADERS.Allow } : {}), ...(code === 401 ? { 'WWW-Authenticate': HEADERS['WWW-Authenticate'] } : {}) },
      },
    ]),
  );
/** The statuses any endpoint can answer whatever it does: rate limit, wrong method, fault. */
export const ALWAYS = [405, 429, 500] as const;

// The engine's views are defined once in decision-trees/view-schemas.ts; here they get their OpenAPI names.
/** The typed condition, registered by name so that its recursion becomes a $ref. */
export const Condition: z.ZodType = z.lazy(() => conditionUnion(() => Condition)).openapi('Condition');
export const QuestionCatalogue = catalogueSchemas(Condition).QuestionCatalogue.openapi('QuestionCatalogue');
export const QuestionView = QuestionViewSchema.openapi('Question');
export const Citation = CitationViewSchema.openapi('Citation');
export const Duty = DutyViewSchema.openapi('Duty');
export const Action = ActionViewSchema.openapi('Action');
export const Result = AssessmentResultSchema.openapi('Result');
export const Progress = ProgressSchema.openapi('Progress');

export const PathStep = z
  .object({
    id: z.string(),
    answer: AnswerValue,
    text: z.string().optional().openapi({ description: 'With ?expand=path: the question as asked.' }),
    answerLabel: z.string().optional().openapi({ description: 'With ?expand=path: the answer as shown.' }),
    source: z.array(z.string()).optional().openapi({ description: 'With ?expand=path: the question’s sources.' }),
  })
  .openapi('PathStep');

export const Evaluation = z
  .object({
    flow: z.object({ id: z.string(), version: z.string(), hash: z.string() }),
    lang: Lang,
    complete: z.boolean(),
    next: QuestionView.nullable(),
    path: z.array(PathStep).openapi({ description: 'The answers on the current path, in order: compact by default, with the question texts and answer labels with ?expand=path.' }),
    progress: Progress,
    unusedAnswers: z.array(z.string()),
    offPath: z.array(PathStep).openapi({ description: 'Stored answers whose question is not on the current path (an earlier answer changed it): kept, and used again if the path comes back to them. The web app shows them as still to confirm.' }),
    result: Result.nullable(),
  })
  .openapi('Evaluation');

const Meta = z.object({
  flowId: z.string(),
  version: z.string(),
  hash: z.string(),
  lang: Lang,
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresAt: z.string().nullable().openapi({ description: 'When the retention alarm deletes the assessment (RETENTION_DAYS after its last change); null in a workspace, where it is kept until deleted.' }),
  revision: z.number().int(),
});
export const AssessmentState = z
  .object({
    id: z.string().optional().openapi({ description: 'Absent in the read-only view of a share link.' }),
    shareId: z.string().openapi({ description: 'The read-only link: /shared/{shareId}.' }),
    readOnly: z.boolean(),
    meta: Meta,
    answers: Answers,
    setAside: Answers.openapi({ description: 'Answers kept but not active: taken back with "back" (offered again when their question comes up) or not carried by a migration.' }),
    invalidAnswers: z.array(z.string()).openapi({ description: 'Stored answers that the pinned version does not accept: kept, not used.' }),
    newerVersion: z.string().nullable().openapi({ description: 'A newer flow version this assessment can be migrated to.' }),
    review: Review.nullable().openapi({ description: 'In a workspace: its organisation, author, review status and approval; null for an anonymous assessment (never reviewed).' }),
    evaluation: Evaluation,
  })
  .openapi('Assessment');

/** The shapes the web app reads, inferred from the schemas above: one definition. */
export type EvaluationView = z.infer<typeof Evaluation>;
export type AssessmentStateView = z.infer<typeof AssessmentState>;
export type ProblemView = z.infer<typeof Problem>;

/** A workspace operation: a member's session cookie or the identity provider's access token. */
export const memberAuth = { security: [{ session: [] }, { accessToken: [] }] as Record<string, string[]>[] };
/** A JSON response or request body of `schema`. */
export const jsonContent = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
export const jsonBody = <T extends z.ZodType>(schema: T, required = true) => ({ required, ...jsonContent(schema) });
