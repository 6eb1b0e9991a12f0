import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

describe('GET /api/v1/health', () => {
  it('answers 200 with the published flows and the security headers', async () => {
    const res = await SELF.fetch('http://local.test/api/v1/health');
    expect(res.status).toBe(200);
    const body = await res.json<{ status: string; flows: string[] }>();
    expect(body.status).toBe('ok');
    expect(body.flows.length).toBeGreaterThan(0);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
