// Loads the shipped legal texts (law/texts) for the build and the tests: the AI Act in the three
// languages, the national guidelines, and the article counts of the other instruments cited.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from '../schema.ts';
import { AiActText, type AiActTexts } from './provisions.ts';
import { resolveGuidelines, type GuidelinesFile } from './guidelines.ts';
import type { Citation } from '../citations.ts';
import type { CitationResolver } from '../check-content.ts';

export const TEXTS_ROOT = new URL('./texts/', import.meta.url).pathname;

export interface LawTexts {
  aiAct: Record<Lang, AiActText>;
  guidelines: GuidelinesFile;
  otherActs: Record<string, { name: string; articles: number }>;
}

const read = <T>(...parts: string[]): T => JSON.parse(readFileSync(join(...parts), 'utf8')) as T;

export function loadLawTexts(root = TEXTS_ROOT): LawTexts {
  const aiAct = Object.fromEntries(
    LANGS.map((lang) => {
      const files: AiActTexts = { articles: read(root, 'ai-act', lang, 'articles.json'), recitals: read(root, 'ai-act', lang, 'recitals.json'), annexes: read(root, 'ai-act', lang, 'annexes.json') };
      return [lang, new AiActText(files, lang)];
    }),
  ) as Record<Lang, AiActText>;
  return { aiAct, guidelines: read(root, 'guidelines', 'fr.json'), otherActs: read<{ acts: LawTexts['otherActs'] }>(root, 'other-acts.json').acts };
}

/**
 * The checker's resolver: an AI Act reference must exist in the shipped text in every language (the
 * three are parsed on their own, so a provision one of them lacks is caught), a guidelines reference
 * must name a shipped section, and an article of another instrument must exist.
 */
export function resolverFor(texts: LawTexts): CitationResolver {
  return (c: Citation) => {
    if (c.kind === 'guidelines') return resolveGuidelines(texts.guidelines, c);
    if (!('act' in c)) return null;
    if (c.act === 'ai_act') {
      for (const lang of LANGS) {
        const why = texts.aiAct[lang].resolve(c);
        if (why) return lang === 'en' ? why : `${why} (${lang} text)`;
      }
      return null;
    }
    const other = texts.otherActs[c.act];
    if (other && c.kind === 'article') {
      for (const n of c.articleTo ? [c.article, c.articleTo] : [c.article]) if (n < 1 || n > other.articles) return `${other.name} has no Article ${n} (it has ${other.articles})`;
    }
    return null;
  };
}
