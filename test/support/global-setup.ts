// Starts one `wrangler dev` (fresh state, loopback only) and one plain host page server on another
// origin for the browser tests; both stop when the run ends.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { TestProject } from 'vitest/node';
import { freePort, waitForHealth } from '../../bench/support.ts';
import { hostPage } from './host-page.ts';

let server: ChildProcess | undefined;
let host: Server | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    hostUrl: string;
  }
}

export async function setup(project: TestProject) {
  const port = await freePort();
  const hostPort = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const hostUrl = `http://127.0.0.1:${hostPort}`;
  const require = createRequire(import.meta.url);
  server = spawn(
    process.execPath,
    [
      require.resolve('wrangler/bin/wrangler.js'), 'dev', '--port', String(port), '--ip', '127.0.0.1',
      '--persist-to', mkdtempSync(join(tmpdir(), 'e2e-state-')),
      '--var', `ALLOWED_ORIGINS:${hostUrl}`, '--var', `FRAME_ANCESTORS:${hostUrl}`, '--var', `EMBED_PARENT_ORIGIN:${hostUrl}`,
      '--var', 'RATE_LIMIT_PER_MINUTE:0', '--show-interactive-dev-session=false',
    ],
    { cwd: new URL('../..', import.meta.url).pathname, env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_HIDE_BANNER: 'true' }, stdio: 'ignore' },
  );
  host = createServer((req, res) => {
    const page = hostPage(req.url ?? '/', baseUrl);
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => host!.listen(hostPort, '127.0.0.1', resolve));
  await waitForHealth(baseUrl, 90_000);
  project.provide('baseUrl', baseUrl);
  project.provide('hostUrl', hostUrl);
}

export async function teardown() {
  server?.kill('SIGTERM');
  await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
}
