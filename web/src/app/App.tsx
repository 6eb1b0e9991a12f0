// The walkthrough's frame: header and language, the start page, one question at a time with honest
// progress, the result, the answers, and a footer with the accessibility statement. Used as the full
// page, inside the /embed iframe and inside the <ai-act-assessment> widget.
import { useEffect, useRef, useState } from 'preact/hooks';
import { I18nProvider, STRINGS, formatDate, useI18n, type Lang } from '../i18n/index.tsx';
import type { Session } from '../lib/api.ts';
import type { AssessmentState, QuestionView, Result as ResultData } from '../lib/types.ts';
import { useAssessment } from './useAssessment.ts';
import { Question } from './Question.tsx';
import { Progress, questionCaption } from './Progress.tsx';
import { Answers } from './Answers.tsx';
import { Result } from './Result.tsx';
import { Diagram } from './Diagram.tsx';
import { Downloads } from './Downloads.tsx';
import { StartScreen } from './StartScreen.tsx';
import { LangSelect } from './LangSelect.tsx';
import type { Boot } from './boot.ts';
import type { Comment as ReviewComment } from '../../../worker/workspace/schemas.ts';

export interface AppProps {
  /** API origin; empty for the same origin. */
  apiBase: string;
  lang: Lang;
  flow?: string;
  /** A share id: read-only view. */
  shareId?: string;
  /** A session handed over by an edit link. */
  handedOver?: Session | null;
  /** Called once each time the assessment becomes complete, with the full result. */
  onComplete?: (result: ResultData, state: AssessmentState) => void;
  /** Called when the language changes from inside the app. */
  onLang?: (lang: Lang) => void;
  /** What the server-rendered page holds, to hydrate it (boot.ts). */
  boot?: Boot | null;
  /** An assessment of the signed-in member's workspace (its id): answered with the session. */
  member?: string;
}

export function App(props: AppProps) {
  const { ui, act, links, formFields, readOnly, comments } = useAssessment(props);
  const { lang, state } = ui;
  const t = STRINGS[lang];
  const main = useRef<HTMLElement>(null);
  const [diagram, setDiagram] = useState(false);
  const [announce, setAnnounce] = useState('');
  const base = props.apiBase.replace(/\/$/, '');
  const e = state?.evaluation;

  // Screen readers hear each new question or the result.
  useEffect(() => {
    if (!e || !ui.interacted) return;
    if (e.complete && e.result) setAnnounce(t.announceResult);
    else if (e.next && !ui.editing) setAnnounce(t.announceQuestion(e.path.length + 1, e.next.text));
  }, [e?.next?.id, e?.complete, state?.meta.updatedAt, lang]);

  const downloads = state ? <Downloads state={state} readOnly={readOnly} inWorkspace={Boolean(props.member)} reportUrl={act.reportUrl} links={links} onStartAgain={act.startAgain} /> : null;

  return (
    <I18nProvider lang={lang}>
      <div class="app" lang={lang}>
        {/* A button, not a #fragment link: inside the widget's shadow root a fragment would move the host page. */}
        <button type="button" class="skip-link" onClick={() => main.current?.focus()}>
          {t.skipToContent}
        </button>
        <header class="app-header">
          <h1>{t.appTitle}</h1>
          <LangSelect lang={lang} onChange={act.setLang} />
        </header>
        <p class="visually-hidden" aria-live="polite" aria-atomic="true">
          {announce}
        </p>
        <main ref={main} id="main-content" tabIndex={-1}>
          {ui.phase === 'loading' && <p>{t.loading}</p>}
          {ui.notice && (
            <p class="notice" role="status">
              {ui.notice}
            </p>
          )}
          {ui.error && (
            <div class="error" role="alert">
              <p>{ui.error}</p>
              {ui.phase === 'error' && (
                <button type="button" class="primary" onClick={() => location.reload()}>
                  {t.retry}
                </button>
              )}
            </div>
          )}
          {ui.phase === 'start' && <StartScreen first={ui.first} config={ui.config} base={base} busy={ui.busy} formFields={formFields} onStart={act.start} onDraft={act.loadDraft} />}
          {ui.phase === 'ready' && state && e && (
            <>
              {readOnly && <p class="notice">{t.readOnly}</p>}
              {props.member && (
                <p>
                  <a href={`${base}/workspace/a/${props.member}`}>{t.backToReview}</a>
                </p>
              )}
              {state.newerVersion && !readOnly && (
                <p class="notice">
                  {t.newerVersion(state.newerVersion)}{' '}
                  <button type="button" class="link-button" onClick={act.migrate}>
                    {t.migrate}
                  </button>
                </p>
              )}
              {!e.complete && <Progress percent={ui.percentShown} />}
              {props.member && (ui.editing ?? e.next?.id) && <ReviewComments all={comments} question={(ui.editing ?? e.next?.id)!} reviewHref={`${base}/workspace/a/${props.member}#q-${ui.editing ?? e.next?.id}`} />}
              {ui.editing ? (
                <EditQuestion id={ui.editing} state={state} base={base} busy={ui.busy} load={act.questionBefore} onSubmit={act.answer} onCancel={() => act.edit(null)} />
              ) : e.next && !readOnly ? (
                <Question
                  key={e.next.id}
                  q={e.next}
                  base={base}
                  heading={questionCaption(t, e)}
                  initial={state.answers[e.next.id] ?? state.setAside[e.next.id]}
                  busy={ui.busy}
                  canGoBack={e.path.length > 0}
                  editing={false}
                  autoFocus={ui.interacted}
                  formFields={formFields}
                  onSubmit={(v) => act.answer(e.next!.id, v)}
                  onBack={act.back}
                  onCancel={() => undefined}
                />
              ) : null}
              {e.complete && e.result && !ui.editing && <Result r={e.result} state={state} base={base} readOnly={readOnly} autoFocus={ui.interacted} onChange={act.edit} downloads={downloads} />}
              {!e.complete && <Answers state={state} readOnly={readOnly} onChange={act.edit} />}
              {!e.complete && downloads}
              <div class="toolbar">
                <button type="button" class="secondary" onClick={() => setDiagram(true)}>
                  {t.diagram}
                </button>
              </div>
              {diagram && <Diagram load={act.diagram} tree={e.next?.tree ?? 'ai-act-risk'} current={e.next?.id} onClose={() => setDiagram(false)} />}
            </>
          )}
        </main>
        <footer class="app-footer">
          <a href={`${base}/accessibility/${lang}.html`}>{t.accessibility}</a> · <a href={`${base}/law/guidelines.html`}>{t.guidelines}</a> · <a href={`${base}/api/docs`}>{t.apiDocs}</a>
          {/* The service's own page only: an intranet's widget or iframe keeps its visitors where they are. */}
          {!base && (
            <span class="workspace-link">
              {' '}
              · <a href={`/register?lang=${lang}`}>{t.registerLink}</a> · <a href={`/workspace?lang=${lang}`}>{t.workspaceLink}</a>
            </span>
          )}
        </footer>
      </div>
    </I18nProvider>
  );
}

