// `npm run bench:load`: 60 s at 50 connections against `wrangler dev`, mixing evaluate, create, answer
// and report calls, then 20 s of answer writes alone (their p50/p99); then checks that every acknowledged write is stored. Loopback only, bounded in time.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { compileFlow } from '../decision-trees/compile.ts';
import { unpack, type PackedFlows } from '../decision-trees/packed.ts';
import { completeAnswers } from './support.ts';
import { startDevServer } from '../test/support/dev-server.ts';

const DURATION = Number(process.env.LOAD_SECONDS ?? 60);
const WRITE_SECONDS = Number(process.env.LOAD_WRITE_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const ROOT = new URL('..', import.meta.url).pathname;

const generated = unpack(JSON.parse(readFileSync(join(ROOT, 'decision-trees/generated/flows.json'), 'utf8')) as PackedFlows);
const bundle = generated.bundles.find((b) => b.flow.id === 'assessment' && b.flow.version === generated.current.assessment)!;
const answers = Object.values(completeAnswers(compileFlow(bundle)))[0]!;
const steps = Object.entries(answers);
const json = { 'content-type': 'application/json' };

const server = await startDevServer({ persistTo: mkdtempSync(join(tmpdir(), 'load-state-')) });

// The assessments the answer calls write to, created before the run.
const pool: { id: string; token: string }[] = [];
for (let i = 0; i < CONNECTIONS; i++) {
  const res = await fetch(`${server.base}/api/v1/assessments`, { method: 'POST', headers: json, body: JSON.stringify({ lang: 'fr' }) });
  const a = (await res.json()) as { id: string; editToken: string };
  pool.push({ id: a.id, token: a.editToken });
}

interface Write {
  id: string;
  question: string;
  value: unknown;
  revision: number;
}
const acknowledgedWrites: Write[] = [];
const acknowledgedCreations: { id: string; token: string }[] = [];
let turn = 0;

type Ctx = { write?: Omit<Write, 'revision'> };
type Req = { method: string; path: string; headers?: Record<string, string>; body?: string };
type Step = Req & { setupRequest?: (req: Req, ctx: Ctx) => Req; onResponse?: (status: number, body: string, ctx: Ctx) => void };

// Each connection runs this mix in turn: 3 evaluations, 1 creation, 4 answers, 1 report.
const evaluateStep: Step = { method: 'POST', path: '/api/v1/evaluate', headers: json, body: JSON.stringify({ answers, lang: 'fr', date: '2026-11-28' }) };
const createStep: Step = {
  method: 'POST',
  path: '/api/v1/assessments',
  headers: json,
  body: JSON.stringify({ lang: 'de', answers: { intro_title: 'Load' } }),
  onResponse: (status, body) => {
    if (status !== 201) return;
    const created = JSON.parse(body) as { id: string; editToken: string };
    acknowledgedCreations.push({ id: created.id, token: created.editToken });
  },
};
const answerStep: Step = {
  method: 'PUT',
  path: '/',
  setupRequest: (req, ctx) => {
    const n = turn++;
    const a = pool[n % pool.length]!;
    const [question, v] = steps[Math.floor(n / pool.length) % steps.length]!;
    const value = question === 'intro_title' ? `Title ${n}` : v;
    ctx.write = { id: a.id, question, value };
    return { ...req, path: `/api/v1/assessments/${a.id}/answers/${question}`, headers: { ...json, authorization: `Bearer ${a.token}` }, body: JSON.stringify({ value }) };
  },
  onResponse: (status, body, ctx) => {
    if (status === 200 && ctx.write) acknowledgedWrites.push({ ...ctx.write, revision: (JSON.parse(body) as { meta: { revision: number } }).meta.revision });
  },
};
const reportStep: Step = {
  method: 'GET',
  path: '/',
  setupRequest: (req) => {
    const a = pool[turn % pool.length]!;
    return { ...req, path: `/api/v1/assessments/${a.id}/report.md`, headers: { authorization: `Bearer ${a.token}` } };
  },
};
const requests = [evaluateStep, evaluateStep, evaluateStep, createStep, answerStep, answerStep, answerStep, answerStep, reportStep];

const result = await autocannon({ url: server.base, connections: CONNECTIONS, duration: DURATION, requests: requests as never });
// Then answer writes alone, for their own latency: one call into the assessment's object each.
const writes = await autocannon({ url: server.base, connections: CONNECTIONS, duration: WRITE_SECONDS, requests: [answerStep] as never });

// Every acknowledged write is stored: it is the stored value, unless a later acknowledged write
// (higher revision) to the same question replaced it.
let lostWrites = 0;
const byAssessment = new Map<string, Write[]>();
for (const w of acknowledgedWrites) byAssessment.set(w.id, [...(byAssessment.get(w.id) ?? []), w]);
const tokens = new Map(pool.map((a) => [a.id, a.token]));
for (const [id, writes] of byAssessment) {
  const state = (await (await fetch(`${server.base}/api/v1/assessments/${id}`, { headers: { authorization: `Bearer ${tokens.get(id)}` } })).json()) as { answers: Record<string, unknown>; meta: { revision: number } };
  const latest = new Map<string, Write>();
  for (const w of writes) if ((latest.get(w.question)?.revision ?? -1) < w.revision) latest.set(w.question, w);
  for (const w of latest.values()) if (JSON.stringify(state.answers[w.question]) !== JSON.stringify(w.value)) lostWrites++;
  if (state.meta.revision < Math.max(...writes.map((w) => w.revision))) lostWrites++;
}
let lostCreations = 0;
for (const a of acknowledgedCreations) if ((await fetch(`${server.base}/api/v1/assessments/${a.id}`, { headers: { authorization: `Bearer ${a.token}` } })).status !== 200) lostCreations++;
await server.stop();

console.log(`load    ${DURATION} s at ${CONNECTIONS} connections: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
console.log(`load    answer writes alone, ${WRITE_SECONDS} s at ${CONNECTIONS} connections: ${writes.requests.average.toFixed(0)} req/s, p50 ${writes.latency.p50} ms, p99 ${writes.latency.p99} ms, non-2xx ${writes.non2xx}`);
console.log(`load    ${result.requests.total} requests: non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`);
console.log(`load    acknowledged writes: ${acknowledgedWrites.length} answers, ${acknowledgedCreations.length} creations; lost: ${lostWrites} answers, ${lostCreations} creations`);
if (result.non2xx || result.errors || writes.non2xx || writes.errors || lostWrites || lostCreations) process.exitCode = 1;
