// A built copy of a peer's static web app served by the bare workerd, as the product's own files are
// (a disk service behind a worker that names each file's type, since a disk service does not and
// browsers refuse module scripts served without one). The bench compares first-question times with it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, waitForOk } from './support.ts';
import { stopProcessGroup, type DevServer } from '../test/support/dev-server.ts';

/** The AI Act decision aid of the Dutch government (MinBZK/ai-verordening-beslishulp), built as bench/README.md says. */
export const PEER = {
  name: 'the Dutch AI Act decision aid',
  page: '/index.html',
  // Its first question comes after a disclaimer, which it remembers per tab: accepted before the load.
  session: { acceptedDisclaimer: '1' },
  question: 'fieldset h1',
};

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', json: 'application/json', svg: 'image/svg+xml', ico: 'image/x-icon', png: 'image/png', woff: 'font/woff', woff2: 'font/woff2', ttf: 'font/ttf' };

const WORKER = `const TYPES = ${JSON.stringify(TYPES)};
export default {
  async fetch(request, env) {
    const res = await env.FILES.fetch(request);
    const type = TYPES[new URL(request.url).pathname.split('.').pop()];
    if (!res.ok || !type) return res;
    const copy = new Response(res.body, res);
    copy.headers.set('content-type', type);
    return copy;
  },
};`;

export async function startPeer(dist: string): Promise<DevServer> {
  const root = resolve(dist);
  if (!existsSync(join(root, PEER.page.slice(1)))) throw new Error(`PEER_DIST: no ${PEER.page} in ${root}`);
  const dir = mkdtempSync(join(tmpdir(), 'peer-'));
  const port = await freePort();
  writeFileSync(join(dir, 'peer.js'), WORKER);
  writeFileSync(
    join(dir, 'peer.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = (modules = [(name = "peer.js", esModule = embed "peer.js")], compatibilityDate = "2026-05-01", bindings = [(name = "FILES", service = "files")])),
    (name = "files", disk = (path = ${JSON.stringify(root)}, writable = false)),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);`,
  );
  const child = spawn(createRequire(import.meta.url).resolve('workerd/bin/workerd'), ['serve', 'peer.capnp'], { cwd: dir, stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  await waitForOk(`${base}${PEER.page}`, 30_000);
  return { base, pid: child.pid!, stop: (hard = false) => stopProcessGroup(child, hard) };
}
