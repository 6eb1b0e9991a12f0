import { describe, expect, it } from 'vitest';
import { env, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { SAMPLE_HIGH, api, createAssessment, json } from '../test-helpers.ts';
import { assessmentStub } from './store.ts';
import { app } from '../app.ts';

const sample = { flow: 'sample', version: '1.0.0', lang: 'en' };
const put = (id: string, q: string, value: unknown, token?: string) => api(`/assessments/${id}/answers/${q}`, { method: 'PUT', json: { value }, token });

describe('stored assessments', () => {
  it('creates an assessment with 128-bit ids, an edit token and a separate share id', async () => {
    const a = await createAssessment(sample);
    expect(a.id).toMatch(/^[0-9a-f]{32}$/);
    expect(a.shareId).toMatch(/^[0-9a-f]{32}$/);
    expect(a.shareId).not.toBe(a.id);
    expect(a.editToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a.meta).toMatchObject({ flowId: 'sample', version: '1.0.0', lang: 'en' });
    expect(a.meta.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.evaluation.next.id).toBe('title');
  });

  it('answers question after question and reads back the same state', async () => {
    const a = await createAssessment(sample);
    for (const [q, v] of Object.entries(SAMPLE_HIGH)) expect((await put(a.id, q, v, a.editToken)).status).toBe(200);
    const read = await json(await api(`/assessments/${a.id}`, { token: a.editToken }));
    expect(read.answers).toEqual(SAMPLE_HIGH);
    expect(read.evaluation.complete).toBe(true);
    expect(read.evaluation.result.riskClass).toBe('high_risk');
    expect(read).not.toHaveProperty('editToken');
  });

  it('re-walks the path when an earlier answer changes and keeps answers the new path skips', async () => {
    const a = await createAssessment({ ...sample, answers: SAMPLE_HIGH });
    const changed = await json(await put(a.id, 'uses_ai', 'no', a.editToken));
    expect(changed.evaluation.result.riskClass).toBe('out_of_scope');
    expect(changed.evaluation.unusedAnswers.sort()).toEqual(['areas', 'data_kind', 'decision_mention']);
    expect(changed.answers.areas).toEqual(['jobs']);
    const back = await json(await put(a.id, 'uses_ai', 'yes', a.editToken));
    expect(back.evaluation.result.riskClass).toBe('high_risk');
  });

  it('goes back one question and offers the taken-back answer again', async () => {
    const a = await createAssessment({ ...sample, answers: { title: 'Bot', uses_ai: 'yes' } });
    const res = await api(`/assessments/${a.id}/back`, { method: 'POST', token: a.editToken });
    expect(res.status).toBe(200);
    const state = await json(res);
    expect(state.evaluation.next.id).toBe('uses_ai');
    expect(state.setAside).toEqual({ uses_ai: 'yes' });
    const again = await json(await api(`/assessments/${a.id}/back`, { method: 'POST', token: a.editToken }));
    expect(again.evaluation.next.id).toBe('title');
    const none = await api(`/assessments/${a.id}/back`, { method: 'POST', token: a.editToken });
    expect(none.status).toBe(409);
  });

  it('changes the language without touching the answers', async () => {
    const a = await createAssessment({ ...sample, answers: { title: 'Bot' } });
    const res = await api(`/assessments/${a.id}`, { method: 'PATCH', json: { lang: 'de' }, token: a.editToken });
    const state = await json(res);
    expect(state.meta.lang).toBe('de');
    expect(state.evaluation.next.text).toBe('Nutzt KI?');
    expect(state.answers).toEqual({ title: 'Bot' });
  });

  it('deletes an assessment and its share link', async () => {
    const a = await createAssessment(sample);
    expect((await api(`/assessments/${a.id}`, { method: 'DELETE', token: a.editToken })).status).toBe(204);
    expect((await api(`/assessments/${a.id}`, { token: a.editToken })).status).toBe(404);
    expect((await api(`/shared/${a.shareId}`)).status).toBe(404);
  });
});

describe('edit tokens and share links', () => {
  it('refuses a change without a token (401), with a wrong one or another assessment’s (403)', async () => {
    const a = await createAssessment({ ...sample, answers: { title: 'Bot' } });
    const b = await createAssessment(sample);
    const none = await put(a.id, 'uses_ai', 'yes');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect((await put(a.id, 'uses_ai', 'yes', 'wrong-token')).status).toBe(403);
    expect((await put(a.id, 'uses_ai', 'yes', b.editToken)).status).toBe(403);
    expect((await api(`/assessments/${a.id}`, { method: 'DELETE', token: b.editToken })).status).toBe(403);
    expect((await json(await api(`/assessments/${a.id}`, { token: a.editToken }))).answers).toEqual({ title: 'Bot' });
  });

  it('shows a read-only view through the share link, without the id, and refuses changes through it', async () => {
    const a = await createAssessment({ ...sample, answers: SAMPLE_HIGH });
    const shared = await json(await api(`/shared/${a.shareId}`));
    expect(shared.readOnly).toBe(true);
    expect(shared).not.toHaveProperty('id');
    expect(shared.evaluation.result.riskClass).toBe('high_risk');
    const tryPut = await api(`/shared/${a.shareId}/answers/uses_ai`, { method: 'PUT', json: { value: 'no' }, token: a.editToken });
    expect(tryPut.status).toBe(404);
    const viaShareAsId = await put(a.shareId, 'uses_ai', 'no', a.editToken);
    expect(viaShareAsId.status).toBe(404);
    expect((await json(await api(`/assessments/${a.id}`, { token: a.editToken }))).answers.uses_ai).toBe('yes');
  });

  it('answers 404 for an unknown id, 400 naming path:id for a malformed one, 401 without a token', async () => {
    const a = await createAssessment(sample);
    const unknown = await api(`/assessments/${'0'.repeat(32)}`, { token: a.editToken });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    for (const id of ['not-an-id', 'A'.repeat(32)]) {
      const res = await api(`/assessments/${id}`, { token: a.editToken });
      expect(res.status).toBe(400);
      expect((await json(res))['invalid-params'][0]).toMatchObject({ name: 'path:id' });
    }
    expect((await api(`/assessments/${a.id}`)).status).toBe(401);
  });

  it('the bare id reads nothing: neither the assessment nor its reports, without its edit token', async () => {
    const a = await createAssessment({ ...sample, answers: SAMPLE_HIGH });
    const b = await createAssessment(sample);
    expect((await api(`/assessments/${a.id}`)).status).toBe(401);
    expect((await api(`/assessments/${a.id}`, { token: b.editToken })).status).toBe(403);
    for (const f of ['json', 'md', 'html', 'pdf']) {
      expect((await api(`/assessments/${a.id}/report.${f}`)).status).toBe(401);
      expect((await api(`/assessments/${a.id}/report.${f}`, { token: b.editToken })).status).toBe(403);
      expect((await api(`/assessments/${a.id}/report.${f}`, { token: a.editToken })).status).toBe(200);
    }
    // The scheme is case-insensitive (RFC 9110).
    expect((await api(`/assessments/${a.id}`, { headers: { authorization: `bearer ${a.editToken}` } })).status).toBe(200);
    expect((await api(`/assessments/${a.id}`, { headers: { authorization: `BEARER ${a.editToken}` } })).status).toBe(200);
  });
});

describe('bad input never changes stored answers', () => {
  it('refuses an unknown question, an unknown option, a wrong type and an over-long text', async () => {
    const a = await createAssessment({ ...sample, answers: { title: 'Bot' } });
    const cases: [string, unknown, string][] = [
      ['nope', 'yes', 'path:questionId'],
      ['uses_ai', 'maybe', '/value'],
      ['uses_ai', ['yes'], '/value'],
      ['areas', 'jobs', '/value'],
      ['title', 'x'.repeat(21), '/value'],
      ['title', 'Bot\u202e reversed', '/value'],
      ['title', 'nul\u0000byte', '/value'],
    ];
    for (const [q, v, field] of cases) {
      const res = await put(a.id, q, v, a.editToken);
      expect(res.status).toBe(400);
      expect((await json(res))['invalid-params'][0].name).toBe(field);
    }
    const raw = await api(`/assessments/${a.id}/answers/uses_ai`, { method: 'PUT', body: '{"value":', headers: { 'content-type': 'application/json', authorization: `Bearer ${a.editToken}` } });
    expect(raw.status).toBe(400);
    const state = await json(await api(`/assessments/${a.id}`, { token: a.editToken }));
    expect(state.answers).toEqual({ title: 'Bot' });
    expect(state.meta.revision).toBe(1);
  });

  it('refuses to create an assessment with invalid answers and stores nothing', async () => {
    const res = await api('/assessments?lang=en', { method: 'POST', json: { ...sample, answers: { uses_ai: 'maybe' } } });
    expect(res.status).toBe(400);
    const p = await json(res);
    expect(p['invalid-params']).toEqual([{ name: '/answers/uses_ai', code: 'unknown_option', reason: expect.stringContaining('"maybe" is not one of the options') }]);
  });
});

describe('storage', () => {
  it('serialises 50 concurrent answer changes: every acknowledged write is applied once, none interleave', async () => {
    const a = await createAssessment({ ...sample, answers: { title: 'start' } });
    const values = Array.from({ length: 50 }, (_, i) => `v${i}`);
    const results = await Promise.all(values.map((v) => put(a.id, 'title', v, a.editToken)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const acks = await Promise.all(results.map((r) => json(r)));
    const revisions = acks.map((b) => b.meta.revision as number);
    expect(new Set(revisions).size).toBe(50);
    // Each acknowledgement shows its own write, whole.
    acks.forEach((b, i) => expect(b.answers.title).toBe(values[i]));
    const final = await json(await api(`/assessments/${a.id}`, { token: a.editToken }));
    expect(final.meta.revision).toBe(51);
    // The stored value is the one acknowledged last (highest revision).
    expect(final.answers.title).toBe(acks[revisions.indexOf(Math.max(...revisions))]!.answers.title);
  });

  it('keeps each assessment in its own object: writes to one never show in another', async () => {
    const a = await createAssessment({ ...sample, answers: { title: 'A' } });
    const b = await createAssessment({ ...sample, answers: { title: 'B' } });
    await put(a.id, 'uses_ai', 'yes', a.editToken);
    expect((await json(await api(`/assessments/${b.id}`, { token: b.editToken }))).answers).toEqual({ title: 'B' });
    await runInDurableObject(assessmentStub(env, b.id), async (_obj, state) => {
      const rows = state.storage.sql.exec<{ question: string }>('SELECT question FROM answers').toArray();
      expect(rows.map((r) => r.question)).toEqual(['title']);
    });
  });

  it('stores only answers and metadata, never the edit token itself', async () => {
    const a = await createAssessment({ ...sample, answers: { title: 'Bot' } });
    await runInDurableObject(assessmentStub(env, a.id), async (_obj, state) => {
      const dump = JSON.stringify(state.storage.sql.exec('SELECT * FROM meta').toArray());
      expect(dump).not.toContain(a.editToken);
      expect(dump).toContain('tokenHash');
    });
  });

  it('deletes an assessment when its retention alarm fires', async () => {
    const a = await createAssessment({ ...sample, answers: { title: 'Bot' } });
    const state = await json(await api(`/assessments/${a.id}`, { token: a.editToken }));
    const expires = Date.parse(state.meta.expiresAt) - Date.parse(state.meta.updatedAt);
    expect(Math.round(expires / 86_400_000)).toBe(365);
    expect(await runDurableObjectAlarm(assessmentStub(env, a.id))).toBe(true);
    expect((await api(`/assessments/${a.id}`, { token: a.editToken })).status).toBe(404);
  });
});

describe('flow versions', () => {
  it('pins an assessment to the version it started on, after a newer version is published', async () => {
    const old = await createAssessment({ ...sample, answers: SAMPLE_HIGH });
    const state = await json(await api(`/assessments/${old.id}`, { token: old.editToken }));
    expect(state.meta.version).toBe('1.0.0');
    expect(state.newerVersion).toBe('1.1.0');
    expect(state.evaluation.complete).toBe(true);
    expect((await api(`/assessments/${old.id}/report.pdf`, { token: old.editToken })).status).toBe(200);
    const fresh = await createAssessment({ flow: 'sample', lang: 'en' });
    expect(fresh.meta.version).toBe('1.1.0');
  });

  it('migrates to the newer version on request, reporting new questions and answers it no longer accepts', async () => {
    const old = await createAssessment({ ...sample, answers: SAMPLE_HIGH });
    const res = await api(`/assessments/${old.id}/migrate`, { method: 'POST', json: {}, token: old.editToken });
    expect(res.status).toBe(200);
    const m = await json(res);
    expect(m).toMatchObject({ from: '1.0.0', to: '1.1.0', noLongerAsked: ['areas'] });
    expect(m.notCarried).toEqual([{ question: 'areas', reason: expect.stringContaining('refuses this answer') }]);
    expect(m.needAnswer).toEqual(['areas']);
    expect(m.toConfirm).toEqual(expect.arrayContaining(['title', 'uses_ai']));
    expect(m.assessment.meta.version).toBe('1.1.0');
    // The refused answer is kept aside with the assessment, not deleted and not used.
    expect(m.assessment.answers.areas).toBeUndefined();
    expect(m.assessment.setAside.areas).toEqual(['jobs']);
    // Migrating again, or to the same version, is a conflict with a reason, not a silent no-op.
    const again = await api(`/assessments/${old.id}/migrate`, { method: 'POST', json: {}, token: old.editToken });
    expect(again.status).toBe(409);
    expect((await json(again))['invalid-params']).toEqual([{ name: '/version', code: 'not_newer', reason: expect.stringContaining('1.1.0') }]);
  });
});

describe('migrating a published assessment of flow 1.0.0', () => {
  it('moves it to 1.1.0 by the flow’s rules: definition answers mapped, the intro carried, the misleading role answer asked again', async () => {
    const answers = { intro_title: 'Tri du courrier', intro_organisation: 'Ministère', intro_description: 'Classe le courrier entrant.', def_machine_based: 'yes', def_infers: 'yes', def_outputs: 'yes', def_autonomy: 'yes', scope_gate: 'no', role_provider_inhouse: 'yes', role_deployer: 'no' };
    const old = await createAssessment({ flow: 'assessment', version: '1.0.0', lang: 'fr', answers });
    expect(old.meta.version).toBe('1.0.0');
    const m = await json(await api(`/assessments/${old.id}/migrate?lang=fr`, { method: 'POST', json: { version: '1.1.0' }, token: old.editToken }));
    expect(m).toMatchObject({ from: '1.0.0', to: '1.1.0' });
    expect(m.mapped).toEqual(expect.arrayContaining([expect.objectContaining({ question: 'def_ai_system' }), expect.objectContaining({ question: 'scope_exclusions' })]));
    expect(m.carried).toEqual(expect.arrayContaining(['intro_title', 'intro_organisation', 'intro_description']));
    expect(m.assessment.answers.def_ai_system).toBe('infers');
    expect(m.assessment.answers.role_in_system).toBeUndefined();
    expect(m.needAnswer).toEqual(['role_in_system']);
    expect(m.assessment.evaluation.next.id).toBe('role_in_system');
    // The 1.0.0 answers stay with the assessment, aside.
    expect(m.assessment.setAside).toMatchObject({ def_infers: 'yes', role_deployer: 'no' });
  });
});

describe('many assessments at once', () => {
  // In-process calls to the app with the real bindings: SELF would serialise them through the test pool's connection limit.
  const call = async (path: string, init: { method?: string; json?: unknown; token?: string } = {}) => {
    const headers: Record<string, string> = { 'cf-connecting-ip': '192.0.2.200' };
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    const res = await app.request(`http://local.test/api/v1${path}`, { method: init.method ?? 'GET', headers, body: init.json === undefined ? undefined : JSON.stringify(init.json) }, { ...env, RATE_LIMIT_PER_MINUTE: '0' });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };

  it('creates and completes 200 assessments in parallel: every write is stored, none mixed with another', async () => {
    const N = 200;
    const created = await Promise.all(Array.from({ length: N }, (_, i) => call('/assessments', { method: 'POST', json: { ...sample, answers: { title: `A${i}` } } })));
    expect(created.every((c) => c.status === 201)).toBe(true);
    expect(new Set(created.map((c) => c.body.id)).size).toBe(N);
    const steps = Object.entries(SAMPLE_HIGH).filter(([q]) => q !== 'title');
    await Promise.all(
      created.map(async ({ body: a }, i) => {
        for (const [q, v] of steps) {
          const res = await call(`/assessments/${a.id}/answers/${q}`, { method: 'PUT', json: { value: q === 'areas' ? (i % 2 ? ['jobs'] : ['benefits']) : v }, token: a.editToken });
          expect(res.status).toBe(200);
        }
      }),
    );
    const states = await Promise.all(created.map(({ body: a }) => call(`/assessments/${a.id}`, { token: a.editToken })));
    states.forEach(({ body: s }, i) => {
      expect(s.answers.title).toBe(`A${i}`);
      expect(s.answers.areas).toEqual(i % 2 ? ['jobs'] : ['benefits']);
      expect(s.evaluation.complete).toBe(true);
      expect(s.meta.revision).toBe(1 + steps.length);
    });
  }, 120_000);
});
