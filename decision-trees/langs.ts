// The languages of every text of the product, defined once: trees, API, web app and reports read them
// from here. Imports nothing, so that the web app can use it without the schema library.
export const LANGS = ['fr', 'de', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const LANG_NAMES: Record<Lang, string> = { fr: 'Français', de: 'Deutsch', en: 'English' };
