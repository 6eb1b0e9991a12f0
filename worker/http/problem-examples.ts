// One example of every problem type, built by the same function as the real responses: the OpenAPI
// document shows them under each status, the problem page lists the sentences with the same values.
import type { Lang } from '../../decision-trees/langs.ts';
import { PROBLEM_KINDS, type ProblemKind } from './messages.ts';
import { problem, type InvalidParam, type Problem } from './problem.ts';
import type { DetailCode } from './messages.ts';

/** The values the example sentences are filled with. */
export const EXAMPLE_PARAMS: Record<string, string | number> = { count: 2, flow: 'assessment', version: '1.1.0', question: 'def_ai_system', id: 'ai-act-risk', allow: 'GET, HEAD, OPTIONS', current: '"r4"', max: 65536, limit: 600, retry: 12, origin: 'https://intranet.example.lu', value: 'maybe', options: 'infers, fixed_rules, no_tool, unsure', expected: 'string', got: 6000, min: 1, option: 'none', values: 'fr, de, en', bytes: 70000, type: 'text/plain', role: 'project_lead', roles: 'admin' };

const p = EXAMPLE_PARAMS;
const EXAMPLES: Record<ProblemKind, { detail?: DetailCode; invalid?: InvalidParam[]; instance: string }> = {
  'validation-error': {
    detail: 'invalid_answers',
    instance: '/api/v1/evaluate',
    invalid: [
      { name: '/answers/def_ai_system', code: 'unknown_option', params: p },
      { name: '/answers/intro_title', code: 'control_character' },
    ],
  },
  'malformed-json': { detail: 'malformed_json', instance: '/api/v1/evaluate', invalid: [{ name: '', code: 'malformed_json' }] },
  unauthorized: { detail: 'token_required', instance: '/api/v1/assessments/{id}', invalid: [{ name: 'header:Authorization', code: 'missing_token' }] },
  forbidden: { detail: 'token_wrong', instance: '/api/v1/assessments/{id}', invalid: [{ name: 'header:Authorization', code: 'wrong_token' }] },
  'sign-in-required': { detail: 'sign_in_required', instance: '/api/v1/workspace/assessments', invalid: [{ name: 'header:Authorization', code: 'invalid_access_token' }] },
  'role-required': { detail: 'role_required', instance: '/api/v1/workspace/members/{userId}', invalid: [{ name: 'session', code: 'wrong_role', params: p }] },
  'cross-site-request': { detail: 'cross_site', instance: '/api/v1/workspace/assessments', invalid: [{ name: 'header:Origin', code: 'foreign_origin', params: p }] },
  'sign-in-unavailable': { detail: 'sign_in_off', instance: '/auth/sign-in' },
  'origin-not-allowed': { detail: 'origin_not_allowed', instance: '/api/v1/assessments', invalid: [{ name: 'header:Origin', code: 'not_allowed', params: { values: 'https://intranet.example.lu' } }] },
  'not-found': { detail: 'assessment_not_found', instance: '/api/v1/assessments/{id}', invalid: [{ name: 'path:id', code: 'unknown_assessment' }] },
  'version-unavailable': { detail: 'flow_not_published', instance: '/api/v1/flows/assessment/9.9.9/questions' },
  'method-not-allowed': { detail: 'method_not_allowed', instance: '/api/v1/trees' },
  conflict: { detail: 'nothing_to_undo', instance: '/api/v1/assessments/{id}/back', invalid: [{ name: 'path:id', code: 'empty_path' }] },
  'precondition-failed': { detail: 'precondition_failed', instance: '/api/v1/assessments/{id}/answers/def_ai_system', invalid: [{ name: 'header:If-Match', code: 'stale_revision', params: p }] },
  'payload-too-large': { detail: 'body_too_large', instance: '/api/v1/evaluate', invalid: [{ name: '', code: 'too_large', params: p }] },
  'unsupported-media-type': { detail: 'not_json', instance: '/api/v1/evaluate', invalid: [{ name: 'header:Content-Type', code: 'wrong_media_type', params: p }] },
  'precondition-required': { detail: 'precondition_required', instance: '/api/v1/assessments/{id}/answers/def_ai_system', invalid: [{ name: 'header:If-Match', code: 'missing_precondition' }] },
  'rate-limited': { detail: 'rate_limited', instance: '/api/v1/evaluate' },
  'internal-error': { detail: 'internal', instance: '/api/v1/evaluate' },
};

export function problemExample(kind: ProblemKind, lang: Lang = 'en'): Problem {
  const e = EXAMPLES[kind];
  return { ...problem(kind, lang, e.detail ? { code: e.detail, params: p } : undefined, e.invalid), instance: e.instance };
}

/** OpenAPI `examples` of a status: one per problem type with that status. */
export function problemExamplesFor(status: number): Record<string, { summary: string; value: Problem }> {
  return Object.fromEntries(
    (Object.keys(PROBLEM_KINDS) as ProblemKind[])
      .filter((kind) => PROBLEM_KINDS[kind].status === status)
      .map((kind) => [kind, { summary: PROBLEM_KINDS[kind].title.en({}), value: problemExample(kind) }]),
  );
}
