// `npm run bench`: engine time per complete flow, API throughput (health vs evaluate), bundle sizes.
// Measures and prints; asserts nothing. Loopback only; every loop is bounded in count and time.
import { readFileSync, readdirSync, existsSync, mkdtempSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { compileFlow } from '../decision-trees/compile.ts';
import { evaluate } from '../decision-trees/evaluate.ts';
import { unpack, type PackedFlows } from '../decision-trees/packed.ts';
import { completeAnswers, walkWith } from './support.ts';
import { SCENARIOS, defaultAnswer } from '../decision-trees/scenarios.ts';
import { startDevServer } from '../test/support/dev-server.ts';
import { WORKER_GZIP_LIMIT, measureWorkerBundle } from '../scripts/worker-bundle.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

const generated = unpack(JSON.parse(readFileSync(join(ROOT, 'decision-trees/generated/flows.json'), 'utf8')) as PackedFlows);
const bundle = generated.bundles.find((b) => b.flow.id === 'assessment' && b.flow.version === generated.current.assessment)!;

if (want('questions')) {
  // How many questions a project lead answers, over the realistic use cases of scenarios.ts.
  const flow = compileFlow(bundle);
  const counts = SCENARIOS.map((sc) => walkWith(flow, defaultAnswer, sc.answers)).map((answers) => {
    const r = evaluate(flow, answers, { lang: 'fr', date: '2026-12-01' });
    return r.ok ? r.path.length : NaN;
  });
  console.log(`questions  ${SCENARIOS.length} use cases: median ${quantile(counts, 0.5)}, p90 ${quantile(counts, 0.9)}, max ${Math.max(...counts)} questions per assessment (intro included)`);
}

if (want('engine')) {
  const flow = compileFlow(bundle);
  const scenarios = completeAnswers(flow);
  for (const [name, answers] of Object.entries(scenarios)) {
    // Uncached: every evaluation gets a title of its own, so no answer prefix is shared with an earlier one.
    // Cached: the same answers again (a re-read, a report), every step taken from the prefix cache.
    for (const mode of ['uncached', 'cached'] as const) {
      const times: number[] = [];
      let steps = 0;
      for (let i = 0; i < 3000; i++) {
        const input = mode === 'uncached' ? { ...answers, intro_title: `Title ${i}` } : answers;
        const t0 = performance.now();
        const r = evaluate(flow, input, { lang: 'fr', date: '2026-11-28' });
        times.push(performance.now() - t0);
        if (r.ok) steps = r.path.length;
      }
      times.splice(0, 500); // warm-up
      console.log(`engine  ${name}, ${mode}: ${steps} answers, median ${quantile(times, 0.5).toFixed(3)} ms, p99 ${quantile(times, 0.99).toFixed(3)} ms per complete evaluation`);
    }
  }
}

if (want('bundle')) {
  try {
    const { raw, gzip } = measureWorkerBundle(ROOT);
    console.log(`bundle  worker: ${kb(raw)} minified, ${kb(gzip)} gzip (limit ${kb(WORKER_GZIP_LIMIT)})`);
  } catch (e) {
    console.log(`bundle  ${(e as Error).message}`);
  }
  const assets = join(ROOT, 'dist/web/assets');
  if (existsSync(assets)) {
    const appJs = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const gz = appJs.reduce((n, f) => n + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
    console.log(`bundle  web app JS: ${kb(gz)} gzip over ${appJs.length} file(s) (target < 40 KB)`);
  }
  const widget = join(ROOT, 'dist/web/widget.js');
  if (existsSync(widget)) console.log(`bundle  widget.js: ${kb(gzipSync(readFileSync(widget), { level: 9 }).length)} gzip (target < 40 KB)`);
}

if (want('api') || want('web')) {
  const server = await startDevServer({ persistTo: mkdtempSync(join(tmpdir(), 'bench-state-')) });
  try {
    const base = server.base;
    if (want('web')) await firstQuestionTimes(base);
    if (!want('api')) throw new Error('done');
    const answers = Object.values(completeAnswers(compileFlow(bundle)))[0]!;
    const body = JSON.stringify({ answers, lang: 'fr', date: '2026-11-28' });
    const run = (opts: autocannon.Options) => autocannon({ connections: 20, duration: 10, ...opts });
    await run({ url: `${base}/api/v1/health`, duration: 2 }); // warm-up
    const health = await run({ url: `${base}/api/v1/health` });
    const evalRes = await run({ url: `${base}/api/v1/evaluate`, method: 'POST', headers: { 'content-type': 'application/json' }, body });
    // Every request with a title of its own: no answer prefix is shared, the whole path is walked.
    let n = 0;
    const uncached = await run({
      url: `${base}/api/v1/evaluate`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ answers: { ...answers, intro_title: `Title ${n++}` }, lang: 'fr', date: '2026-11-28' }) }) }],
    });
    const line = (name: string, r: autocannon.Result) =>
      `api     ${name}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}`;
    console.log(line('GET /health                      ', health));
    console.log(line('POST /evaluate (same answers)    ', evalRes));
    console.log(line('POST /evaluate (distinct answers)', uncached));
    console.log(`api     evaluate/health throughput: ${((100 * evalRes.requests.average) / health.requests.average).toFixed(0)}% same answers, ${((100 * uncached.requests.average) / health.requests.average).toFixed(0)}% distinct answers (target >= 80%)`);
  } catch (e) {
    if (!(e instanceof Error && e.message === 'done')) throw e;
  } finally {
    await server.stop();
  }
}

/** Time from navigation to the first question visible, in headless Chromium, fresh profile each time. */
async function firstQuestionTimes(base: string) {
  const { launch } = await import('../test/support/browser.ts');
  const browser = await launch();
  try {
    const times: number[] = [];
    for (let i = 0; i < 12; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${base}/?lang=fr`);
      await page.locator('form.question h2').waitFor({ state: 'visible' });
      times.push(performance.now() - t0);
      await context.close();
    }
    times.splice(0, 2); // first runs warm the server's caches
    console.log(`web     first question visible: median ${quantile(times, 0.5).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${times.length} fresh loads (target < 1500 ms)`);
  } finally {
    await browser.close();
  }
}
