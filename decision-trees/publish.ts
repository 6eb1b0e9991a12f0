// `npm run publish:flow`: freezes the current flow versions in published/, so that assessments
// started on them stay loadable after the trees change (a change then needs a new version).
import { loadAll } from './load.ts';
import { checkFlow, formatProblem } from './check.ts';
import { publish } from './published.ts';

const loaded = loadAll();
const problems = [...loaded.problems, ...loaded.bundles.flatMap((b) => checkFlow(b, loaded.files))];
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
const written = publish(loaded.bundles);
console.log(written.length ? `published: ${written.join(', ')}` : 'every current version is already published');
