// HTTP as RFC 9110 says, for an integrator working from the contract alone: ETag and If-Match on every
// write, idempotent PUT, caching of immutable flow versions, no-store where answers or tokens travel,
// the response language negotiated and declared, every problem type documented.
import { describe, expect, it } from 'vitest';
import { SELF, env } from 'cloudflare:test';
import { app } from '../app.ts';
import { BASE, SAMPLE_HIGH, api, createAssessment, json } from '../test-helpers.ts';
import { PROBLEM_KINDS, REASONS } from '../http/messages.ts';

const sample = { flow: 'sample', version: '1.0.0', lang: 'en' };
const put = (id: string, q: string, value: unknown, token: string, headers: Record<string, string> = {}) => api(`/assessments/${id}/answers/${q}`, { method: 'PUT', json: { value }, token, headers });

describe('optimistic concurrency', () => {
  it('gives every assessment response an ETag, and refuses a write whose If-Match is stale with 412', async () => {
    const a = await createAssessment(sample);
    const read = await api(`/assessments/${a.id}`, { token: a.editToken });
    const etag = read.headers.get('etag')!;
    expect(etag).toMatch(/^"r\d+"$/);
    const first = await put(a.id, 'title', 'Mine', a.editToken, { 'if-match': etag });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).not.toBe(etag);
    // A second client that read before the first wrote does not overwrite it silently.
    const second = await put(a.id, 'title', 'Theirs', a.editToken, { 'if-match': etag });
    expect(second.status).toBe(412);
    const p = await json(second);
    expect(p.type).toBe('/api/problems#precondition-failed');
    expect(p['invalid-params'][0]).toMatchObject({ name: 'header:If-Match', code: 'stale_revision' });
    expect((await json(await api(`/assessments/${a.id}`, { token: a.editToken }))).answers.title).toBe('Mine');
    // back, PATCH, migrate and DELETE honour it too.
    for (const [path, method, body] of [[`/assessments/${a.id}/back`, 'POST', undefined], [`/assessments/${a.id}`, 'PATCH', { lang: 'de' }], [`/assessments/${a.id}/migrate`, 'POST', {}], [`/assessments/${a.id}`, 'DELETE', undefined]] as const) {
      const res = await api(path, { method, json: body, token: a.editToken, headers: { 'if-match': etag } });
      expect([method, path, res.status]).toEqual([method, path, 412]);
    }
  });

  it('a deployment can require If-Match on every write (428)', async () => {
    const strict = { ...env, REQUIRE_IF_MATCH: 'true' };
    const created = await app.request(`${BASE}/assessments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sample) }, strict);
    const a = (await created.json()) as { id: string; editToken: string };
    const bare = await app.request(`${BASE}/assessments/${a.id}/answers/title`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${a.editToken}` }, body: '{"value":"x"}' }, strict);
    expect(bare.status).toBe(428);
    const withIt = await app.request(`${BASE}/assessments/${a.id}/answers/title`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${a.editToken}`, 'if-match': created.headers.get('etag')! }, body: '{"value":"x"}' }, strict);
    expect(withIt.status).toBe(200);
  });

  it('the same answer again is idempotent: same revision, same ETag', async () => {
    const a = await createAssessment(sample);
    const one = await put(a.id, 'title', 'Same', a.editToken);
    const two = await put(a.id, 'title', 'Same', a.editToken);
    expect(two.headers.get('etag')).toBe(one.headers.get('etag'));
    expect((await json(two)).meta.revision).toBe((await json(one)).meta.revision);
  });
});

describe('caching, language and versions', () => {
  it('serves an immutable flow version with a strong ETag and a year of caching, and answers If-None-Match with 304', async () => {
    const res = await api('/flows/sample/1.0.0/questions');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect((await api('/flows/sample/1.0.0/questions', { headers: { 'if-none-match': etag } })).status).toBe(304);
    const tree = await api('/trees/sample-risk?flow=sample&version=1.0.0&lang=de');
    expect(tree.headers.get('cache-control')).toContain('immutable');
    expect(tree.headers.get('content-language')).toBe('de');
  });

  it('never lets a cache keep answers or a token, and says the language of every body', async () => {
    const created = await api('/assessments', { method: 'POST', json: sample });
    expect(created.headers.get('cache-control')).toBe('no-store');
    const a = await json(created);
    for (const res of [await api(`/assessments/${a.id}`, { token: a.editToken }), await api(`/shared/${a.shareId}`), await api('/evaluate', { method: 'POST', json: { answers: {}, flow: 'sample', version: '1.0.0' } }), await api(`/assessments/${a.id}/report.json`, { token: a.editToken })]) {
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-language')).toMatch(/^(fr|de|en)$/);
      expect(res.headers.get('vary')).toContain('accept-language');
      expect(res.headers.get('api-version')).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('a stored assessment answers in the language asked by Accept-Language, as by ?lang=, else its own', async () => {
    const a = await createAssessment({ ...sample, lang: 'fr' });
    const own = await api(`/assessments/${a.id}`, { token: a.editToken });
    expect((await json(own)).evaluation.next.text).toBe('Titre');
    const de = await api(`/assessments/${a.id}`, { token: a.editToken, headers: { 'accept-language': 'de' } });
    expect(de.headers.get('content-language')).toBe('de');
    expect((await json(de)).evaluation.next.text).toBe('Titel');
    const en = await json(await api(`/assessments/${a.id}?lang=en`, { token: a.editToken, headers: { 'accept-language': 'de' } }));
    expect(en.evaluation.next.text).toBe('Title');
  });
});

describe('the question catalogue', () => {
  it('lists every question with its texts in every language, how the walk reaches it, and every id a result can hold', async () => {
    const c = await json(await api('/flows/sample/1.0.0/questions'));
    expect(c.flow).toMatchObject({ id: 'sample', version: '1.0.0' });
    const uses = c.questions.find((q: any) => q.id === 'uses_ai');
    expect(uses.text).toEqual({ fr: "Utilise l'IA ?", de: 'Nutzt KI?', en: 'Uses AI?' });
    expect(uses.required).toBe(true);
    expect(uses.askedAfter).toEqual([{ from: 'title' }]);
    expect(uses.options.find((o: any) => o.id === 'no').next).toEqual([{ to: 'out_none' }]);
    expect(Object.keys(c.ids.duties)).toContain('sample_deployer_duty');
    expect(c.ids.facts.area_jobs.setBy).toEqual(['areas/jobs']);
  });

  it('lets an integrator evaluate a case from nothing in two calls: the catalogue, then one evaluation', async () => {
    const c = await json(await api('/flows/sample/1.0.0/questions'));
    // A client walk over the catalogue's graph: typed conditions evaluated over the answers, facts and roles so far.
    const answers: Record<string, string | string[]> = {};
    const facts = new Set<string>();
    const roles = new Set<string>();
    const holds = (w: any): boolean => {
      const p = w.params;
      switch (w.type) {
        case 'answer': return ([] as string[]).concat(answers[p.question] ?? []).includes(p.option);
        case 'answered': return p.questions.some((q: string) => q in answers);
        case 'fact': return facts.has(p.fact);
        case 'anyFact': return p.facts.some((f: string) => facts.has(f));
        case 'countFacts': return p.facts.filter((f: string) => facts.has(f)).length >= p.atLeast;
        case 'role': return roles.has(p.role);
        case 'is': return holds(c.conditions[p.condition]);
        case 'not': return !holds(p.condition);
        case 'all': return p.conditions.every(holds);
        case 'any': return p.conditions.some(holds);
        default: throw new Error(`condition ${w.type}`);
      }
    };
    const route = (next: { when?: unknown; to: string }[]) => next.find((r) => !r.when || holds(r.when))!.to;
    const nodes = new Map<string, any>([...c.questions.map((q: any) => [q.id, { ...q, type: 'question' }]), ...c.branches.map((b: any) => [b.id, { ...b, type: 'branch' }]), ...c.outcomes.map((o: any) => [o.id, { ...o, type: 'outcome' }])]);
    const pick: Record<string, string | string[]> = { title: 'Bot', uses_ai: 'yes', areas: ['jobs'], decision_mention: 'yes', data_kind: 'personal' };
    let at: string | null = c.start;
    for (let i = 0; at && i < 50; i++) {
      const n = nodes.get(at)!;
      if (n.type === 'outcome') {
        (n.facts ?? []).forEach((f: string) => facts.add(f));
        (n.roles ?? []).forEach((r: string) => roles.add(r));
        at = n.endsFlow ? null : n.next;
      }
      else if (n.type === 'branch') at = route(n.next);
      else {
        const value = pick[n.id]!;
        answers[n.id] = value;
        const chosen = n.options.filter((o: any) => ([] as string[]).concat(value).includes(o.id));
        for (const o of chosen) {
          (o.facts ?? []).forEach((f: string) => facts.add(f));
          (o.roles ?? []).forEach((r: string) => roles.add(r));
        }
        at = n.kind === 'single' ? route(chosen[0].next) : route(n.next);
      }
    }
    const r = await json(await api('/evaluate', { method: 'POST', json: { answers, flow: 'sample', version: '1.0.0' } }));
    if (!r.complete) throw new Error(JSON.stringify({ answers, next: r.next?.id }));
    expect(Object.keys(answers).length).toBeGreaterThan(2);
    expect(r.complete).toBe(true);
    expect(r.result.riskClass).toBe('high_risk');
  });
});

describe('problem types', () => {
  it('every problem type resolves to a section of /api/problems, and every reason code is listed there', async () => {
    const page = await (await SELF.fetch('http://local.test/api/problems')).text();
    for (const kind of Object.keys(PROBLEM_KINDS)) expect(page).toContain(`id="${kind}"`);
    for (const code of Object.keys(REASONS)) expect(page).toContain(`<code>${code}</code>`);
    const p = await json(await api('/trees/nope?flow=sample'));
    expect(p.type).toBe('/api/problems#not-found');
  });

  it('refuses control and bidirectional-override characters in text answers, naming the field', async () => {
    const a = await createAssessment(sample);
    for (const bad of ['a\u0000b', 'x\u202Ey', 'z\u2066w', 'e\u001B[31m']) {
      const res = await put(a.id, 'title', bad, a.editToken);
      expect(res.status).toBe(400);
      expect((await json(res))['invalid-params'][0]).toMatchObject({ name: '/value', code: 'control_character' });
    }
    expect((await put(a.id, 'title', 'One\ntwo\tx', a.editToken)).status).toBe(200);
  });

  it('answers a refused CORS preflight with a problem naming the origin', async () => {
    const res = await SELF.fetch(`${BASE}/evaluate`, { method: 'OPTIONS', headers: { origin: 'https://evil.test', 'access-control-request-method': 'POST' } });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await res.json<any>()).type).toBe('/api/problems#origin-not-allowed');
  });

  it('keeps ids out of problem instances', async () => {
    const a = await createAssessment({ ...sample, answers: SAMPLE_HIGH });
    const p = await json(await api(`/assessments/${a.id}`, { token: 'wrong-token-of-enough-length' }));
    expect(p.instance).toBe('/api/v1/assessments/{id}');
  });
});
