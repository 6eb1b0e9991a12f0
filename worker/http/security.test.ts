import { describe, expect, it } from 'vitest';
import { SELF, env } from 'cloudflare:test';
import { app } from '../app.ts';

const origin = 'https://intranet.example.lu';

describe('security', () => {
  it('sets CSP, nosniff and referrer policy on API responses and pages', async () => {
    for (const path of ['/api/v1/health', '/']) {
      const res = await SELF.fetch(`http://local.test${path}`);
      expect(res.headers.get('content-security-policy')).toBeTruthy();
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('sets the same headers on static assets, whose own headers are immutable', async () => {
    const res = await SELF.fetch('http://local.test/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('allows CORS only for configured origins', async () => {
    const withList = { ...env, ALLOWED_ORIGINS: origin };
    const allowed = await app.request('/api/v1/health', { headers: { origin } }, withList);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
    const other = await app.request('/api/v1/health', { headers: { origin: 'https://evil.test' } }, withList);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await app.request('/api/v1/evaluate', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } }, withList);
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const refused = await app.request('/api/v1/evaluate', { method: 'OPTIONS', headers: { origin: 'https://evil.test' } }, withList);
    expect(refused.status).toBe(403);
  });

  it('lets only configured pages frame /embed, and no page frame the rest', async () => {
    const withList = { ...env, FRAME_ANCESTORS: origin };
    const embed = await app.request('/embed', {}, withList);
    expect(embed.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${origin}`);
    expect(embed.headers.get('x-frame-options')).toBeNull();
    const page = await app.request('/', {}, withList);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('answers 429 with Retry-After past the configured rate, per client', async () => {
    const limited = { ...env, RATE_LIMIT_PER_MINUTE: '3', CLIENT_IP_HEADER: 'cf-connecting-ip' };
    const hit = (ip: string) => app.request('/api/v1/health', { headers: { 'cf-connecting-ip': ip } }, limited);
    for (let i = 0; i < 3; i++) expect((await hit('192.0.2.1')).status).toBe(200);
    const over = await hit('192.0.2.1');
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(over.headers.get('content-type')).toContain('application/problem+json');
    expect((await hit('192.0.2.2')).status).toBe(200);
  });

  it('trusts a client address header only when the deployment names it: otherwise one shared bucket', async () => {
    const shared = { ...env, RATE_LIMIT_PER_MINUTE: '5', CLIENT_IP_HEADER: '' };
    const hit = (ip: string) => app.request('/api/v1/health', { headers: { 'cf-connecting-ip': ip } }, shared);
    let status = 200;
    for (let i = 0; i < 10 && status !== 429; i++) status = (await hit('198.51.100.10')).status;
    expect(status).toBe(429);
    // Another "client" inventing its own address lands in the same bucket...
    expect((await hit('198.51.100.11')).status).toBe(429);
    // ...whereas behind a proxy the deployment names, each address has its own.
    expect((await app.request('/api/v1/health', { headers: { 'cf-connecting-ip': '198.51.100.11' } }, { ...shared, CLIENT_IP_HEADER: 'cf-connecting-ip' })).status).toBe(200);
  });

  it('answers unknown API paths and methods with problem+json, never a 500', async () => {
    const res = await SELF.fetch('http://local.test/api/v1/nothing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const post = await SELF.fetch('http://local.test/accessibility/en.html', { method: 'POST' });
    expect(post.status).toBe(405);
    // The start page takes its own form's post, nothing else.
    const notForm = await SELF.fetch('http://local.test/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(notForm.status).toBe(415);
    expect(((await notForm.json()) as { 'invalid-params': { name: string }[] })['invalid-params'][0]!.name).toBe('header:Content-Type');
    // A path that exists with other methods: 405 naming them in Allow.
    const wrong = await SELF.fetch('http://local.test/api/v1/evaluate');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('OPTIONS, POST');
    const back = await SELF.fetch(`http://local.test/api/v1/assessments/${'a'.repeat(32)}/back`);
    expect(back.status).toBe(405);
    expect(back.headers.get('allow')).toBe('OPTIONS, POST');
    expect(wrong.headers.get('api-version')).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
