// `npm run bench`: engine time per complete flow, API throughput (health vs evaluate), bundle sizes.
// Measures and prints; asserts nothing. Loopback only; every loop is bounded in count and time.
import { readFileSync, readdirSync, existsSync, mkdtempSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { compileFlow } from '../decision-trees/compile.ts';
import { evaluate, forgetCachedSteps } from '../decision-trees/evaluate.ts';
import { unpack, type PackedFlows } from '../decision-trees/packed.ts';
import { completeAnswers, walkWith } from './support.ts';
import { SCENARIOS, defaultAnswer } from '../decision-trees/scenarios.ts';
import { startDevServer, type DevServer } from '../test/support/dev-server.ts';
import { startSelfHosted } from '../test/support/self-hosted.ts';
import { PEER, startPeer } from './peer.ts';
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
    // From nothing: no cached step (the first walk of its kind after a start). Other texts: a new
    // assessment whose titles and descriptions differ (texts share cached steps). Same answers: a
    // re-read or a report.
    for (const mode of ['from nothing', 'other texts', 'same answers'] as const) {
      const times: number[] = [];
      let steps = 0;
      for (let i = 0; i < 3000; i++) {
        const input = mode === 'same answers' ? answers : { ...answers, intro_title: `Title ${i}` };
        if (mode === 'from nothing') forgetCachedSteps(flow);
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
    // What a page loads: the public questionnaire its entry script; a workspace page that, the
    // workspace chunk and one language's words (the largest of the three).
    const gz = (f: string) => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length;
    const appJs = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const html = readFileSync(join(ROOT, 'dist/web/index.html'), 'utf8');
    const entry = appJs.filter((f) => html.includes(`/assets/${f}`));
    const workspace = appJs.filter((f) => f.startsWith('Workspace-'));
    const words = appJs.filter((f) => f.startsWith('strings-'));
    const sum = (fs: string[]) => fs.reduce((n, f) => n + gz(f), 0);
    const page = sum(entry) + sum(workspace) + Math.max(0, ...words.map(gz));
    console.log(`bundle  web app JS: the public questionnaire loads ${kb(sum(entry))} gzip, a workspace page ${kb(page)} (entry, workspace chunk, one language; target < 40 KB each); all ${appJs.length} files together ${kb(sum(appJs))}`);
  }
  const widget = join(ROOT, 'dist/web/widget.js');
  if (existsSync(widget)) console.log(`bundle  widget.js: ${kb(gzipSync(readFileSync(widget), { level: 9 }).length)} gzip (target < 40 KB)`);
}

if (want('api') || want('web')) {
  // Both ways the service runs, side by side in one run: `wrangler dev` and the bare workerd of
  // docs/self-hosting.md. Every figure is printed with its same-run baseline.
  const servers: [string, DevServer][] = [
    ['self-hosted workerd', await startSelfHosted({ RATE_LIMIT_PER_MINUTE: '0' })],
    ['wrangler dev', await startDevServer({ persistTo: mkdtempSync(join(tmpdir(), 'bench-state-')) })],
  ];
  try {
    if (want('api')) for (const [name, server] of servers) await apiThroughput(name, server);
    if (want('web')) await firstQuestionTimes(servers);
  } finally {
    for (const [, server] of servers) await server.stop();
  }
}

/**
 * Throughput of an empty route and of POST /evaluate, and the server's CPU time per request: five
 * interleaved rounds (empty, same answers, distinct titles), each ratio taken within its round, the
 * medians printed, so that a slow moment of the shared machine weighs on one round only.
 */
async function apiThroughput(name: string, server: DevServer) {
  const base = server.base;
  const answers = Object.values(completeAnswers(compileFlow(bundle)))[0]!;
  const body = JSON.stringify({ answers, lang: 'fr', date: '2026-11-28' });
  type Measured = { rps: number; p50: number; p99: number; cpu: number; non2xx: number; errors: number };
  const run = async (opts: autocannon.Options): Promise<Measured> => {
    const cpu0 = processGroupCpuMs(server.pid);
    const r = await autocannon({ connections: 20, duration: 3, ...opts });
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, cpu: (processGroupCpuMs(server.pid) - cpu0) / Math.max(1, r.requests.total), non2xx: r.non2xx, errors: r.errors };
  };
  const evaluate = { url: `${base}/api/v1/evaluate`, method: 'POST' as const, headers: { 'content-type': 'application/json' } };
  await autocannon({ url: `${base}/api/v1/health`, connections: 20, duration: 2 }); // warm-up
  await autocannon({ ...evaluate, body, connections: 20, duration: 2 });
  let n = 0;
  const routes = {
    'GET /health (empty route)        ': { url: `${base}/api/v1/health` },
    'POST /evaluate (same answers)    ': { ...evaluate, body },
    // Every request with a title of its own: no answer prefix is shared, the whole path is walked.
    'POST /evaluate (distinct titles) ': { ...evaluate, requests: [{ setupRequest: (req: object) => ({ ...req, body: JSON.stringify({ answers: { ...answers, intro_title: `Title ${n++}` }, lang: 'fr', date: '2026-11-28' }) }) }] },
  } satisfies Record<string, autocannon.Options>;
  const ROUNDS = 5;
  const rounds: Record<string, Measured>[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const round: Record<string, Measured> = {};
    for (const [label, opts] of Object.entries(routes)) round[label] = await run(opts);
    rounds.push(round);
  }
  const size = (await (await fetch(evaluate.url, { ...evaluate, body })).arrayBuffer()).byteLength;
  const [emptyLabel] = Object.keys(routes);
  const m = (xs: number[]) => quantile(xs, 0.5);
  for (const label of Object.keys(routes)) {
    const of = rounds.map((r) => r[label]!);
    const ratios = rounds.map((r) => r[label]!.rps / r[emptyLabel!]!.rps);
    console.log(
      `api     ${name}, ${label}: ${m(of.map((x) => x.rps)).toFixed(0)} req/s (${m(ratios).toFixed(2)} × empty route; rounds ${ratios.map((x) => x.toFixed(2)).join(', ')}), p50 ${m(of.map((x) => x.p50))} ms, p99 ${m(of.map((x) => x.p99))} ms, server CPU ${m(of.map((x) => x.cpu)).toFixed(2)} ms/request, non-2xx ${of.reduce((k, x) => k + x.non2xx, 0)}, errors ${of.reduce((k, x) => k + x.errors, 0)}`,
    );
  }
  console.log(`api     ${name}, POST /evaluate response: ${(size / 1024).toFixed(1)} KB for ${Object.keys(answers).length} answers (compact path); medians of ${ROUNDS} interleaved rounds of 3 s at 20 connections`);
}

