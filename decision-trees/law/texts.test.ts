// The shipped legal texts: the import script reproduces them from the upstream layout, the three
// languages agree on the structure of every shipped provision, and the guidelines split into the
// sections the trees cite.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importAiAct, importGuidelines, normalise } from '../../scripts/import-law-texts.ts';
import { TEXTS_ROOT, loadLawTexts } from './texts.ts';
import { parseArticleBody, type ArticlesFile } from './provisions.ts';
import { splitGuidelines } from './guidelines.ts';
import { LANGS } from '../schema.ts';

const read = (...p: string[]) => readFileSync(join(...p), 'utf8');

/** An upstream checkout rebuilt from the shipped files, with the upstream's extra fields and loose white space. */
function fakeUpstream(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  for (const lang of LANGS) {
    mkdirSync(join(dir, 'data', lang), { recursive: true });
    for (const file of ['articles', 'recitals', 'annexes']) {
      const shipped = JSON.parse(read(TEXTS_ROOT, 'ai-act', lang, `${file}.json`));
      const list = shipped[file].map((e: Record<string, unknown>) => (typeof e.body === 'string' ? { ...e, body: (e.body as string).replace(/ /g, '  ').replace(/\n/g, ' \n') } : e));
      writeFileSync(join(dir, 'data', lang, `${file}.json`), JSON.stringify({ language: lang, language_name: lang, regulation: { ...shipped.regulation, short: 'EU AI Act' }, count: list.length, [file]: list }));
    }
  }
  return dir;
}

describe('the shipped legal texts', () => {
  it('the import script reproduces the shipped AI Act files from the upstream layout, byte for byte', () => {
    const to = mkdtempSync(join(tmpdir(), 'texts-'));
    mkdirSync(join(to, 'ai-act'), { recursive: true });
    cpSync(join(TEXTS_ROOT, 'ai-act', 'manifest.json'), join(to, 'ai-act', 'manifest.json'));
    const written = importAiAct(fakeUpstream(), to, 'a5ccb0db7e96583d732e37625748aa1dc3cc5b8c');
    expect(written).toHaveLength(9);
    for (const lang of LANGS) for (const file of ['articles', 'recitals', 'annexes']) expect(read(to, 'ai-act', lang, `${file}.json`)).toBe(read(TEXTS_ROOT, 'ai-act', lang, `${file}.json`));
  });

  it('the import refuses a manifest entry the upstream lacks', () => {
    const to = mkdtempSync(join(tmpdir(), 'texts-'));
    mkdirSync(join(to, 'ai-act'), { recursive: true });
    const manifest = JSON.parse(read(TEXTS_ROOT, 'ai-act', 'manifest.json'));
    writeFileSync(join(to, 'ai-act', 'manifest.json'), JSON.stringify({ ...manifest, recitals: [...manifest.recitals, 9999] }));
    expect(() => importAiAct(fakeUpstream(), to, 'x')).toThrow(/no recital 9999/);
  });

  it('white space is collapsed inside lines and the lines, which carry the points, are kept', () => {
    expect(normalise('  1. The  following\u00a0practices:\n(a)\n  text ')).toBe('1. The following practices:\n(a)\ntext');
  });

  it('the three languages agree on the paragraphs, subparagraphs and points of every shipped article', () => {
    const shape = (lang: (typeof LANGS)[number]) => {
      const file = JSON.parse(read(TEXTS_ROOT, 'ai-act', lang, 'articles.json')) as ArticlesFile;
      return Object.fromEntries(
        file.articles.filter((a) => a.body).map((a) => [a.article_number, parseArticleBody(a.body!, lang).map((p) => ({ n: p.number, subs: p.subparagraphs.map((s) => s.points.map((x) => [x.id, x.children.map((c) => c.id)])) }))]),
      );
    };
    const en = shape('en');
    expect(Object.keys(en)).toHaveLength(26);
    // Art 113 carries the Official Journal's footnotes in some languages; the structure up to them agrees.
    for (const lang of ['fr', 'de'] as const) {
      const other = shape(lang);
      for (const n of Object.keys(en)) if (n !== '113') expect([lang, n, other[n]]).toEqual([lang, n, en[n]]);
    }
  });

  it('every article of the Regulation has its title in each language', () => {
    const texts = loadLawTexts();
    for (const lang of LANGS) for (let n = 1; n <= 113; n++) expect(texts.aiAct[lang].title(n), `${lang} Art ${n}`).toBeTruthy();
  });

  it('the guidelines split into the sections the trees cite, and a changed text that loses a heading is refused', () => {
    const text = read(TEXTS_ROOT, 'guidelines', 'lignes-directrices-ia-administration-centrale.txt');
    const split = splitGuidelines(text);
    expect(split.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['section-1', 'section-4-transparence', 'section-4-vie-privee', 'section-4-equite', 'section-4-bien-etre', 'section-4-contacts', 'section-3-risques']));
    expect(split.sections.find((s) => s.id === 'section-4-vie-privee')!.paragraphs.join('\n')).toContain('Copilot');
    expect(() => splitGuidelines(text.replace('- **Transparence**', '- Transparence'))).toThrow(/Transparence/);
    const to = mkdtempSync(join(tmpdir(), 'texts-'));
    const out = importGuidelines(join(TEXTS_ROOT, 'guidelines', 'lignes-directrices-ia-administration-centrale.txt'), to, '2026-12-01');
    expect(read(out)).toBe(read(TEXTS_ROOT, 'guidelines', 'fr.json'));
  });
});
