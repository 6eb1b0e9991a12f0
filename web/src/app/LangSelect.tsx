// The language choice in a page header: the questionnaire's and the workspace's.
import { LANGS, LANG_NAMES, STRINGS, type Lang } from '../i18n/index.tsx';

export function LangSelect({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  return (
    <div class="lang-switch">
      <label for="lang-select">{STRINGS[lang].language}</label>
      <select id="lang-select" value={lang} onChange={(ev) => onChange((ev.target as HTMLSelectElement).value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
