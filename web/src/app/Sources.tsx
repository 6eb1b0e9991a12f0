// Legal sources, linked where the source has a public address.
import type { Strings } from '../i18n/index.ts';

const LINKS: [RegExp, string][] = [
  [/^AI Act/, 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj'],
  [/^GDPR/, 'https://eur-lex.europa.eu/eli/reg/2016/679/oj'],
  [/2026\/1744/, 'https://eur-lex.europa.eu/eli/reg/2026/1744/oj'],
];

export function Sources({ t, sources, id }: { t: Strings; sources: string[]; id?: string }) {
  return (
    <p class="source" id={id}>
      <span class="source-label">{t.source}: </span>
      {sources.map((s, i) => {
        const href = LINKS.find(([re]) => re.test(s))?.[1];
        return (
          <span key={s}>
            {i > 0 && '; '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {s}
              </a>
            ) : (
              s
            )}
          </span>
        );
      })}
    </p>
  );
}
