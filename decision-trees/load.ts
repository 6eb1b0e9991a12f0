// Reads the YAML sources from disk (build time only: the worker ships the compiled JSON).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Catalogue, Flow, LawDates, type Tree } from './schema.ts';
import { parseTree, type CheckProblem } from './check.ts';
import { assembleBundle, type FlowBundle } from './bundle.ts';

export const ROOT = new URL('.', import.meta.url).pathname;

function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

/** Canonical JSON (sorted keys), so that the content hash does not depend on key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => v !== undefined && k !== '$schema')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function contentHash(b: Omit<FlowBundle, 'hash'>): string {
  return createHash('sha256').update(canonical({ flow: b.flow, trees: b.trees, catalogue: b.catalogue, law: b.law })).digest('hex');
}

export interface Loaded {
  bundles: FlowBundle[];
  trees: Map<string, Tree>;
  files: Record<string, string>;
  problems: CheckProblem[];
}

/** Loads every flow of a decision-trees folder with its trees, catalogue and legal dates. */
export function loadAll(root = ROOT): Loaded {
  const problems: CheckProblem[] = [];
  const files: Record<string, string> = {};
  const trees = new Map<string, Tree>();
  const treeDir = join(root, 'trees');
  for (const f of readdirSync(treeDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = `trees/${f}`;
    const { tree, problems: p } = parseTree(readYaml(join(treeDir, f)), file);
    problems.push(...p);
    if (tree) {
      trees.set(tree.id, tree);
      files[tree.id] = file;
    }
  }
  const law = parseOrReport(LawDates, join(root, 'law/dates.yaml'), 'law/dates.yaml', problems);
  const bundles: FlowBundle[] = [];
  const flowDir = join(root, 'flows');
  for (const f of existsSync(flowDir) ? readdirSync(flowDir).filter((f) => f.endsWith('.yaml')).sort() : []) {
    const flow = parseOrReport(Flow, join(flowDir, f), `flows/${f}`, problems);
    if (!flow || !law) continue;
    const catalogue = parseOrReport(Catalogue, join(root, 'catalogue', `${flow.catalogue}.yaml`), `catalogue/${flow.catalogue}.yaml`, problems);
    const missing = flow.trees.filter((id) => !trees.has(id));
    for (const id of missing) problems.push({ file: `flows/${f}`, rule: 'dangling_target', message: `tree "${id}" does not exist` });
    if (!catalogue || missing.length) continue;
    const base = assembleBundle(flow, flow.trees.map((id) => trees.get(id)!), catalogue, law);
    bundles.push({ ...base, hash: contentHash(base) });
  }
  return { bundles, trees, files, problems };
}

function parseOrReport<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, path: string, file: string, problems: CheckProblem[]): T | undefined {
  if (!existsSync(path)) {
    problems.push({ file, rule: 'dangling_target', message: 'file not found' });
    return undefined;
  }
  const raw = readYaml(path);
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  for (const i of r.error.issues) {
    const where = i.path.map(String).join('.');
    const last = String(i.path[i.path.length - 1]);
    // A missing language is named as such, at the nearest enclosing item with an id (an element, a field).
    if (last === 'fr' || last === 'de' || last === 'en') problems.push({ file, node: nearestId(raw, i.path), rule: 'missing_translation', message: `${where}: ${i.message}` });
    else problems.push({ file, rule: 'schema', message: `${where}: ${i.message}` });
  }
  return undefined;
}

/** The `id` of the innermost object along a path that has one, or the path's first key. */
function nearestId(raw: unknown, path: PropertyKey[]): string | undefined {
  let at: unknown = raw;
  let found: string | undefined = path.length ? String(path[0]) : undefined;
  for (const key of path) {
    if (!at || typeof at !== 'object') break;
    at = (at as Record<PropertyKey, unknown>)[key];
    const id = at && typeof at === 'object' ? (at as { id?: unknown }).id : undefined;
    if (typeof id === 'string') found = id;
  }
  return found;
}
