import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { loadAll, canonical } from './load.ts';
import { pack, unpack } from './packed.ts';

const key = (p: unknown) => createHash('sha256').update(canonical(p)).digest('hex').slice(0, 16);
const v1 = loadAll(new URL('./fixtures/sample/', import.meta.url).pathname).bundles[0]!;
const v2 = loadAll(new URL('./fixtures/sample-v2/', import.meta.url).pathname).bundles[0]!;

describe('packed flow versions', () => {
  it('stores a part shared by two versions once and gives every version back whole', () => {
    const packed = pack({ sample: '1.1.0' }, [v1, v2], key);
    // Both versions share the catalogue and the legal dates; each changed both trees.
    expect(Object.keys(packed.parts)).toHaveLength(2 + 2 + 1 + 1);
    const { bundles } = unpack(JSON.parse(JSON.stringify(packed)));
    expect(bundles).toEqual([v1, v2]);
  });
});
