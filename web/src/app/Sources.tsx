// Legal sources in the user's language, each linked to the provision (EUR-Lex, the guidelines' page),
// and the provision's own text on demand: the cited paragraph or point, loaded from the static
// excerpts file of the language (/law/excerpts-<lang>.json) the first time one is opened.
import { useState } from 'preact/hooks';
import { useI18n, type Lang } from '../i18n/index.tsx';
import type { Citation } from '../lib/types.ts';

interface Excerpt {
  title: string;
  text: string;
  lang: Lang;
}

const loaded = new Map<string, Promise<Record<string, Excerpt>>>();

/** One fetch per language and API origin, shared by every source on the page. */
function excerpts(base: string, lang: Lang): Promise<Record<string, Excerpt>> {
  const key = `${base}|${lang}`;
  if (!loaded.has(key)) {
    loaded.set(
      key,
      fetch(`${base}/law/excerpts-${lang}.json`).then(
        (r) => (r.ok ? (r.json() as Promise<Record<string, Excerpt>>) : {}),
        () => ({}),
      ),
    );
  }
  return loaded.get(key)!;
}

function Provision({ c, base }: { c: Citation; base: string }) {
  const { t, lang } = useI18n();
  const [excerpt, setExcerpt] = useState<Excerpt | null | undefined>(undefined);
  const open = (e: Event) => {
    if ((e.currentTarget as HTMLDetailsElement).open && excerpt === undefined) void excerpts(base, lang).then((all) => setExcerpt(all[c.ref] ?? null));
  };
  return (
    <details class="provision" onToggle={open}>
      <summary>{t.readRule(c.label)}</summary>
      {excerpt === undefined ? (
        <p class="hint">{t.ruleLoading}</p>
      ) : excerpt === null ? (
        <p class="hint">{t.ruleUnavailable}</p>
      ) : (
        <blockquote lang={excerpt.lang} cite={c.url ?? undefined}>
          {excerpt.title && <p class="provision-title">{excerpt.title}</p>}
          {excerpt.text.split('\n').map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          {excerpt.lang !== lang && <p class="hint">{t.frenchOnly}</p>}
        </blockquote>
      )}
      {c.url && (
        <p>
          <a href={absolute(c.url, base)} target="_blank" rel="noopener noreferrer">
            {t.openSource}: {c.label}
          </a>
        </p>
      )}
    </details>
  );
}

/** The product's own pages (/law/…) live with the API; EUR-Lex links are absolute already. */
const absolute = (url: string, base: string) => (url.startsWith('/') ? `${base}${url}` : url);

/** Which sources have their text shipped: the AI Act and the guidelines. */
const hasText = (c: Citation) => /^(AI Act|Guidelines) /.test(c.ref);

export function Sources({ sources, base, id }: { sources: Citation[]; base: string; id?: string }) {
  const { t } = useI18n();
  if (!sources.length) return null;
  return (
    <div class="sources" id={id}>
      <p class="source">
        <span class="source-label">{t.sources} </span>
        {sources.map((c, i) => (
          <span key={c.ref}>
            {i > 0 && '; '}
            {c.url ? (
              <a href={absolute(c.url, base)} target="_blank" rel="noopener noreferrer">
                {c.label}
              </a>
            ) : (
              c.label
            )}
          </span>
        ))}
      </p>
      {sources.filter(hasText).map((c) => (
        <Provision key={c.ref} c={c} base={base} />
      ))}
    </div>
  );
}
