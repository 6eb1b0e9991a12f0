// Mermaid flowchart of a tree: questions as boxes, branches as diamonds, outcomes as rounded boxes.
import type { Lang, Tree } from './schema.ts';
import { targetsOf } from './graph.ts';

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
// Mermaid labels: quotes and brackets would end the label early.
const safe = (s: string) => clip(s).replace(/["[\]{}()<>|#]/g, ' ');

/** The words of the users' diagram that no tree block carries. */
const WORDS = {
  branch: { fr: 'Selon vos réponses précédentes', de: 'Je nach Ihren bisherigen Antworten', en: 'Depending on your earlier answers' },
  otherwise: { fr: 'sinon', de: 'sonst', en: 'otherwise' },
} as const;

/**
 * `audience: 'authors'` (docs/trees): node and option ids, for whoever edits the YAML. `'users'` (the
 * web app's dialog): question texts, option labels and conclusion titles in the user's language only.
 */
export function treeDiagram(tree: Tree, lang: Lang, audience: 'authors' | 'users' = 'authors'): string {
  const users = audience === 'users';
  const lines = ['flowchart TD'];
  for (const n of tree.nodes) {
    if (n.kind === 'outcome') {
      const title = tree.conclusions?.[n.conclusion]?.title[lang];
      lines.push(`  ${n.id}(["${safe(users ? (title ?? n.conclusion) : n.riskClass ? `${n.riskClass}: ${n.id}` : n.id)}"])`);
    } else if (n.kind === 'branch') lines.push(`  ${n.id}{"${safe(users ? WORDS.branch[lang] : n.id)}"}`);
    else lines.push(`  ${n.id}["${safe(users ? n.text[lang] : `${n.id}: ${n.text[lang]}`)}"]`);
  }
  for (const n of tree.nodes) {
    if (n.kind === 'single') {
      for (const o of n.options) for (const to of targetsOf(o.next)) lines.push(`  ${n.id} -->|${users ? safe(o.label[lang]).slice(0, 40) : o.id}| ${to}`);
    } else if (n.kind === 'branch') {
      n.next.forEach((r, i) => {
        const label = r.when ? (users ? '' : `route ${i + 1}`) : users ? WORDS.otherwise[lang] : 'otherwise';
        lines.push(label ? `  ${n.id} -->|${label}| ${r.to}` : `  ${n.id} --> ${r.to}`);
      });
    } else if (n.kind !== 'outcome') {
      for (const to of targetsOf(n.next)) lines.push(`  ${n.id} --> ${to}`);
    }
  }
  // Routes never leave their tree (the checker refuses it), so the chart is self-contained.
  return lines.join('\n') + '\n';
}
