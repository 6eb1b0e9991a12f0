// Helpers for the worker tests (run inside workerd by @cloudflare/vitest-pool-workers).
import { SELF } from 'cloudflare:test';
import { evaluate } from '../decision-trees/evaluate.ts';
import { defaultAnswer } from '../decision-trees/default-answer.ts';
import type { Answers } from '../decision-trees/bundle.ts';
import { compiledFlow, currentVersion, findBundle } from './flows.ts';

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

/** A complete answer set of the current assessment flow: `overrides`, and the plain default wherever they say nothing. */
export function completeAnswers(overrides: Answers): Answers {
  const bundle = findBundle('assessment', currentVersion('assessment')!)!;
  const answers: Answers = { ...overrides };
  for (let i = 0; i < 200; i++) {
    const e = evaluate(compiledFlow(bundle), answers, { lang: 'en', date: '2026-12-01' });
    if (!e.ok) throw new Error(JSON.stringify(e.errors));
    if (e.complete) return answers;
    answers[e.next!.id] = overrides[e.next!.id] ?? defaultAnswer(e.next!);
  }
  throw new Error('the walk does not end');
}

/** A benefits-eligibility assistant deployed by a ministry (Annex III 5(a)): high risk, FRIA, DPIA criteria, EU database. */
export const HIGH_RISK_CASE: Answers = {
  intro_title: 'Eligibility assistant',
  intro_organisation: 'Ministry A',
  intro_description: 'Ranks applications for the housing allowance so that officers see the urgent ones first.',
  system_does: ['evaluates_people'],
  annex3_areas: ['essential_services'],
  annex3_5_essential_services: ['annex3_5_a_public_benefits'],
  art6_3_profiling: 'yes',
  data_kinds: ['personal'],
  hosting_service: 'dedicated_application',
  hosting_location: 'state_it_centre',
};
