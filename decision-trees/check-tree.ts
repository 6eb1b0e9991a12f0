// `npx tsx decision-trees/check-tree.ts trees/NAME.yaml`: checks one tree on its own, as a one-tree flow,
// and prints its problems (file, node, rule) or its question and path counts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkFlow, formatProblem, parseTree } from './check.ts';
import { loadAll, ROOT } from './load.ts';
import { singleTreeBundle, indexFlow, isQuestion } from './bundle.ts';
import { countPaths } from './graph.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: check-tree.ts trees/NAME.yaml');
const { tree, problems } = parseTree(parse(readFileSync(join(ROOT, file), 'utf8')), file);
const base = loadAll();
const catalogue = base.bundles[0]?.catalogue;
let all = problems;
if (tree) {
  const law = (parse(readFileSync(join(ROOT, 'law/dates.yaml'), 'utf8')) as never);
  const b = singleTreeBundle(tree, { catalogue: catalogue ?? (parse(readFileSync(join(ROOT, 'catalogue/ctie.yaml'), 'utf8')) as never), law });
  all = [...problems, ...checkFlow(b, { [tree.id]: file })];
  if (!all.length) {
    const index = indexFlow(b);
    console.log(`${file}: ok — ${tree.nodes.filter(isQuestion).length} questions, ${countPaths(index, tree.start)} structural paths`);
  }
}
for (const p of all) console.error(formatProblem(p));
process.exit(all.length ? 1 : 0);
