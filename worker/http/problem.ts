// RFC 9457 problem details: the one shape of every error response, worded in the request's language.
// `type` resolves to the problem's section of /api/problems; `invalid-params` names each field by a JSON
// Pointer into the body (`/answers/intro_title`) or, elsewhere in the request, `query:lang`,
// `path:id`, `header:Authorization`, each with a stable `code` and a `reason` in words.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Lang } from '../../decision-trees/langs.ts';
import { DETAILS, PROBLEM_KINDS, REASONS, say, type DetailCode, type ProblemKind, type ReasonCode } from './messages.ts';
import { negotiateLang } from './lang.ts';

type Params = Record<string, string | number>;

/** A field of the request and why it was refused. */
export interface InvalidParam {
  name: string;
  code: ReasonCode;
  params?: Params;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code?: DetailCode;
  'invalid-params'?: { name: string; code: ReasonCode; reason: string }[];
}

export const PROBLEMS_PAGE = '/api/problems';

/** Thrown anywhere in a handler; `onError` turns it into a problem response. */
export class ProblemError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly kind: ProblemKind,
    readonly detailCode: DetailCode,
    readonly detailParams: Params = {},
    readonly invalid: InvalidParam[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(`${kind}: ${detailCode}`);
    this.status = PROBLEM_KINDS[kind].status as ContentfulStatusCode;
  }
}

export function problem(kind: ProblemKind, lang: Lang, detail?: { code: DetailCode; params?: Params }, invalid: InvalidParam[] = []): Problem {
  return {
    type: `${PROBLEMS_PAGE}#${kind}`,
    title: say(PROBLEM_KINDS[kind].title, lang),
    status: PROBLEM_KINDS[kind].status,
    ...(detail ? { detail: say(DETAILS[detail.code], lang, detail.params), code: detail.code } : {}),
    ...(invalid.length ? { 'invalid-params': invalid.map((i) => ({ name: i.name, code: i.code, reason: say(REASONS[i.code], lang, i.params) })) } : {}),
  };
}

export function problemResponse(c: Context, kind: ProblemKind, detail?: { code: DetailCode; params?: Params }, invalid: InvalidParam[] = [], headers: Record<string, string> = {}): Response {
  const lang = negotiateLang(c);
  const body = { ...problem(kind, lang, detail, invalid), instance: instanceOf(new URL(c.req.url).pathname) };
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'content-language': lang, vary: 'accept-language', 'cache-control': 'no-store', ...headers },
  });
}

/** One reference token of a JSON Pointer (RFC 6901): "~" and "/" escaped. */
export const pointerToken = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The request path with ids and tokens replaced, so that a problem (and a log line) never carries a capability. */
export function instanceOf(path: string): string {
  return path.replace(/[0-9a-f]{32}/g, '{id}');
}
