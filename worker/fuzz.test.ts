// Generated hostile requests across every endpoint (fast-check, inside workerd): never a 5xx, every
// error is problem+json, and a control assessment's stored answers never change.
import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:test';
import { app } from './app.ts';
import fc from 'fast-check';
import { BASE, api, createAssessment, json } from './test-helpers.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 5_200);

describe('fuzzing the API', () => {
  it(`answers ${RUNS} generated requests without a 5xx, with problem+json errors, and loses no stored answer`, async () => {
    const control = await createAssessment({ lang: 'en', answers: { intro_title: 'Control', intro_organisation: 'Ministry' } });
    const other = await createAssessment({ lang: 'de' });
    const before = await json(await api(`/assessments/${control.id}`, { token: control.editToken }));

    const id = fc.oneof(
      fc.constant(control.id),
      fc.constant(other.id),
      fc.constant(control.shareId),
      fc.stringMatching(/^[0-9a-f]{32}$/),
      fc.string({ maxLength: 80 }).map(encodeURIComponent),
      fc.constantFrom('..%2F..%2Fetc', '%00', 'null', 'undefined', '-1', 'A'.repeat(300), '%F0%9F%99%82', 'report.pdf'),
    );
    const question = fc.oneof(fc.constantFrom('intro_title', 'def_ai_system', 'annex3_areas', 'gdpr_35_dpia', '__proto__', 'constructor'), fc.string({ maxLength: 40 }).map(encodeURIComponent));
    const path = fc.oneof(
      fc.constant('/evaluate'),
      fc.constant('/assessments'),
      id.map((x) => `/assessments/${x}`),
      fc.tuple(id, question).map(([x, q]) => `/assessments/${x}/answers/${q}`),
      id.map((x) => `/assessments/${x}/back`),
      id.map((x) => `/assessments/${x}/migrate`),
      fc.tuple(id, fc.constantFrom('report.json', 'report.md', 'report.html', 'report.pdf', 'report.exe', 'x')).map(([x, f]) => `/assessments/${x}/${f}`),
      fc.tuple(id, fc.constantFrom('', '/report.pdf', '/report.md')).map(([x, f]) => `/shared/${x}${f}`),
      fc.constantFrom('/trees', '/trees/ai-act-risk', '/trees/flow/diagram', '/trees/nope/diagram', '/health', '/config', '/openapi.json', '/nothing', '/trees/ai-act-risk?version=9', '/evaluate?lang=xx'),
    );
    const answersShape = fc.dictionary(
      fc.oneof(question, fc.string({ maxLength: 20 })),
      fc.oneof(fc.string({ maxLength: 50 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), fc.constantFrom('yes', 'no', 'unsure', ['none'], ['unsure']), fc.jsonValue({ maxDepth: 2 })),
      { maxKeys: 8 },
    );
    const nested = fc.integer({ min: 100, max: 3000 }).map((d) => '['.repeat(d) + ']'.repeat(d));
    const body = fc.oneof(
      fc.constant(undefined),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.record({ answers: answersShape, lang: fc.constantFrom('fr', 'de', 'en', 'xx', undefined) }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
      fc.record({ value: fc.jsonValue({ maxDepth: 2 }) }).map((v) => JSON.stringify(v)),
      answersShape.map((a) => `{"answers":${JSON.stringify(a)},"answers":{"intro_title":1}}`), // duplicate field
      fc.string({ maxLength: 200 }), // malformed JSON
      nested,
      fc.constant(`{"answers":{"intro_title":"${'x'.repeat(70_000)}"}}`), // over 64 KB
      fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => new Uint8Array([0x7b, 0xff, 0xfe, ...b, 0x7d])), // invalid UTF-8
    );
    const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,300}$/);
    const request = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
      path,
      body,
      contentType: fc.oneof(fc.constant('application/json'), fc.constant('application/json; charset=utf-8'), fc.constant('text/plain'), fc.constant(undefined), headerValue),
      auth: fc.oneof(fc.constant(undefined), fc.constant(`Bearer ${other.editToken}`), fc.constant('Bearer '), headerValue, fc.string({ maxLength: 40 }).map((s) => `Bearer ${encodeURIComponent(s)}`)),
      lang: fc.oneof(fc.constant(undefined), headerValue),
      origin: fc.oneof(fc.constant(undefined), fc.constant('https://evil.test'), headerValue.map((h) => `https://${encodeURIComponent(h)}`)),
      client: fc.integer({ min: 1, max: 250 }),
    });

    let count = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        count++;
        const headers = new Headers({ 'cf-connecting-ip': `203.0.113.${r.client}` });
        if (r.contentType !== undefined) headers.set('content-type', r.contentType);
        if (r.auth !== undefined) headers.set('authorization', r.auth);
        if (r.lang !== undefined) headers.set('accept-language', r.lang);
        if (r.origin !== undefined) headers.set('origin', r.origin);
        const hasBody = r.body !== undefined && !['GET', 'HEAD'].includes(r.method);
        // The worker's app called in-process with the real bindings (Durable Objects included).
        const res = await app.request(`${BASE}${r.path}`, { method: r.method, headers, body: hasBody ? r.body : undefined }, env);
        const text = await res.text();
        expect(res.status, `${r.method} ${r.path} -> ${res.status} ${text.slice(0, 200)}`).toBeLessThan(500);
        if (res.status >= 400 && r.method !== 'OPTIONS' && r.method !== 'HEAD') {
          expect(res.headers.get('content-type'), `${r.method} ${r.path}`).toContain('application/problem+json');
          const p = JSON.parse(text);
          expect(p.status).toBe(res.status);
          expect(typeof p.title).toBe('string');
        }
      }),
      { numRuns: RUNS, seed: 20261128, endOnFailure: true },
    );
    expect(count).toBeGreaterThanOrEqual(RUNS);

    const after = await json(await api(`/assessments/${control.id}`, { token: control.editToken }));
    expect(after.answers).toEqual(before.answers);
    expect(after.meta.revision).toBe(before.meta.revision);
  }, 300_000);
});