/** The bare workerd with local demo sign-in for the run: a project lead, a reviewer and a register editor of one ministry. */
function workspaceServer(): Promise<DevServer> {
  const user = (id: string, name: string, role: string) => ({ id, name, email: `${id}@bench.test`, organisation: 'bench-ministry', organisationName: 'Bench ministry', role });
  const users = [user('lead', 'Bench Lead', 'project_lead'), user('dpo', 'Bench Reviewer', 'reviewer'), user('editor', 'Bench Editor', 'register_editor')];
  return startSelfHosted({ RATE_LIMIT_PER_MINUTE: '0', AUTH_MODE: 'local', ENVIRONMENT: 'development', LOCAL_USERS: JSON.stringify(users) });
}

/** A demo user's session cookie, signed in through the local sign-in form. */
async function benchSignIn(base: string, user: string): Promise<string> {
  const res = await fetch(`${base}/auth/local`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' }, body: `user=${user}` });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/** A member's JSON call from this service's own page. */
const headers = (cookie: string) => ({ cookie, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' });

/** A part run against its own workspace server, stopped afterwards whatever happens. */
async function onWorkspaceServer(part: (server: DevServer) => Promise<void>): Promise<void> {
  const server = await workspaceServer();
  try {
    await part(server);
  } finally {
    await server.stop();
  }
}

// The workspace on the bare workerd, local demo sign-in turned on for the run: a portfolio of 500
// assessments listed, and approvals written under load, each beside the empty route of the same run.
if (want('workspace')) await onWorkspaceServer(workspaceBench);

async function workspaceBench(server: DevServer) {
  const base = server.base;
  const signIn = (user: string) => benchSignIn(base, user);
  const lead = await signIn('lead');
  const dpo = await signIn('dpo');
  const answers = Object.values(completeAnswers(compileFlow(bundle)))[0]!;
  const SIZE = 500;
  const APPROVALS = 200;
  const inReview: { id: string; revision: number }[] = [];
  for (let i = 0; i < SIZE; i++) {
    const created = (await (await fetch(`${base}/api/v1/workspace/assessments`, { method: 'POST', headers: headers(lead), body: JSON.stringify({ lang: 'fr', answers: { ...answers, intro_title: `Use case ${i}` } }) })).json()) as { id: string };
    if (i < APPROVALS) {
      const sent = (await (await fetch(`${base}/api/v1/assessments/${created.id}/review/submit`, { method: 'POST', headers: headers(lead) })).json()) as { meta: { revision: number } };
      inReview.push({ id: created.id, revision: sent.meta.revision });
    }
  }
  const empty = await autocannon({ url: `${base}/api/v1/health`, connections: 10, duration: 5 });
  const list = await autocannon({ url: `${base}/api/v1/workspace/assessments?sort=title`, headers: { cookie: lead }, connections: 10, duration: 8 });
  const all = await autocannon({ url: `${base}/api/v1/workspace/assessments?sort=title&limit=${SIZE}`, headers: { cookie: lead }, connections: 10, duration: 8 });
  let k = 0;
  const approvals = await autocannon({
    url: base,
    connections: 10,
    amount: APPROVALS,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const a = inReview[k++ % inReview.length]!;
          return { ...req, path: `/api/v1/assessments/${a.id}/review/approve`, headers: headers(dpo), body: JSON.stringify({ revision: a.revision }) };
        },
      },
    ],
  });
  const check = (await (await fetch(`${base}/api/v1/workspace/assessments?status=approved`, { headers: { cookie: lead } })).json()) as { total: number };
  console.log(`workspace self-hosted workerd, GET /health (empty route): ${empty.requests.average.toFixed(0)} req/s, p50 ${empty.latency.p50} ms, p99 ${empty.latency.p99} ms`);
  console.log(`workspace self-hosted workerd, portfolio of ${SIZE} assessments sorted, first page of 100: ${list.requests.average.toFixed(0)} req/s (${(list.requests.average / empty.requests.average).toFixed(2)} × empty route), p50 ${list.latency.p50} ms, p99 ${list.latency.p99} ms, non-2xx ${list.non2xx}`);
  console.log(`workspace self-hosted workerd, portfolio of ${SIZE} assessments sorted, all in one page: ${all.requests.average.toFixed(0)} req/s (${(all.requests.average / empty.requests.average).toFixed(2)} × empty route), p50 ${all.latency.p50} ms, p99 ${all.latency.p99} ms, non-2xx ${all.non2xx}`);
  console.log(`workspace self-hosted workerd, ${APPROVALS} approvals at 10 connections: p50 ${approvals.latency.p50} ms, p99 ${approvals.latency.p99} ms, non-2xx ${approvals.non2xx}; approved afterwards: ${check.total}`);
}

// The public register on the bare workerd: 100 entries published (each approved first), then the
// public pages and exports read under load, each beside the empty route of the same run.
if (want('register')) await onWorkspaceServer(registerBench);

async function registerBench(server: DevServer) {
  const base = server.base;
  const signIn = (user: string) => benchSignIn(base, user);
  const [lead, dpo, editor] = [await signIn('lead'), await signIn('dpo'), await signIn('editor')];
  const flow = compileFlow(bundle);
  const answers = walkWith(flow, defaultAnswer, SCENARIOS.find((s) => s.expect.duties?.includes('art49_registration'))!.answers);
  const details = { status: 'in_use', startDate: '2027-03', contact: 'ia@bench.test', themes: ['Bench'], texts: { purpose_and_impact: 'Purpose.', considerations: 'Considerations.', supplier: 'Intern ontwikkeld' } };
  const SIZE = 100;
  const publishTimes: number[] = [];
  let entryId = '';
  for (let i = 0; i < SIZE; i++) {
    const created = (await (await fetch(`${base}/api/v1/workspace/assessments`, { method: 'POST', headers: headers(lead), body: JSON.stringify({ lang: 'fr', answers: { ...answers, intro_title: `Use case ${i}` } }) })).json()) as { id: string };
    const sent = (await (await fetch(`${base}/api/v1/assessments/${created.id}/review/submit`, { method: 'POST', headers: headers(lead) })).json()) as { meta: { revision: number } };
    await fetch(`${base}/api/v1/assessments/${created.id}/review/approve`, { method: 'POST', headers: headers(dpo), body: JSON.stringify({ revision: sent.meta.revision }) });
    const t0 = performance.now();
    const res = await fetch(`${base}/api/v1/assessments/${created.id}/publication`, { method: 'POST', headers: headers(editor), body: JSON.stringify(details) });
    publishTimes.push(performance.now() - t0);
    if (res.status !== 201) throw new Error(`publish: ${res.status} ${await res.text()}`);
    entryId = ((await res.json()) as { publication: { entryId: string } }).publication.entryId;
  }
  const empty = await autocannon({ url: `${base}/api/v1/health`, connections: 10, duration: 5 });
  const line = (what: string, r: autocannon.Result) =>
    console.log(`register self-hosted workerd, ${what}: ${r.requests.average.toFixed(0)} req/s (${(r.requests.average / empty.requests.average).toFixed(2)} × empty route), p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}`);
  console.log(`register self-hosted workerd, GET /health (empty route): ${empty.requests.average.toFixed(0)} req/s, p50 ${empty.latency.p50} ms, p99 ${empty.latency.p99} ms`);
  console.log(`register self-hosted workerd, ${SIZE} publications one after another (preview in each language, schema fields, register write): p50 ${quantile(publishTimes, 0.5).toFixed(0)} ms, p99 ${quantile(publishTimes, 0.99).toFixed(0)} ms`);
  line(`list page (HTML, ${SIZE} entries, first 50)`, await autocannon({ url: `${base}/register?lang=en`, connections: 10, duration: 8 }));
  line('entry page (HTML)', await autocannon({ url: `${base}/register/${entryId}?lang=en`, connections: 10, duration: 8 }));
  line(`JSON of all ${SIZE} entries`, await autocannon({ url: `${base}/api/v1/register`, connections: 10, duration: 8 }));
  const etag = (await fetch(`${base}/api/v1/register`)).headers.get('etag')!;
  line('JSON revalidated (If-None-Match, 304)', await autocannon({ url: `${base}/api/v1/register`, headers: { 'if-none-match': etag }, connections: 10, duration: 5 }));
}

/** User + system CPU time of every process in a process group, from /proc (Linux). */
function processGroupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      // Fields after the command name (which may hold spaces): state ppid pgrp ... utime(14) stime(15).
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[2]) === pgid) ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/**
 * Time from navigation start to the first question painted, against a static page served the same way
 * (the accessibility statement: worker-rendered HTML, no script), both timed in the page by the same
 * observer; fresh browser context each load, rounds interleaved.
 */
