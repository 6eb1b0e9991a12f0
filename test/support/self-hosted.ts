// The worker as docs/self-hosting.md runs it: bundled by `wrangler deploy --dry-run`, served by the
// bare workerd binary from deploy/workerd.capnp, with its own state folder and a free loopback port.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForHealth } from '../../bench/support.ts';
import { stopProcessGroup, type DevServer } from './dev-server.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

/** `vars` override the text bindings of deploy/workerd.capnp (the bench turns the rate limit off). */
export async function startSelfHosted(vars: Record<string, string> = {}): Promise<DevServer> {
  const require = createRequire(import.meta.url);
  // A working folder shaped like the repository root: the config's paths are relative to it.
  const dir = mkdtempSync(join(tmpdir(), 'self-hosted-'));
  mkdirSync(join(dir, 'deploy'));
  mkdirSync(join(dir, 'dist'));
  mkdirSync(join(dir, '.workerd-state'));
  let config = readFileSync(join(ROOT, 'deploy/workerd.capnp'), 'utf8');
  for (const [name, value] of Object.entries(vars)) config = config.replace(new RegExp(`\\(name = "${name}", text = "[^"]*"\\)`), `(name = "${name}", text = ${JSON.stringify(value)})`);
  writeFileSync(join(dir, 'deploy/workerd.capnp'), config);
  symlinkSync(join(ROOT, 'dist/web'), join(dir, 'dist/web'));
  const bundled = spawnSync(process.execPath, [require.resolve('wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', join(dir, 'dist/worker')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_HIDE_BANNER: 'true' },
  });
  if (bundled.status !== 0) throw new Error(`bundling failed: ${bundled.stderr.slice(0, 800)}`);
  const port = await freePort();
  const child = spawn(require.resolve('workerd/bin/workerd'), ['serve', 'deploy/workerd.capnp', '--experimental', '--socket-addr', `http=127.0.0.1:${port}`], { cwd: dir, stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, 60_000);
  return {
    base,
    pid: child.pid!,
    stop: (hard = false) => stopProcessGroup(child, hard),
  };
}
