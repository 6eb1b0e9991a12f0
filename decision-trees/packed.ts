// The generated file of published flow versions, packed: each tree, catalogue and legal-dates file is
// stored once by content, so a new version that changes one tree adds only that tree to the worker.
import type { Catalogue, Flow, LawDates, Tree } from './schema.ts';
import type { FlowBundle } from './bundle.ts';

export interface PackedFlows {
  current: Record<string, string>;
  parts: Record<string, Tree | Catalogue | LawDates>;
  bundles: { flow: Flow; trees: string[]; catalogue: string; law: string; hash: string }[];
  /** Published versions kept out of this file (in the flow archive), named with their content hash. */
  archived?: ArchivedVersion[];
}

export interface ArchivedVersion {
  flowId: string;
  version: string;
  hash: string;
}

/** `key` gives a part's identity (a content hash at build time). */
export function pack(current: Record<string, string>, bundles: FlowBundle[], key: (part: unknown) => string, archived?: ArchivedVersion[]): PackedFlows {
  const parts: PackedFlows['parts'] = {};
  const put = (part: Tree | Catalogue | LawDates) => {
    const k = key(part);
    parts[k] = part;
    return k;
  };
  return {
    current,
    parts,
    bundles: bundles.map((b) => ({ flow: b.flow, trees: b.trees.map(put), catalogue: put(b.catalogue), law: put(b.law), hash: b.hash })),
    ...(archived?.length ? { archived } : {}),
  };
}

export function unpack(packed: PackedFlows): { current: Record<string, string>; bundles: FlowBundle[]; archived: ArchivedVersion[] } {
  const part = <T>(k: string) => packed.parts[k] as T;
  return {
    current: packed.current,
    archived: packed.archived ?? [],
    bundles: packed.bundles.map((b) => ({ flow: b.flow, trees: b.trees.map((k) => part<Tree>(k)), catalogue: part<Catalogue>(b.catalogue), law: part<LawDates>(b.law), hash: b.hash })),
  };
}
