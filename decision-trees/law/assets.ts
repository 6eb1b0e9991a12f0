// The texts the web app shows beside a question or a duty, written at build time as static assets
// (web/public/law, served from /law/): one excerpts file per language holding exactly the provisions
// the current flows cite, and the guidelines as a page of their own, readable without JavaScript.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from '../schema.ts';
import { citationLabel, citationUrl, tryParseCitation } from '../citations.ts';
import { sectionId, sectionText } from './guidelines.ts';
import type { LawTexts } from './texts.ts';

/** One excerpt: the provision's own text; `lang` says which language it is in (the guidelines exist in French only). */
export interface Excerpt {
  label: string;
  url: string | null;
  title: string;
  text: string;
  lang: Lang;
}
export type Excerpts = Record<string, Excerpt>;

export function excerptsFor(texts: LawTexts, refs: Iterable<string>, lang: Lang): Excerpts {
  const out: Excerpts = {};
  for (const ref of [...refs].sort()) {
    const c = tryParseCitation(ref);
    if (!c) continue;
    const base = { label: citationLabel(c, lang), url: citationUrl(c, lang) };
    if (c.kind === 'guidelines') {
      const s = sectionText(texts.guidelines, sectionId(c.section, c.heading));
      if (s) out[ref] = { ...base, title: s.title, text: s.paragraphs.join('\n'), lang: 'fr' };
      continue;
    }
    const x = texts.aiAct[lang].excerpt(c);
    if (x) out[ref] = { ...base, title: x.title, text: x.text, lang };
  }
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The guidelines as one page, each section and part with the anchor citations link to. */
export function guidelinesPage(texts: LawTexts): string {
  const g = texts.guidelines;
  const body = g.sections
    .map((s) => {
      const h = s.heading ? 'h3' : 'h2';
      const title = s.heading ? s.title : `${s.number}. ${s.title}`;
      const paragraphs = s.paragraphs;
      return `<section id="${s.id}"><${h}>${esc(title)}</${h}>${paragraphs.map((p) => (p.includes('\t') ? `<p class="row">${p.split('\t').map(esc).join(' — ')}</p>` : `<p>${esc(p.replace(/^- /, '• '))}</p>`)).join('')}</section>`;
    })
    .join('\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(g.title)}</title><link rel="stylesheet" href="/law/law.css"></head><body><main><h1>${esc(g.title)}</h1><p class="source">Texte des lignes directrices tel que l’outil l’utilise (importé le ${esc(g.source.importedOn)}, empreinte SHA-256 ${esc(g.source.sha256.slice(0, 16))}…).</p>\n${body}\n<p class="source"><a href="/accessibility/fr.html">Déclaration d’accessibilité</a> · <a href="/">Auto-évaluation d’un cas d’usage d’IA</a></p></main></body></html>\n`;
}

const CSS = `body{font:16px/1.55 system-ui,sans-serif;color:#1a1a1a;max-width:46rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #767676}h3{font-size:1.1rem;margin-top:1.5rem}section:target{outline:3px solid #0b4f8a;outline-offset:.5rem}.source{color:#444;font-size:.9rem}.row{margin:.2rem 0}\n`;

export function writeLawAssets(dir: string, texts: LawTexts, refs: Iterable<string>): { files: string[]; excerpts: number } {
  mkdirSync(dir, { recursive: true });
  const list = [...refs];
  const files: string[] = [];
  let excerpts = 0;
  for (const lang of LANGS) {
    const x = excerptsFor(texts, list, lang);
    excerpts = Math.max(excerpts, Object.keys(x).length);
    writeFileSync(join(dir, `excerpts-${lang}.json`), JSON.stringify(x));
    files.push(`excerpts-${lang}.json`);
  }
  writeFileSync(join(dir, 'guidelines.html'), guidelinesPage(texts));
  writeFileSync(join(dir, 'law.css'), CSS);
  files.push('guidelines.html', 'law.css');
  return { files, excerpts };
}

