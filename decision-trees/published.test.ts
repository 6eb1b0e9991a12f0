import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAll } from './load.ts';
import { loadPublished } from './published.ts';

const v1 = loadAll(new URL('./fixtures/sample/', import.meta.url).pathname).bundles[0]!;

describe('published flow versions', () => {
  it('keeps every published version loadable beside the current one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'published-'));
    writeFileSync(join(dir, 'sample@0.9.0.json'), JSON.stringify({ ...v1, flow: { ...v1.flow, version: '0.9.0' }, hash: 'old' }));
    const r = loadPublished([v1], dir);
    expect(r.problems).toEqual([]);
    expect(r.bundles.map((b) => b.flow.version)).toEqual(['0.9.0', '1.0.0']);
  });

  it('refuses a changed flow that kept a published version number', () => {
    const dir = mkdtempSync(join(tmpdir(), 'published-'));
    writeFileSync(join(dir, 'sample@1.0.0.json'), JSON.stringify({ ...v1, hash: 'the content published earlier' }));
    expect(loadPublished([v1], dir).problems[0]).toContain('raise the version');
  });
});
