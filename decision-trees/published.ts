// Every published flow version stays loadable: `published/` holds a frozen bundle per version.
// The build refuses a changed flow that kept its version number, so a content change needs a new version.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FlowBundle } from './bundle.ts';
import { ROOT } from './load.ts';
import { withLegacyWording, type LegacyWording } from './legacy.ts';

const DIR = join(ROOT, 'published');
export const publishedFile = (b: FlowBundle) => join(DIR, `${b.flow.id}@${b.flow.version}.json`);

export function loadPublished(current: FlowBundle[], dir = DIR): { bundles: FlowBundle[]; problems: string[] } {
  const problems: string[] = [];
  const files = existsSync(dir) ? readdirSync(dir).sort() : [];
  const legacy = (b: FlowBundle) => {
    const f = join(dir, `${b.flow.id}@${b.flow.version}.legacy.json`);
    return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as LegacyWording) : undefined;
  };
  const frozen: FlowBundle[] = files.filter((f) => /@\d+\.\d+\.\d+\.json$/.test(f)).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as FlowBundle);
  const bundles = frozen.map((b) => withLegacyWording(b, legacy(b)));
  for (const b of current) {
    const same = frozen.find((f) => f.flow.id === b.flow.id && f.flow.version === b.flow.version);
    if (!same) bundles.push(b);
    else if (same.hash !== b.hash) {
      problems.push(`flows/${b.flow.id}: version ${b.flow.version} is published with another content; raise the version (and add a decision record) before changing its trees`);
    }
  }
  return { bundles, problems };
}

/** `npm run publish:flow`: freezes the current versions so that later changes need a new version. */
export function publish(current: FlowBundle[]): string[] {
  return current.filter((b) => !existsSync(publishedFile(b))).map((b) => {
    writeFileSync(publishedFile(b), JSON.stringify(b) + '\n');
    return publishedFile(b);
  });
}
