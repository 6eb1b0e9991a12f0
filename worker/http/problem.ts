// RFC 9457 problem details: the one shape of every error response.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface InvalidParam {
  /** Where the problem is: a JSON pointer-like path ("answers.art5_1_a_manipulation", "body", "lang"). */
  name: string;
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  'invalid-params'?: InvalidParam[];
}

const TYPE_BASE = '/api/docs#problem-';

export const PROBLEM_TITLES: Record<string, string> = {
  'validation-error': 'The request is not valid',
  'malformed-json': 'The body is not valid JSON',
  'unsupported-media-type': 'The body must be application/json',
  'not-found': 'Not found',
  'unauthorized': 'An edit token is required',
  'forbidden': 'This token cannot change this assessment',
  'payload-too-large': 'The body is too large',
  'rate-limited': 'Too many requests',
  'method-not-allowed': 'Method not allowed',
  'internal-error': 'Internal error',
  'version-unavailable': 'This flow version is not available',
  'conflict': 'The assessment changed meanwhile',
};

export function problem(kind: keyof typeof PROBLEM_TITLES | string, status: number, detail?: string, invalid?: InvalidParam[]): Problem {
  return {
    type: `${TYPE_BASE}${kind}`,
    title: PROBLEM_TITLES[kind] ?? kind,
    status,
    ...(detail ? { detail } : {}),
    ...(invalid?.length ? { 'invalid-params': invalid } : {}),
  };
}

export function problemResponse(c: Context, kind: string, status: ContentfulStatusCode, detail?: string, invalid?: InvalidParam[], headers?: Record<string, string>): Response {
  const body = { ...problem(kind, status, detail, invalid), instance: new URL(c.req.url).pathname };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers },
  });
}

/** Thrown anywhere in a handler; `onError` turns it into a problem response. */
export class ProblemError extends Error {
  constructor(
    readonly kind: string,
    readonly status: ContentfulStatusCode,
    detail?: string,
    readonly invalid?: InvalidParam[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? kind);
  }
}
