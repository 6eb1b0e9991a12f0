// Mermaid flowchart of a tree: questions as boxes, branches as diamonds, outcomes as rounded boxes.
import type { Lang, Tree } from './schema.ts';
import { targetsOf } from './graph.ts';

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
// Mermaid labels: quotes and brackets would end the label early.
const safe = (s: string) => clip(s).replace(/["[\]{}()<>|#]/g, ' ');

export function treeDiagram(tree: Tree, lang: Lang): string {
  const lines = ['flowchart TD'];
  for (const n of tree.nodes) {
    if (n.kind === 'outcome') lines.push(`  ${n.id}(["${safe(n.riskClass ? `${n.riskClass}: ${n.id}` : n.id)}"])`);
    else if (n.kind === 'branch') lines.push(`  ${n.id}{"${safe(n.id)}"}`);
    else lines.push(`  ${n.id}["${safe(`${n.id}: ${n.text[lang]}`)}"]`);
  }
  for (const n of tree.nodes) {
    if (n.kind === 'single') {
      for (const o of n.options) for (const to of targetsOf(o.next)) lines.push(`  ${n.id} -->|${o.id}| ${to}`);
    } else if (n.kind === 'branch') {
      n.next.forEach((r, i) => lines.push(`  ${n.id} -->|${r.when ? `route ${i + 1}` : 'otherwise'}| ${r.to}`));
    } else if (n.kind !== 'outcome') {
      for (const to of targetsOf(n.next)) lines.push(`  ${n.id} --> ${to}`);
    }
  }
  // Routes never leave their tree (the checker refuses it), so the chart is self-contained.
  return lines.join('\n') + '\n';
}
