// A `wrangler dev` of this project on a free loopback port, for tests and benchmarks that need a real server.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { freePort, waitForHealth } from '../../bench/support.ts';

export interface DevServer {
  base: string;
  /** The leader of the server's process group (the bench sums the group's CPU time). */
  pid: number;
  /** Stops the server and every process it started; `hard` sends SIGKILL (a crash), otherwise SIGTERM. */
  stop(hard?: boolean): Promise<void>;
}

export async function startDevServer(opts: { persistTo: string; vars?: Record<string, string>; port?: number }): Promise<DevServer> {
  const port = opts.port ?? (await freePort());
  const require = createRequire(import.meta.url);
  const vars = Object.entries({ RATE_LIMIT_PER_MINUTE: '0', ENVIRONMENT: 'development', ...opts.vars }).flatMap(([k, v]) => ['--var', `${k}:${v}`]);
  const child: ChildProcess = spawn(
    process.execPath,
    [require.resolve('wrangler/bin/wrangler.js'), 'dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', opts.persistTo, '--show-interactive-dev-session=false', ...vars],
    {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_HIDE_BANNER: 'true' },
      stdio: 'ignore',
      detached: true, // its own process group, so that workerd dies with it
    },
  );
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, 90_000);
  return {
    base,
    pid: child.pid!,
    stop: async (hard = false) => {
      await stopProcessGroup(child, hard);
      // Give the port back before a restart on it.
      await new Promise((r) => setTimeout(r, 500));
    },
  };
}

/** Ends a server started in its own process group, and every process it started; `hard`: SIGKILL. */
export async function stopProcessGroup(child: ChildProcess, hard = false): Promise<void> {
  const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
  try {
    process.kill(-child.pid!, hard ? 'SIGKILL' : 'SIGTERM');
  } catch {
    // already gone
  }
  await exited;
}
