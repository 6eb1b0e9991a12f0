// The published flow versions, compiled once per isolate (not per request). The current version of
// each flow is in the bundle; older ones are in the flow archive, a static asset loaded once per isolate
// before a request that may need one (loadArchive), so that every lookup below stays synchronous.
import generated from '../decision-trees/generated/flows.json';
import { compileFlow, type CompiledFlow } from '../decision-trees/compile.ts';
import type { FlowBundle } from '../decision-trees/bundle.ts';
import { unpack, type PackedFlows } from '../decision-trees/packed.ts';
import { ProblemError } from './http/problem.ts';

const data = unpack(generated as unknown as PackedFlows);
const compiled = new Map<string, CompiledFlow>();

export const DEFAULT_FLOW = 'assessment';
export const ARCHIVE_PATH = '/flows/archive.json';

let archive: Promise<void> | undefined;

/** Adds the archived versions the bundle names, each checked against the hash the bundle gives it. */
export function loadArchive(env: { ASSETS: Fetcher }): Promise<void> {
  // Settled once per isolate: every later request (the hot path) returns the same promise.
  archive ??= (async () => {
    const missing = data.archived.filter((a) => !data.bundles.some((b) => b.flow.id === a.flowId && b.flow.version === a.version));
    if (!missing.length) return;
    const res = await env.ASSETS.fetch(new Request(`http://assets.local${ARCHIVE_PATH}`));
    if (!res.ok) throw new Error(`flow archive: ${res.status}`);
    const loaded = unpack((await res.json()) as PackedFlows);
    for (const a of missing) {
      const b = loaded.bundles.find((x) => x.flow.id === a.flowId && x.flow.version === a.version);
      if (!b || b.hash !== a.hash) throw new Error(`flow archive: ${a.flowId}@${a.version} missing or changed`);
      data.bundles.push(b);
    }
    data.bundles.sort((x, y) => x.flow.id.localeCompare(y.flow.id) || compareVersions(x.flow.version, y.flow.version));
  })();
  archive.catch(() => (archive = undefined));
  return archive;
}

/** Semantic versions compared part by part: -1, 0 or 1. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

export function currentVersion(flowId: string): string | undefined {
  return data.current[flowId];
}

export function findBundle(flowId: string, version?: string): FlowBundle | undefined {
  const v = version ?? data.current[flowId];
  return data.bundles.find((b) => b.flow.id === flowId && b.flow.version === v);
}

/** The published flow version, or a 404 problem naming the field that asked for it. */
export function requireBundle(flowId = DEFAULT_FLOW, version?: string, where: 'query' | 'body' = 'query'): FlowBundle {
  const bundle = findBundle(flowId, version);
  if (!bundle) {
    const field = version ? 'version' : 'flow';
    throw new ProblemError('version-unavailable', 'flow_not_published', { flow: flowId, version: version ?? '' }, [{ name: where === 'body' ? `/${field}` : `query:${field}`, code: 'not_published' }]);
  }
  return bundle;
}

export function listBundles(): FlowBundle[] {
  return data.bundles;
}

export function compiledFlow(bundle: FlowBundle): CompiledFlow {
  const key = `${bundle.flow.id}@${bundle.flow.version}`;
  let flow = compiled.get(key);
  if (!flow) compiled.set(key, (flow = compileFlow(bundle)));
  return flow;
}
