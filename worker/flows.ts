// The published flow versions, compiled once per isolate (not per request).
import generated from '../decision-trees/generated/flows.json';
import { compileFlow, type CompiledFlow } from '../decision-trees/compile.ts';
import type { FlowBundle } from '../decision-trees/bundle.ts';
import { unpack, type PackedFlows } from '../decision-trees/packed.ts';
import { ProblemError } from './http/problem.ts';

const data = unpack(generated as unknown as PackedFlows);
const compiled = new Map<string, CompiledFlow>();

export const DEFAULT_FLOW = 'assessment';

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
