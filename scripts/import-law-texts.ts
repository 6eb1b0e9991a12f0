// Re-imports the legal texts the product ships (decision-trees/law/texts), so that an update is one
// command and a reviewed diff:
//
//   npx tsx scripts/import-law-texts.ts ai-act --from <checkout of saidbazyar/eu-ai-act-corpus> [--commit <sha>]
//   npx tsx scripts/import-law-texts.ts guidelines --from decision-trees/law/texts/guidelines/lignes-directrices-ia-administration-centrale.txt
//
// `--to <dir>` writes elsewhere (the tests use it). The AI Act import keeps the provisions listed in
// law/texts/ai-act/manifest.json (every article's title, the bodies, recitals and annex sections the
// trees cite) and normalises white space inside each line; it refuses an entry the upstream lacks.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LANGS } from '../decision-trees/schema.ts';
import { splitGuidelines, type GuidelinesFile } from '../decision-trees/law/guidelines.ts';
import { TEXTS_ROOT } from '../decision-trees/law/texts.ts';

interface Manifest {
  upstream: { repository: string; commit: string };
  articles: number[];
  recitals: number[];
  annexes: string[];
}
type Entry = Record<string, unknown>;

/** White space collapsed inside each line, lines kept: the line breaks carry the points' structure. */
export const normalise = (text: string) => text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).join('\n').trim();

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function upstreamCommit(from: string, given: string | undefined): string {
  if (given) return given;
  try {
    return execFileSync('git', ['-C', from, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`${from} is not a git checkout: say which upstream commit it is with --commit <sha>`);
  }
}

export function importAiAct(from: string, to: string, commit: string): string[] {
  const manifestPath = join(to, 'ai-act', 'manifest.json');
  const manifest = readJson<Manifest>(existsSync(manifestPath) ? manifestPath : join(TEXTS_ROOT, 'ai-act', 'manifest.json'));
  const written: string[] = [];
  for (const lang of LANGS) {
    const header = (file: string, upstream: { regulation: { name: string; celex: string } }) => ({
      language: lang,
      regulation: { name: upstream.regulation.name, celex: upstream.regulation.celex },
      upstream: { repository: manifest.upstream.repository, path: `data/${lang}/${file}.json`, commit },
    });
    const load = (file: string) => {
      const path = join(from, 'data', lang, `${file}.json`);
      if (!existsSync(path)) throw new Error(`${path} is missing: is --from a checkout of ${manifest.upstream.repository}?`);
      return readJson<{ regulation: { name: string; celex: string } } & Record<string, Entry[]>>(path);
    };
    const missing = (what: string) => new Error(`${lang}: the upstream has no ${what}, which the manifest keeps`);

    const articles = load('articles');
    const withBody = new Set(manifest.articles);
    const keptArticles = articles.articles!.map((a) => {
      const out: Entry = { article_number: a.article_number, title: normalise(String(a.title)) };
      if (withBody.has(Number(a.article_number))) {
        if (typeof a.body !== 'string') throw missing(`body for Article ${a.article_number}`);
        out.body = normalise(a.body);
      }
      out.source_url = a.source_url;
      return out;
    });
    for (const n of withBody) if (!articles.articles!.some((a) => a.article_number === n)) throw missing(`Article ${n}`);

    const recitals = load('recitals');
    const keptRecitals = manifest.recitals.map((n) => {
      const r = recitals.recitals!.find((x) => x.recital_number === n);
      if (!r) throw missing(`recital ${n}`);
      return { recital_number: n, body: normalise(String(r.body)), source_url: r.source_url };
    });

    const annexes = load('annexes');
    const keptAnnexes = manifest.annexes.map((key) => {
      const [roman, section] = key.split('/');
      const x = annexes.annexes!.find((a) => a.annex_roman === roman && String(a.section_number) === section);
      if (!x) throw missing(`Annex ${key}`);
      return { annex_roman: roman, section_number: section, title: normalise(String(x.title)), body: normalise(String(x.body)), source_url: x.source_url };
    });

    const dir = join(to, 'ai-act', lang);
    mkdirSync(dir, { recursive: true });
    for (const [file, key, list, upstream] of [
      ['articles', 'articles', keptArticles, articles],
      ['recitals', 'recitals', keptRecitals, recitals],
      ['annexes', 'annexes', keptAnnexes, annexes],
    ] as const) {
      writeFileSync(join(dir, `${file}.json`), json({ ...header(file, upstream), [key]: list }));
      written.push(join(dir, `${file}.json`));
    }
  }
  return written;
}

export function importGuidelines(from: string, to: string, importedOn: string): string {
  const text = readFileSync(from, 'utf8');
  const split = splitGuidelines(text);
  const file: GuidelinesFile = {
    title: split.title,
    source: { file: 'lignes-directrices-ia-administration-centrale.txt', sha256: createHash('sha256').update(text).digest('hex'), importedOn },
    sections: split.sections,
  };
  mkdirSync(join(to, 'guidelines'), { recursive: true });
  const out = join(to, 'guidelines', 'fr.json');
  writeFileSync(out, json(file));
  return out;
}

function main(argv: string[]): void {
  const [what] = argv;
  const opt = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i > 0 ? argv[i + 1] : undefined;
  };
  const from = opt('from');
  const to = resolve(opt('to') ?? TEXTS_ROOT);
  if (!from || (what !== 'ai-act' && what !== 'guidelines')) {
    console.error('usage: import-law-texts.ts ai-act --from <corpus checkout> [--commit <sha>] | guidelines --from <text file> [--to <dir>]');
    process.exit(2);
  }
  const written = what === 'ai-act' ? importAiAct(resolve(from), to, upstreamCommit(from, opt('commit'))) : [importGuidelines(resolve(from), to, opt('date') ?? new Date().toISOString().slice(0, 10))];
  for (const f of written) console.log(`wrote ${relative(process.cwd(), f)}`);
  console.log('Review the diff (git diff decision-trees/law/texts), then run npm run build:trees: the checker resolves every citation against the new text.');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
