// Acknowledged answers survive a hard kill of the server (SIGKILL) and a restart on the same state.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer } from '../support/dev-server.ts';

describe('restart', () => {
  it('keeps every acknowledged answer after the server is killed hard and started again', async () => {
    const persistTo = mkdtempSync(join(tmpdir(), 'restart-state-'));
    let server = await startDevServer({ persistTo });
    const json = { 'content-type': 'application/json' };
    const acknowledged: { id: string; token: string; answers: Record<string, string> }[] = [];
    try {
      for (let i = 0; i < 5; i++) {
        const created = await fetch(`${server.base}/api/v1/assessments`, { method: 'POST', headers: json, body: JSON.stringify({ answers: { intro_title: `Project ${i}` } }) });
        expect(created.status).toBe(201);
        const a = (await created.json()) as { id: string; editToken: string };
        const answers: Record<string, string> = { intro_title: `Project ${i}` };
        for (const [q, v] of [['intro_organisation', `Ministry ${i}`], ['intro_description', `Description ${i}`], ['def_ai_system', 'infers']] as const) {
          const res = await fetch(`${server.base}/api/v1/assessments/${a.id}/answers/${q}`, { method: 'PUT', headers: { ...json, authorization: `Bearer ${a.editToken}` }, body: JSON.stringify({ value: v }) });
          expect(res.status).toBe(200); // acknowledged
          answers[q] = v;
        }
        acknowledged.push({ id: a.id, token: a.editToken, answers });
      }
      await server.stop(true);
      server = await startDevServer({ persistTo });
      for (const a of acknowledged) {
        const res = await fetch(`${server.base}/api/v1/assessments/${a.id}`, { headers: { authorization: `Bearer ${a.token}` } });
        expect(res.status).toBe(200);
        expect(((await res.json()) as { answers: unknown }).answers).toEqual(a.answers);
      }
    } finally {
      await server.stop();
    }
  }, 240_000);
});