async function firstQuestionTimes(servers: [string, DevServer][]) {
  const { launch } = await import('../test/support/browser.ts');
  const browser = await launch();
  const ROUNDS = 9;
  // Runs before any page script: notes when the watched element is first laid out and not hidden.
  const observer = (selector: string) => `(() => {
    const seen = () => { const el = document.querySelector(${JSON.stringify(selector)}); return el && el.getBoundingClientRect().height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }); };
    const tick = () => { if (seen()) { window.__visibleAt = performance.now(); } else requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })();`;
  const load = async (url: string, selector: string, session: Record<string, string> = {}) => {
    const context = await browser.newContext();
    await context.addInitScript(observer(selector));
    await context.addInitScript((entries) => Object.entries(entries).forEach(([k, v]) => sessionStorage.setItem(k, v)), session);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __visibleAt?: number }).__visibleAt !== undefined);
    const r = await page.evaluate(() => ({ visible: (window as unknown as { __visibleAt: number }).__visibleAt, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, requests: performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'fetch').length }));
    await context.close();
    return r;
  };
  // A peer's build, when PEER_DIST names one (bench/README.md), is loaded in the rounds of the first server.
  const peer = process.env.PEER_DIST ? await startPeer(process.env.PEER_DIST) : null;
  try {
    for (const [k, [name, server]] of servers.entries()) {
      const pages = { app: [] as number[], fcp: [] as number[], static: [] as number[], staticFcp: [] as number[], fetches: [] as number[], embed: [] as number[], peer: [] as number[] };
      for (let i = 0; i < ROUNDS + 1; i++) {
        const app = await load(`${server.base}/?lang=fr`, 'form.question h2');
        const embed = await load(`${server.base}/embed?lang=de`, 'form.question h2');
        const page = await load(`${server.base}/accessibility/fr.html`, 'h1');
        const other = peer && k === 0 ? await load(`${peer.base}${PEER.page}`, PEER.question, PEER.session) : null;
        if (i === 0) continue; // the first round warms the server's caches
        if (other) pages.peer.push(other.visible);
        pages.app.push(app.visible);
        pages.fcp.push(app.fcp);
        pages.fetches.push(app.requests);
        pages.embed.push(embed.visible);
        pages.static.push(page.visible);
        pages.staticFcp.push(page.fcp);
      }
      const m = (xs: number[]) => quantile(xs, 0.5);
      console.log(
        `web     ${name}: first question visible median ${m(pages.app).toFixed(0)} ms (${(m(pages.app) / m(pages.static)).toFixed(2)} × a static page's ${m(pages.static).toFixed(0)} ms; first contentful paint: app ${m(pages.fcp).toFixed(0)} ms, static page ${m(pages.staticFcp).toFixed(0)} ms), /embed ${m(pages.embed).toFixed(0)} ms; API calls before it: ${m(pages.fetches)} — ${ROUNDS} interleaved rounds, fresh context each`,
      );
      if (pages.peer.length) console.log(`web     ${name}: first question visible ${(m(pages.app) / m(pages.peer)).toFixed(2)} × ${PEER.name}'s ${m(pages.peer).toFixed(0)} ms (its build from PEER_DIST served by the bare workerd, loaded in the same rounds)`);
    }
  } finally {
    await browser.close();
    await peer?.stop();
  }
}
