// Flow versions published before flows carried their own vocabulary and register mapping (1.0.0):
// the wording that then lived in code is kept as data in published/<flow>@<version>.legacy.json and filled in
// here, at build time, so that an old assessment reads exactly as it did and the engine has one path.
// Duty kinds are derived from the sources (guidelines only: a recommendation). The hash is unchanged:
// it covers the content the version was published with.
import type { FlowBundle } from './bundle.ts';
import type { RegisterMapping, Tree, Vocabulary } from './schema.ts';

export interface LegacyWording {
  vocabulary: Vocabulary;
  register: RegisterMapping;
}

const fromGuidelinesOnly = (sources: string[]) => sources.every((s) => s.startsWith('Lignes directrices') || s.startsWith('Guidelines'));

export function withLegacyWording(bundle: FlowBundle, legacy: LegacyWording | undefined): FlowBundle {
  if (bundle.flow.vocabulary && bundle.flow.register) return bundle;
  if (!legacy) throw new Error(`flow ${bundle.flow.id} ${bundle.flow.version} has no vocabulary and no legacy wording`);
  const trees: Tree[] = bundle.trees.map((t) => ({
    ...t,
    duties: Object.fromEntries(
      Object.entries(t.duties ?? {}).map(([id, d]) => [id, { ...d, kind: d.kind ?? (fromGuidelinesOnly(d.source) ? 'recommendation' : 'obligation') }]),
    ),
  }));
  return { ...bundle, flow: { ...bundle.flow, vocabulary: bundle.flow.vocabulary ?? legacy.vocabulary, register: bundle.flow.register ?? legacy.register }, trees };
}
