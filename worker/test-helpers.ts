// Helpers for the worker tests (run inside workerd by @cloudflare/vitest-pool-workers).
import { SELF } from 'cloudflare:test';

export const BASE = 'http://local.test/api/v1';

export async function api(path: string, init: RequestInit & { json?: unknown; token?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.json !== undefined) headers.set('content-type', 'application/json');
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  return SELF.fetch(`${BASE}${path}`, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
}

export async function json<T = Record<string, any>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

export interface Created {
  id: string;
  editToken: string;
  shareId: string;
  answers: Record<string, unknown>;
  evaluation: Record<string, any>;
  meta: Record<string, any>;
}

export async function createAssessment(body: Record<string, unknown> = {}): Promise<Created> {
  const res = await api('/assessments', { method: 'POST', json: body });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return json<Created>(res);
}

/** Answers for the sample flow (decision-trees/fixtures/sample) that reach a high-risk result. */
export const SAMPLE_HIGH = { title: 'Bot', uses_ai: 'yes', areas: ['jobs'], decision_mention: 'yes', data_kind: 'personal' };

/**
 * Walks a flow through the stateless endpoint, answering each question the API asks from `pick`
 * (which sees the question) until the result is complete.
 */
export async function walkFlow(pick: (q: { id: string; kind: string; options: { id: string }[] }) => unknown, extra: Record<string, unknown> = {}) {
  const answers: Record<string, unknown> = {};
  for (let i = 0; i < 200; i++) {
    const res = await api('/evaluate', { method: 'POST', json: { answers, ...extra } });
    const body = await json(res);
    if (res.status !== 200) throw new Error(JSON.stringify(body));
    if (body.complete) return { answers, evaluation: body };
    answers[body.next.id] = pick(body.next);
  }
  throw new Error('the flow did not end within 200 answers');
}

/** The cautious "no" walker: no to yes/no questions, "none" to multiple choices, a short text otherwise. */
export const answerNo = (q: { id: string; kind: string; options: { id: string }[] }): unknown => {
  if (q.kind === 'text') return `Text for ${q.id}`;
  const ids = q.options.map((o) => o.id);
  if (q.kind === 'multiple') return [ids.includes('none') ? 'none' : ids[0]];
  return ids.includes('no') ? 'no' : ids[0];
};
