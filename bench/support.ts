// Shared by the benchmarks and the end-to-end tests: complete answer sets, free ports, waiting for a server.
import { createServer } from 'node:net';
import type { CompiledFlow } from '../decision-trees/compile.ts';
import { walkWith, type Picker } from '../decision-trees/walk-with.ts';

export { walkWith };
import type { Answers } from '../decision-trees/bundle.ts';
import { defaultAnswer } from '../decision-trees/scenarios.ts';

/** "No" to yes/no questions, "none" to multiple choices, the first option otherwise, a short text. */
export const pickNo: Picker = (q) => {
  if (q.kind === 'text') return `Text for ${q.id}`;
  const ids = q.options.map((o) => o.id);
  if (q.kind === 'multiple') return [ids.includes('none') ? 'none' : ids[0]!];
  return ids.includes('no') ? 'no' : ids[0]!;
};

/** "Yes" wherever it does not stop the walk early: a long path through the flow. */
export const pickYesUnlessStop: Picker = (q) => {
  if (q.id.startsWith('art5_') || q.id.startsWith('scope_') || q.id === 'art6_3_profiling') return pickNo(q);
  if (q.kind === 'text') return `Text for ${q.id}`;
  const ids = q.options.map((o) => o.id);
  if (q.kind === 'multiple') return ids.filter((id) => id !== 'none' && id !== 'unsure' && !q.options.find((o) => o.id === id)?.exclusive);
  return ids.includes('yes') ? 'yes' : ids[0]!;
};

export function completeAnswers(flow: CompiledFlow): Record<string, Answers> {
  return { 'typical path (an AI tool used as provided)': walkWith(flow, defaultAnswer), 'long path (mostly yes)': walkWith(flow, pickYesUnlessStop) };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export const waitForHealth = (base: string, timeoutMs: number) => waitForOk(`${base}/api/v1/health`, timeoutMs);

/** Until the address answers 2xx. */
export async function waitForOk(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
