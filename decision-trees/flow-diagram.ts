// Mermaid overview of a flow: its trees in order, with the outcomes that end the flow early.
import type { Lang } from './schema.ts';
import type { FlowBundle } from './bundle.ts';

export function flowDiagram(bundle: FlowBundle, lang: Lang): string {
  const lines = ['flowchart LR'];
  const safe = (s: string) => s.replace(/["[\]{}()<>|#]/g, ' ');
  bundle.trees.forEach((tree, i) => {
    const id = tree.id.replace(/-/g, '_');
    lines.push(`  ${id}["${safe(tree.title[lang])}"]`);
    const next = bundle.trees[i + 1];
    lines.push(`  ${id} --> ${next ? next.id.replace(/-/g, '_') : 'result'}`);
    for (const n of tree.nodes) {
      if (n.kind === 'outcome' && n.endsFlow) lines.push(`  ${id} -.->|${n.id}| result`);
    }
  });
  lines.push(`  result(["${safe({ fr: 'Résultat', de: 'Ergebnis', en: 'Result' }[lang])}"])`);
  return lines.join('\n') + '\n';
}
