import { describe, expect, it } from 'vitest';
import { WORKER_GZIP_LIMIT, measureWorkerBundle } from './worker-bundle.ts';

describe('the worker bundle', () => {
  it(`stays under ${WORKER_GZIP_LIMIT / 1024} KB gzip, MCP server included`, () => {
    const { gzip } = measureWorkerBundle(new URL('..', import.meta.url).pathname);
    expect(gzip).toBeLessThanOrEqual(WORKER_GZIP_LIMIT);
    expect(gzip).toBeGreaterThan(50 * 1024); // a real bundle, not an empty one
  }, 120_000);
});
