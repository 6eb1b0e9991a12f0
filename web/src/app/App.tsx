// The walkthrough: start or resume, one question at a time, answers to change, the result, downloads.
// Used as the full page, inside the /embed iframe and inside the <ai-act-assessment> widget.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError, createApi, sessionStore, type Api, type Session } from '../lib/api.ts';
import { LANGS, LANG_NAMES, STRINGS, type Lang } from '../i18n/index.ts';
import type { AnswerValue, AssessmentState, QuestionView, Result as ResultData } from '../lib/types.ts';
import { readDraft, saveDraft } from '../lib/draft.ts';
import { Question } from './Question.tsx';
import { Progress } from './Progress.tsx';
import { Answers } from './Answers.tsx';
import { Result } from './Result.tsx';
import { Diagram } from './Diagram.tsx';

export interface AppProps {
  /** API origin; empty for the same origin. */
  apiBase: string;
  lang: Lang;
  flow?: string;
  /** A share id: read-only view. */
  shareId?: string;
  /** Called once each time the assessment becomes complete, with the full result. */
  onComplete?: (result: ResultData, state: AssessmentState) => void;
  /** Called when the language changes from inside the app. */
  onLang?: (lang: Lang) => void;
}

type Phase = 'loading' | 'start' | 'ready' | 'error';

