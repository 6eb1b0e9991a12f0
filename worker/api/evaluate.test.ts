import { describe, expect, it } from 'vitest';
import { SELF } from 'cloudflare:test';
import { BASE, SAMPLE_HIGH, api, json } from '../test-helpers.ts';

const evaluate = (body: unknown, init: RequestInit = {}) => api('/evaluate', { method: 'POST', json: body, ...init });

describe('POST /api/v1/evaluate', () => {
  it('returns the next question with help, source and options when answers are missing', async () => {
    const res = await api('/evaluate?expand=path', { method: 'POST', json: { answers: { title: 'Bot' }, flow: 'sample', version: '1.0.0', lang: 'en' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('en');
    expect(res.headers.get('vary')).toContain('accept-language');
    const body = await json(res);
    expect(body.complete).toBe(false);
    expect(body.next).toMatchObject({ id: 'uses_ai', text: 'Uses AI?', help: 'Help.', source: ['AI Act Art 2'] });
    expect(body.next.options).toEqual([
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
      { id: 'unsure', label: 'Unsure' },
    ]);
    expect(body.path).toEqual([{ id: 'title', answer: 'Bot', text: 'Title', answerLabel: 'Bot', source: ['AI Act Art 1'] }]);
    expect(body.result).toBeNull();
    // Compact by default: the path is { id, answer }.
    const compact = await json(await evaluate({ answers: { title: 'Bot' }, flow: 'sample', version: '1.0.0', lang: 'en' }));
    expect(compact.path).toEqual([{ id: 'title', answer: 'Bot' }]);
  });

  it('accepts a full answer set in one call and returns the result', async () => {
    const body = await json(await evaluate({ answers: SAMPLE_HIGH, flow: 'sample', version: '1.0.0', lang: 'en', date: '2026-11-28' }));
    expect(body.complete).toBe(true);
    expect(body.result).toMatchObject({ riskClass: 'high_risk', basis: ['AI Act Annex III 4'], roles: ['deployer'] });
    expect(body.progress.percent).toBe(100);
    expect(body.flow).toMatchObject({ id: 'sample', version: '1.0.0' });
  });

  it('uses the date to say which duties already apply', async () => {
    const before = await json(await evaluate({ answers: SAMPLE_HIGH, flow: 'sample', version: '1.0.0', date: '2027-01-01' }));
    const after = await json(await evaluate({ answers: SAMPLE_HIGH, flow: 'sample', version: '1.0.0', date: '2028-01-01' }));
    const duty = (b: any) => b.result.duties.find((d: any) => d.id === 'sample_deployer_duty');
    expect(duty(before).appliesNow).toBe(false);
    expect(duty(after).appliesNow).toBe(true);
  });

  it('answers in the language of ?lang=, then Accept-Language, French by default', async () => {
    const q = (init: RequestInit, query = '') =>
      SELF.fetch(`${BASE}/evaluate${query}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(init.headers as object) }, body: JSON.stringify({ answers: { title: 'x' }, flow: 'sample', version: '1.0.0' }) }).then((r) => r.json<any>());
    expect((await q({})).next.text).toBe("Utilise l'IA ?");
    expect((await q({ headers: { 'accept-language': 'de-LU,de;q=0.9,en;q=0.5' } })).next.text).toBe('Nutzt KI?');
    expect((await q({ headers: { 'accept-language': 'de' } }, '?lang=en')).next.text).toBe('Uses AI?');
  });

  it('names every bad answer with its field and reason in a problem+json 400', async () => {
    const res = await api('/evaluate?lang=en', { method: 'POST', json: { answers: { title: 'x'.repeat(21), uses_ai: 'maybe', areas: 'jobs', nope: 'yes' }, flow: 'sample', version: '1.0.0' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const p = await json(res);
    expect(p.status).toBe(400);
    expect(p['invalid-params'].map((x: any) => x.name).sort()).toEqual(['/answers/areas', '/answers/nope', '/answers/title', '/answers/uses_ai']);
    expect(p['invalid-params'].find((x: any) => x.name === '/answers/title')).toEqual({ name: '/answers/title', code: 'too_long', reason: 'At most 20 (got 21).' });
    expect(p.type).toBe('/api/problems#validation-error');
    // In the request's language, codes unchanged.
    const fr = await json(await api('/evaluate?lang=fr', { method: 'POST', json: { answers: { uses_ai: 'maybe' }, flow: 'sample', version: '1.0.0' } }));
    expect(fr.title).toBe('La requête n’est pas valide');
    expect(fr['invalid-params'][0]).toMatchObject({ name: '/answers/uses_ai', code: 'unknown_option' });
    expect(fr['invalid-params'][0].reason).toMatch(/n’est pas une réponse possible/);
  });

  it('refuses malformed JSON, a wrong content type, unknown fields and a body over 64 KB', async () => {
    const raw = (body: string, type = 'application/json') => SELF.fetch(`${BASE}/evaluate`, { method: 'POST', headers: { 'content-type': type }, body });
    const malformed = await raw('{"answers": {');
    expect(malformed.status).toBe(400);
    expect((await json(malformed)).type).toContain('malformed-json');
    const text = await raw('answers=1', 'text/plain');
    expect(text.status).toBe(415);
    expect((await json(text))['invalid-params'][0]).toMatchObject({ name: 'header:Content-Type', code: 'wrong_media_type' });
    const unknown = await evaluate({ answers: {}, extra: 1 });
    expect(unknown.status).toBe(400);
    expect((await json(unknown.clone()))['invalid-params']).toEqual([{ name: '/extra', code: 'unknown_field', reason: expect.any(String) }]);
    const big = await raw(JSON.stringify({ answers: { title: 'x'.repeat(70_000) } }));
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toContain('application/problem+json');
    for (const r of [malformed, text, unknown, big]) expect(r.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a missing body and a wrong shape with the field named', async () => {
    const missing = await SELF.fetch(`${BASE}/evaluate`, { method: 'POST' });
    expect(missing.status).toBe(400);
    const shape = await evaluate({ answers: { title: 5 } });
    expect(shape.status).toBe(400);
    expect((await json(shape))['invalid-params'][0].name).toBe('/answers/title');
  });

  it('answers 404 for a flow version that is not published', async () => {
    const res = await evaluate({ answers: {}, flow: 'sample', version: '9.9.9' });
    expect(res.status).toBe(404);
    expect((await json(res))['invalid-params'][0]).toMatchObject({ name: '/version', code: 'not_published' });
  });
});
