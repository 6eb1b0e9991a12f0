// Starts one `wrangler dev` (fresh state, loopback only) and one plain host page server on another
// origin for the browser tests; both stop when the run ends.
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../bench/support.ts';
import { startDevServer, type DevServer } from './dev-server.ts';
import { hostPage } from './host-page.ts';

let server: DevServer | undefined;
let host: Server | undefined;
let denied: Server | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    hostUrl: string;
    /** A host page origin the service does not allow (ALLOWED_ORIGINS). */
    deniedUrl: string;
  }
}

export async function setup(project: TestProject) {
  const hostPort = await freePort();
  const hostUrl = `http://127.0.0.1:${hostPort}`;
  server = await startDevServer({
    persistTo: mkdtempSync(join(tmpdir(), 'e2e-state-')),
    vars: { ALLOWED_ORIGINS: hostUrl, FRAME_ANCESTORS: hostUrl, EMBED_PARENT_ORIGIN: hostUrl },
  });
  const baseUrl = server.base;
  host = createServer((req, res) => {
    const page = hostPage(req.url ?? '/', baseUrl);
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => host!.listen(hostPort, '127.0.0.1', resolve));
  const deniedPort = await freePort();
  denied = createServer((req, res) => {
    const page = hostPage(req.url ?? '/', baseUrl);
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => denied!.listen(deniedPort, '127.0.0.1', resolve));
  project.provide('baseUrl', baseUrl);
  project.provide('hostUrl', hostUrl);
  project.provide('deniedUrl', `http://127.0.0.1:${deniedPort}`);
}

export async function teardown() {
  await server?.stop();
  await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
  await new Promise<void>((resolve) => (denied ? denied.close(() => resolve()) : resolve()));
}
