// Request and response schemas of the API, shared by the routes and the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { LANGS } from '../../decision-trees/langs.ts';
import { ActionViewSchema, AssessmentResultSchema, CitationViewSchema, DutyViewSchema, ProgressSchema, QuestionViewSchema } from '../../decision-trees/view-schemas.ts';

export const Lang = z.enum(LANGS).openapi({ description: 'Language of texts in the response; French by default.' });
export const AnswerValue = z
  .union([z.string().max(5000), z.array(z.string().max(200)).max(50)])
  .openapi({ description: 'An option id (single choice), a list of option ids (multiple choice) or a text.', example: 'yes' });
export const Answers = z
  .record(z.string().max(100), AnswerValue)
  .openapi('Answers', { description: 'Question id -> answer.', example: { intro_title: 'Chatbot for the citizens’ helpdesk', def_machine_based: 'yes' } });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    'invalid-params': z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details.' });
export const problemContent = { 'application/problem+json': { schema: Problem } };
export const problemResponses = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [code, { content: problemContent, description: describeCode(code) }]));
function describeCode(code: number): string {
  return (
    { 400: 'Invalid request (field and reason in invalid-params)', 401: 'Edit token missing', 403: 'Edit token wrong', 404: 'Not found', 413: 'Body over 64 KB', 415: 'Body is not JSON', 429: 'Rate limit reached (see Retry-After)' } as Record<number, string>
  )[code] ?? 'Error';
}

// The engine's views are defined once in decision-trees/view-schemas.ts; here they get their OpenAPI names.
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
  expiresAt: z.string(),
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
    evaluation: Evaluation,
  })
  .openapi('Assessment');

/** The shapes the web app reads, inferred from the schemas above: one definition. */
export type EvaluationView = z.infer<typeof Evaluation>;
export type AssessmentStateView = z.infer<typeof AssessmentState>;
export type ProblemView = z.infer<typeof Problem>;
