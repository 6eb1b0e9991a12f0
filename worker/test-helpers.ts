// Helpers for the worker tests (run inside workerd by @cloudflare/vitest-pool-workers).
import { SELF } from 'cloudflare:test';
import { walkWith } from '../decision-trees/walk-with.ts';
import { BENEFITS_ASSISTANT, defaultAnswer } from '../decision-trees/scenarios.ts';
import type { Answers } from '../decision-trees/bundle.ts';
import { compiledFlow, currentVersion, findBundle } from './flows.ts';

export const ORIGIN = 'http://local.test';
export const BASE = `${ORIGIN}/api/v1`;

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

/** A complete answer set of the current assessment flow: `overrides`, and the plain default wherever they say nothing. */
export const completeAnswers = (overrides: Answers): Answers => walkWith(compiledFlow(findBundle('assessment', currentVersion('assessment')!)!), defaultAnswer, overrides);

/** A benefits-eligibility assistant deployed by a ministry (Annex III 5(a)): high risk, FRIA, DPIA criteria, EU database. */
export const HIGH_RISK_CASE: Answers = {
  intro_title: 'Eligibility assistant',
  intro_organisation: 'Ministry A',
  intro_description: 'Ranks applications for the housing allowance so that officers see the urgent ones first.',
  ...BENEFITS_ASSISTANT,
  hosting_location: 'state_it_centre',
};

/** Signs a local test user in as the browser would (the page's own form): the response, with its cookie. */
export const signInLocal = (user: string) =>
  SELF.fetch(`${ORIGIN}/auth/local`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' }, body: new URLSearchParams({ user, return: '/workspace' }) });

/** The session cookie a sign-in set (name=value). */
export const sessionCookie = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]!;

/** A call with the session cookie, from this service's own page (the browser marks it same-origin). */
export const as = (cookie: string, path: string, init: RequestInit & { json?: unknown } = {}) =>
  api(path, { ...init, headers: { cookie, 'sec-fetch-site': 'same-origin', ...(init.headers as Record<string, string>) } });
