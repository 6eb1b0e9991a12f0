// The UI's languages and strings, given to every component through one context.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { LANGS, LANG_NAMES, type Lang } from '../../../decision-trees/langs.ts';
import type { Strings } from './strings.ts';
import { fr } from './fr.ts';
import { de } from './de.ts';
import { en } from './en.ts';

export { LANGS, LANG_NAMES, type Lang, type Strings };
export const STRINGS: Record<Lang, Strings> = { fr, de, en };

/** The host page's language: an explicit attribute, else the document's lang, else French. */
export function pickLang(...candidates: (string | null | undefined)[]): Lang {
  for (const c of candidates) {
    const two = (c ?? '').slice(0, 2).toLowerCase();
    if ((LANGS as readonly string[]).includes(two)) return two as Lang;
  }
  return 'fr';
}

export { formatDate } from '../../../decision-trees/views.ts';

const I18n = createContext<{ lang: Lang; t: Strings }>({ lang: 'fr', t: fr });

export function I18nProvider({ lang, children }: { lang: Lang; children: ComponentChildren }) {
  return <I18n.Provider value={{ lang, t: STRINGS[lang] }}>{children}</I18n.Provider>;
}

/** The current language and its strings. */
export const useI18n = () => useContext(I18n);
