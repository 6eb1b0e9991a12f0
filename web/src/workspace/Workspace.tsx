// The workspace pages, in the same app: sign-in, the portfolio, the review queue, members, and one
// assessment with its review, comments and audit trail. Each page is its own address (a plain link
// between them), read fresh from the API; changes are sent with the session cookie.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { STRINGS, type Lang } from '../i18n/index.tsx';
import { LangSelect } from '../app/LangSelect.tsx';
import { ROLE_WORDS } from '../../../worker/workspace/role-words.ts';
import { loadWorkspaceStrings, type WorkspaceStrings } from './strings.ts';
import { workspaceApi, type Me, type WorkspaceApi } from './api.ts';
import { Portfolio } from './Portfolio.tsx';
import { Members } from './Members.tsx';
import { AssessmentPage } from './AssessmentPage.tsx';

export interface PageProps {
  api: WorkspaceApi;
  me: Me & { signedIn: true; user: NonNullable<Me['user']>; organisation: NonNullable<Me['organisation']> };
  lang: Lang;
  w: WorkspaceStrings;
}

type Route = { page: 'portfolio' } | { page: 'queue' } | { page: 'members' } | { page: 'assessment'; id: string };

export function route(path: string): Route | null {
  if (path === '/workspace' || path === '/workspace/') return { page: 'portfolio' };
  if (path === '/workspace/review') return { page: 'queue' };
  if (path === '/workspace/members') return { page: 'members' };
  const m = /^\/workspace\/a\/([0-9a-f]{32})$/.exec(path);
  return m ? { page: 'assessment', id: m[1]! } : null;
}

export function Workspace({ lang: initial, onLang }: { lang: Lang; onLang: (l: Lang) => void }) {
  const api = useMemo(() => workspaceApi(), []);
  const [lang, setLang] = useState(initial);
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const main = useRef<HTMLElement>(null);
  const [w, setW] = useState<WorkspaceStrings | null>(null);
  const [wordsFailed, setWordsFailed] = useState(false);
  const t = STRINGS[lang];
  // One language's words at a time; the page keeps the last ones until the next have come.
  useEffect(() => {
    let current = true;
    setWordsFailed(false);
    loadWorkspaceStrings(lang).then(
      (s) => current && setW(s),
      () => current && setWordsFailed(true),
    );
    return () => {
      current = false;
    };
  }, [lang]);
  const where = route(location.pathname) ?? { page: 'portfolio' };
  useEffect(() => {
    api.me().then(setMe, () => setMe(null));
  }, []);
  const here = `${location.pathname}${location.search}`;
  const signedIn = me?.signedIn && me.user && me.organisation ? (me as PageProps['me']) : null;
  if (!w)
    return (
      <div class="app workspace" lang={lang} aria-busy={!wordsFailed}>
        {wordsFailed && (
          <p class="error" role="alert">
            {t.errorGeneric}
          </p>
        )}
      </div>
    );

  const link = (href: string, label: string, current: boolean) => (
    <a href={href} aria-current={current ? 'page' : undefined}>
      {label}
    </a>
  );
  let body: ComponentChildren;
  if (me === undefined) body = <p>{w.loading}</p>;
  else if (me === null) body = <p class="error" role="alert">{w.failed}</p>;
  else if (!signedIn)
    body = (
      <section aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">{w.signIn}</h2>
        {me.mode === 'off' ? (
          <p>{w.signInOff}</p>
        ) : (
          <>
            <p>{w.signInIntro}</p>
            {me.mode === 'local' && <p class="notice">{w.signInLocal}</p>}
            <p>
              <a class="button primary" href={`/auth/sign-in?return=${encodeURIComponent(here)}&lang=${lang}`}>
                {w.signIn}
              </a>
            </p>
          </>
        )}
      </section>
    );
  else {
    const props: PageProps = { api, me: signedIn, lang, w };
    body =
      where.page === 'members' ? <Members {...props} /> : where.page === 'assessment' ? <AssessmentPage {...props} id={where.id} /> : <Portfolio {...props} queue={where.page === 'queue'} />;
  }

  return (
    <div class="app workspace" lang={lang}>
      <button type="button" class="skip-link" onClick={() => main.current?.focus()}>
        {t.skipToContent}
      </button>
      <header class="app-header">
        <h1>
          {w.title}
          {signedIn ? ` — ${signedIn.organisation.name}` : ''}
        </h1>
        <LangSelect
          lang={lang}
          onChange={(l) => {
            setLang(l);
            onLang(l);
          }}
        />
      </header>
      {signedIn && (
        <div class="session-bar">
          <p>{w.signedInAs(signedIn.user.name, ROLE_WORDS[lang][signedIn.user.role], signedIn.organisation.name)}</p>
          <form method="post" action="/auth/sign-out">
            <button type="submit" class="secondary">
              {w.signOut}
            </button>
          </form>
        </div>
      )}
      <nav aria-label={w.nav}>
        <ul class="nav-list">
          {signedIn && <li>{link('/workspace', w.portfolio, where.page === 'portfolio')}</li>}
          {signedIn && <li>{link('/workspace/review', w.reviewQueue, where.page === 'queue')}</li>}
          {signedIn && <li>{link('/workspace/members', w.members, where.page === 'members')}</li>}
          <li>{link(`/?lang=${lang}`, w.questionnaire, false)}</li>
          <li>{link(`/register?lang=${lang}`, w.publicRegister, false)}</li>
        </ul>
      </nav>
      <main ref={main} id="main-content" tabIndex={-1}>
        {body}
      </main>
      <footer class="app-footer">
        <a href={`/accessibility/${lang}.html`}>{t.accessibility}</a> · <a href="/api/docs">{t.apiDocs}</a>
      </footer>
    </div>
  );
}

/** A failed call's reasons, in the user's language (the API words them). */
export function reasonOf(e: unknown, w: WorkspaceStrings): string {
  const p = (e as { problem?: { detail?: string; 'invalid-params'?: { reason: string }[] } | null }).problem;
  const reasons = p?.['invalid-params']?.map((x) => x.reason) ?? [];
  return [p?.detail, ...reasons].filter(Boolean).join(' ') || w.failed;
}
