// Builds the worker as `wrangler deploy` would (minified, dry run) and measures it: the bench reports
// the figure, a test holds it under the limit a free Workers plan can deploy comfortably.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The whole worker, MCP and every route included, must stay under this (gzip). */
export const WORKER_GZIP_LIMIT = 400 * 1024;

export function measureWorkerBundle(root: string): { raw: number; gzip: number } {
  const out = mkdtempSync(join(tmpdir(), 'bundle-'));
  const require = createRequire(import.meta.url);
  try {
    const r = spawnSync(process.execPath, [require.resolve('wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--minify', '--outdir', out], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_HIDE_BANNER: 'true' },
    });
    if (r.status !== 0) throw new Error(`wrangler dry-run failed: ${r.stderr.slice(0, 800)}`);
    const js = readdirSync(out).filter((f) => f.endsWith('.js'));
    return {
      raw: js.reduce((n, f) => n + readFileSync(join(out, f)).length, 0),
      gzip: js.reduce((n, f) => n + gzipSync(readFileSync(join(out, f)), { level: 9 }).length, 0),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
