// The worker's lean zod (worker/bundle/zod-external.js) is zod's own classic entry with two namespace
// re-exports left out: if zod's entry changes on an upgrade, this says so before the bundle drifts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const zodRoot = join(require.resolve('zod/package.json'), '..');
const exportsOf = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('export'))
    .map((l) => l.replace(/"[^"]*\/(v4\/(?:classic|core)\/[^"]+)"/, '"$1"').replace(/"\.\.\/core\//, '"v4/core/').replace(/"\.\//, '"v4/classic/'));

describe('the worker bundle', () => {
  it('re-exports every export of zod’s classic entry but the core and locales namespaces', () => {
    const upstream = exportsOf(readFileSync(join(zodRoot, 'v4/classic/external.js'), 'utf8')).filter((l) => !/export \* as (core|locales) /.test(l));
    const ours = exportsOf(readFileSync(new URL('../worker/bundle/zod-external.js', import.meta.url), 'utf8'));
    expect(ours).toEqual(upstream);
  });
});
