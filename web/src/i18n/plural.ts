// Plural forms by the language's own rules (Intl.PluralRules), so that no screen says "1 réponse(s)".
import type { Lang } from '../../../decision-trees/langs.ts';

export function plural(lang: Lang, n: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(lang).select(n) === 'one' ? forms.one : forms.other;
}