export function App({ apiBase, lang: initialLang, flow, shareId, onComplete, onLang }: AppProps) {
  const api = useMemo(() => createApi(apiBase), [apiBase]);
  const store = useMemo(() => sessionStore(`${apiBase || 'same-origin'}:${flow ?? 'assessment'}`), [apiBase, flow]);
  const [lang, setLang] = useState<Lang>(initialLang);
  const [phase, setPhase] = useState<Phase>('loading');
  const [state, setState] = useState<AssessmentState | null>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [diagram, setDiagram] = useState(false);
  const [announce, setAnnounce] = useState('');
  const session = useRef<Session | null>(null);
  const completedHash = useRef<string | null>(null);
  const t = STRINGS[lang];

  useEffect(() => setLang(initialLang), [initialLang]);

  // Load: a share link, or the assessment this browser was working on.
  useEffect(() => {
    const load = async () => {
      try {
        if (shareId) {
          setState(await api.shared(shareId, lang));
          return setPhase('ready');
        }
        const saved = store.load();
        if (saved) {
          try {
            const s = await api.read(saved.id, lang);
            session.current = saved;
            setState(s);
            return setPhase('ready');
          } catch (e) {
            if (e instanceof ApiError && e.status === 404) store.clear();
            else throw e;
          }
        }
        setPhase('start');
      } catch {
        setPhase('error');
      }
    };
    void load();
  }, [shareId]);

  // Announce each new question or the result to screen readers; tell the host page when complete.
  useEffect(() => {
    if (!state) return;
    const e = state.evaluation;
    if (e.complete && e.result) {
      setAnnounce(t.announceResult);
      const key = `${e.flow.hash}:${JSON.stringify(state.answers)}`;
      if (completedHash.current !== key) {
        completedHash.current = key;
        onComplete?.(e.result, state);
      }
    } else if (e.next && !editing) setAnnounce(t.announceQuestion(e.path.length + 1, e.next.text));
  }, [state?.evaluation.next?.id, state?.evaluation.complete, state?.meta.updatedAt, lang]);

  const run = async (work: () => Promise<AssessmentState | void>) => {
    setBusy(true);
    setError(null);
    try {
      const next = await work();
      if (next) setState(next);
    } catch (e) {
      setError(e instanceof ApiError && e.status === 404 ? t.errorNotFound : t.errorGeneric);
    } finally {
      setBusy(false);
    }
  };

  const adopt = (created: AssessmentState & { id: string; editToken: string }) => {
    session.current = { id: created.id, editToken: created.editToken };
    store.save(session.current);
    setPhase('ready');
    return created;
  };

  // The first question shows at once; the assessment is stored when it gets its first answer.
  const [first, setFirst] = useState<QuestionView | null>(null);
  useEffect(() => {
    if (phase === 'start') api.evaluate({}, lang, flow).then((r) => setFirst(r.next), () => setPhase('error'));
  }, [phase, lang]);
  const start = (question: string, value: AnswerValue) => run(async () => adopt(await api.create(lang, { [question]: value }, flow)));
  const answer = (question: string, value: AnswerValue) =>
    run(async () => {
      const s = await api.answer(session.current!, question, value, lang);
      setEditing(null);
      return s;
    });

  const changeLang = (next: Lang) => {
    setLang(next);
    onLang?.(next);
    if (!state) return;
    if (session.current) void run(() => api.setLang(session.current!, next));
    else if (shareId) void run(() => api.shared(shareId, next));
  };

  const loadDraft = async (file: File) => {
    const draft = await readDraft(file, flow ?? 'assessment');
    if (!draft) return setNotice(t.draftInvalid);
    let answers = draft.answers;
    let dropped: string[] = [];
    // After a tree update some answers may no longer fit: the second try leaves those out and says which.
    await run(async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          const created = adopt(await api.create(lang, answers, flow));
          setNotice(t.draftLoaded(dropped));
          return created;
        } catch (err) {
          if (attempt > 0 || !(err instanceof ApiError) || err.status !== 400) throw err;
          dropped = (err.problem?.['invalid-params'] ?? []).map((p) => p.name.replace(/^answers\./, ''));
          answers = Object.fromEntries(Object.entries(answers).filter(([k]) => !dropped.includes(k)));
        }
      }
    });
  };

  const newAssessment = () => {
    if (!window.confirm(t.confirmNew)) return;
    store.clear();
    session.current = null;
    setState(null);
    setEditing(null);
    setNotice(null);
    setPhase('start');
  };

  const readOnly = Boolean(shareId);
  const e = state?.evaluation;
  const editQuestion = editing && e ? e.path.find((p) => p.id === editing) : undefined;

  return (
    <div class="app" lang={lang}>
      <a class="skip-link" href="#main-content">
        {t.skipToContent}
      </a>
      <header class="app-header">
        <h1>{t.appTitle}</h1>
        <div class="lang-switch">
          <label for="lang-select">{t.language}</label>
          <select id="lang-select" value={lang} onChange={(ev) => changeLang((ev.target as HTMLSelectElement).value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
      </header>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announce}
      </p>
      <main id="main-content" tabIndex={-1}>
        {phase === 'loading' && <p>{t.loading}</p>}
        {phase === 'error' && (
          <div role="alert">
            <p>{t.errorGeneric}</p>
            <button type="button" class="primary" onClick={() => location.reload()}>
              {t.retry}
            </button>
          </div>
        )}
        {phase === 'start' && (
          <section class="start" aria-labelledby="start-title">
            <p id="start-title">{t.appIntro}</p>
            {first ? (
              <Question key={first.id} q={first} t={t} number={1} autoFocus={false} busy={busy} canGoBack={false} editing={false} onSubmit={(v) => start(first.id, v)} onBack={() => undefined} onCancel={() => undefined} />
            ) : (
              <p>{t.loading}</p>
            )}
            <div class="field">
              <label for="draft-file">{t.loadDraft}</label>
              <input id="draft-file" type="file" accept="application/json,.json" aria-describedby="draft-help" onChange={(ev) => {
                const f = (ev.target as HTMLInputElement).files?.[0];
                if (f) void loadDraft(f);
              }} />
              <p id="draft-help" class="hint">
                {t.loadDraftHelp}
              </p>
            </div>
          </section>
        )}
        {notice && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {phase === 'ready' && state && e && (
          <>
            {readOnly && <p class="notice">{t.readOnly}</p>}
            {state.newerVersion && !readOnly && (
              <p class="notice">
                {t.newerVersion(state.newerVersion)}{' '}
                <button type="button" class="link-button" onClick={() => run(async () => (await api.migrate(session.current!, lang)).assessment)}>
                  {t.migrate}
                </button>
              </p>
            )}
            <Progress t={t} evaluation={e} />
            {editQuestion ? (
              <EditQuestion state={state} id={editQuestion.id} api={api} lang={lang} busy={busy} onSubmit={answer} onCancel={() => setEditing(null)} t={t} />
            ) : e.next && !readOnly ? (
              <Question
                key={e.next.id}
                q={e.next}
                t={t}
                number={e.path.length + 1}
                initial={state.answers[e.next.id] ?? state.setAside[e.next.id]}
                busy={busy}
                canGoBack={e.path.length > 0}
                editing={false}
                onSubmit={(v) => answer(e.next!.id, v)}
                onBack={() => run(() => api.back(session.current!, lang))}
                onCancel={() => undefined}
              />
            ) : null}
            {e.complete && e.result && !editQuestion && <Result t={t} r={e.result} lang={lang} />}
            <div class="toolbar">
              <button type="button" class="secondary" onClick={() => setDiagram(true)}>
                {t.diagram}
              </button>
            </div>
            <Answers t={t} state={state} readOnly={readOnly} onChange={setEditing} />
            <section class="downloads" aria-labelledby="downloads-title">
              <h2 id="downloads-title">{t.downloads}</h2>
              <ul>
                {(['pdf', 'md', 'json'] as const).map((ext) => (
                  <li key={ext}>
                    <a href={api.reportUrl(state, ext, lang)} download>
                      {ext === 'pdf' ? t.downloadPdf : ext === 'md' ? t.downloadMd : t.downloadJson}
                    </a>
                  </li>
                ))}
              </ul>
              {!readOnly && (
                <>
                  <button type="button" class="secondary" onClick={() => saveDraft(state, lang)}>
                    {t.saveDraft}
                  </button>
                  {state.shareId && (
                    <div class="field">
                      <label for="share-link">{t.shareLink}</label>
                      <input id="share-link" type="text" readOnly value={shareUrl(apiBase, state.shareId)} aria-describedby="share-help" onFocus={(ev) => (ev.target as HTMLInputElement).select()} />
                      <p id="share-help" class="hint">
                        {t.shareHelp}
                      </p>
                    </div>
                  )}
                  <button type="button" class="link-button" onClick={newAssessment}>
                    {t.newAssessment}
                  </button>
                </>
              )}
            </section>
            {diagram && <Diagram api={api} t={t} tree={e.next?.tree ?? 'ai-act-risk'} lang={lang} current={e.next?.id} onClose={() => setDiagram(false)} />}
          </>
        )}
      </main>
    </div>
  );
}

function shareUrl(apiBase: string, shareId: string): string {
  const origin = apiBase || (typeof location !== 'undefined' ? location.origin : '');
  return `${origin}/shared/${shareId}`;
}

/** Changing an earlier answer: the question as asked, with the answer given. */
function EditQuestion(props: { state: AssessmentState; id: string; api: Api; lang: Lang; busy: boolean; t: (typeof STRINGS)[Lang]; onSubmit: (q: string, v: AnswerValue) => void; onCancel: () => void }) {
  const [q, setQ] = useState<QuestionView | null>(null);
  useEffect(() => {
    // The stateless endpoint with the answers before this question gives its localised view.
    const before: Record<string, AnswerValue> = {};
    for (const p of props.state.evaluation.path) {
      if (p.id === props.id) break;
      before[p.id] = p.answer;
    }
    props.api.evaluate(before, props.lang, props.state.meta.flowId, props.state.meta.version).then((r) => setQ(r.next));
  }, [props.id, props.lang]);
  if (!q) return <p>{props.t.loading}</p>;
  return (
    <Question
      key={`edit-${q.id}`}
      q={q}
      t={props.t}
      number={props.state.evaluation.path.findIndex((p) => p.id === q.id) + 1}
      initial={props.state.answers[q.id]}
      busy={props.busy}
      canGoBack={false}
      editing
      onSubmit={(v) => props.onSubmit(q.id, v)}
      onBack={() => undefined}
      onCancel={props.onCancel}
    />
  );
}