/** Changing an earlier answer: the question as it was asked, with the answer given. */
function EditQuestion(props: { id: string; state: AssessmentState; base: string; busy: boolean; load: (id: string) => Promise<QuestionView | null>; onSubmit: (q: string, v: string | string[]) => void; onCancel: () => void }) {
  const [q, setQ] = useState<QuestionView | null | undefined>(undefined);
  const { t } = useI18n();
  useEffect(() => {
    props.load(props.id).then(setQ, () => setQ(null));
  }, [props.id]);
  if (q === undefined) return <p>{t.loading}</p>;
  if (q === null) return <p class="error">{t.errorGeneric}</p>;
  return (
    <Question
      key={`edit-${q.id}`}
      q={q}
      base={props.base}
      heading={t.editing}
      initial={props.state.answers[q.id]}
      busy={props.busy}
      canGoBack={false}
      editing
      autoFocus
      onSubmit={(v) => props.onSubmit(q.id, v)}
      onBack={() => undefined}
      onCancel={props.onCancel}
    />
  );
}

/** The open review threads on the question shown (a workspace assessment): what the reviewer asked, beside it. */
function ReviewComments({ all, question, reviewHref }: { all: ReviewComment[]; question: string; reviewHref: string }) {
  const { t, lang } = useI18n();
  const open = all.filter((c) => c.parent === null && c.question === question && !c.resolved);
  if (!open.length) return null;
  return (
    <aside class="review-comments" aria-labelledby="review-comments-title">
      <h3 id="review-comments-title">{t.reviewComments(open.length)}</h3>
      {open.map((c) => (
        <div key={c.id} class="thread">
          {[c, ...all.filter((x) => x.parent === c.id)].map((x) => (
            <blockquote key={x.id} class="comment">
              <p>{x.body}</p>
              <footer>
                {x.author.name}, {formatDate(x.at.slice(0, 10), lang)}
              </footer>
            </blockquote>
          ))}
        </div>
      ))}
      <p>
        <a href={reviewHref}>{t.replyOnReviewPage}</a>
      </p>
    </aside>
  );
}
