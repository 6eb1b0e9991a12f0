import type { Strings } from './strings.ts';
import { fr } from './fr.ts';
import { de } from './de.ts';
import { en } from './en.ts';

export type Lang = 'fr' | 'de' | 'en';
export const LANGS: Lang[] = ['fr', 'de', 'en'];
export const LANG_NAMES: Record<Lang, string> = { fr: 'Français', de: 'Deutsch', en: 'English' };
export const STRINGS: Record<Lang, Strings> = { fr, de, en };
export type { Strings };

/** The host page's language: an explicit attribute, else the document's lang, else French. */
export function pickLang(...candidates: (string | null | undefined)[]): Lang {
  for (const c of candidates) {
    const two = (c ?? '').slice(0, 2).toLowerCase();
    if ((LANGS as string[]).includes(two)) return two as Lang;
  }
  return 'fr';
}

export { formatDate } from '../../../decision-trees/views.ts';
