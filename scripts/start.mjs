// `npm start`: serves the API and the web app on the embedded workerd through `wrangler dev`,
// local mode only: no Cloudflare account, no login, no telemetry. Extra arguments go to wrangler
// (`npm start -- --port 8788`).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const wrangler = require.resolve('wrangler/bin/wrangler.js');
// Host and port default to wrangler.toml's [dev] section (127.0.0.1:8787).
// A development server: the local demo sign-in of wrangler.toml works here (never in a deployment).
const args = ['dev', '--show-interactive-dev-session=false', '--var', 'ENVIRONMENT:development', ...process.argv.slice(2)];
const child = spawn(process.execPath, [wrangler, ...args], {
  stdio: 'inherit',
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_HIDE_BANNER: 'true' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
