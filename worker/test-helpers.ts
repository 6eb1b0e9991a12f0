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
