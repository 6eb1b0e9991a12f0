// Request and response schemas of the API, shared by the routes and the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { RISK_CLASSES, ROLES } from '../../decision-trees/schema.ts';

export const Lang = z.enum(['fr', 'de', 'en']).openapi({ description: 'Language of texts in the response; French by default.' });
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

export const QuestionView = z
  .object({
    id: z.string(),
    tree: z.string(),
    kind: z.enum(['single', 'multiple', 'text']),
    text: z.string(),
    help: z.string(),
    source: z.array(z.string()),
    options: z.array(z.object({ id: z.string(), label: z.string(), exclusive: z.boolean().optional() })),
    maxLength: z.number().int().optional(),
    optional: z.boolean().optional(),
  })
  .openapi('Question');

const Duty = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  source: z.array(z.string()),
  appliesFrom: z.string().openapi({ description: 'YYYY-MM-DD' }),
  appliesNow: z.boolean().openapi({ description: 'Already applicable on the assessment date.' }),
  dateUncertain: z.string().optional(),
  related: z.array(z.string()).optional(),
  labels: z.array(z.object({ fr: z.string(), de: z.string(), en: z.string() })).optional(),
  tree: z.string(),
});
const Note = z.object({ id: z.string(), text: z.string(), source: z.array(z.string()) });

export const Result = z
  .object({
    riskClass: z.enum(RISK_CLASSES).nullable(),
    basis: z.array(z.string()),
    roles: z.array(z.enum(ROLES)),
    conclusions: z.array(z.object({ tree: z.string(), id: z.string(), title: z.string(), body: z.string(), source: z.array(z.string()) })),
    duties: z.array(Duty),
    hosting: z
      .object({
        allowed: z.array(z.string()),
        excluded: z.array(z.object({ serviceId: z.string(), reason: z.string() })),
        dataKinds: z.array(z.string()),
        tasks: z.array(z.string()),
        services: z.array(z.object({ id: z.string(), name: z.string(), hosting: z.string() })),
      })
      .nullable(),
    flags: z.array(
      z.object({ id: z.string(), kind: z.enum(['unsure', 'review']), question: z.string().optional(), text: z.string(), reviewer: z.string(), source: z.array(z.string()) }),
    ),
    commitments: z.array(Note),
    openPoints: z.array(Note),
    registerEntry: z.object({ fields: z.array(z.object({ id: z.string(), label: z.string(), value: z.string(), toComplete: z.boolean() })) }).nullable(),
    facts: z.array(z.string()),
    lawAsOf: z.object({ reviewed: z.string(), assessedOn: z.string(), banner: z.string() }),
    disclaimer: z.string(),
    flow: z.object({ id: z.string(), version: z.string(), hash: z.string() }),
  })
  .openapi('Result', { description: 'The assessment result in the stable vocabulary (risk class, basis, roles, duties, hosting, flags).' });

export const PathStep = z.object({
  id: z.string(),
  answer: AnswerValue,
  text: z.string(),
  answerLabel: z.string(),
  source: z.array(z.string()),
});

export const Evaluation = z
  .object({
    flow: z.object({ id: z.string(), version: z.string(), hash: z.string() }),
    lang: Lang,
    complete: z.boolean(),
    next: QuestionView.nullable(),
    path: z.array(PathStep),
    progress: z.object({ answered: z.number().int(), remainingMin: z.number().int(), remainingMax: z.number().int(), percent: z.number() }),
    unusedAnswers: z.array(z.string()),
    result: Result.nullable(),
  })
  .openapi('Evaluation');
