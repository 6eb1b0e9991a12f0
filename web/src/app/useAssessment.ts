// The walkthrough's state in one reducer: start or resume, answer, go back, change an earlier answer,
// change language, migrate, load a draft, start again. Components only read `ui` and call `act`.
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { ApiError, NetworkError, createApi, sessionStore, type Session } from '../lib/api.ts';
import { readDraft } from '../lib/draft.ts';
import { STRINGS, type Lang } from '../i18n/index.tsx';
import type { AnswerValue, AssessmentState, Config, QuestionView, Result } from '../lib/types.ts';
import type { Boot } from './boot.ts';
import type { Comment as ReviewComment } from '../../../worker/workspace/schemas.ts';

export type Phase = 'loading' | 'start' | 'ready' | 'error';

export interface Ui {
  phase: Phase;
  lang: Lang;
  state: AssessmentState | null;
  /** The first question, shown on the start page before anything is stored, and its language. */
  first: QuestionView | null;
  firstLang: Lang | null;
  config: Config | null;
  busy: boolean;
  editing: string | null;
  notice: string | null;
  error: string | null;
  /** Focus moves to a new question or the result only once the user has acted: never on page load. */
  interacted: boolean;
  /** The highest percentage shown in this session: the bar never goes back. */
  percentShown: number;
}

type Action =
  | { type: 'phase'; phase: Phase }
  | { type: 'lang'; lang: Lang }
  | { type: 'first'; q: QuestionView | null; lang: Lang }
  | { type: 'config'; config: Config }
  | { type: 'busy' }
  | { type: 'idle' }
  | { type: 'state'; state: AssessmentState; interacted?: boolean }
  | { type: 'failed'; error: string }
  | { type: 'edit'; id: string | null }
  | { type: 'notice'; notice: string | null }
  | { type: 'reset' };

function reducer(ui: Ui, a: Action): Ui {
  switch (a.type) {
    case 'phase':
      return { ...ui, phase: a.phase };
    case 'lang':
      return { ...ui, lang: a.lang };
    case 'first':
      return { ...ui, first: a.q, firstLang: a.lang };
    case 'config':
      return { ...ui, config: a.config };
    case 'busy':
      return { ...ui, busy: true, error: null };
    case 'idle':
      return { ...ui, busy: false };
    case 'state': {
      const percent = a.state.evaluation.complete ? 100 : a.state.evaluation.progress.percent;
      return { ...ui, phase: 'ready', state: a.state, busy: false, editing: null, interacted: ui.interacted || Boolean(a.interacted), percentShown: Math.max(ui.percentShown, percent) };
    }
    case 'failed':
      return { ...ui, busy: false, error: a.error };
    case 'edit':
      return { ...ui, editing: a.id, interacted: true };
    case 'notice':
      return { ...ui, notice: a.notice };
    case 'reset':
      return { ...ui, phase: 'start', state: null, editing: null, notice: null, error: null, percentShown: 0, interacted: true };
  }
}

export interface Options {
  apiBase: string;
  lang: Lang;
  flow?: string;
  shareId?: string;
  /** A session handed over by an edit link (full page only). */
  handedOver?: Session | null;
  onComplete?: (result: Result, state: AssessmentState) => void;
  onLang?: (lang: Lang) => void;
  /** What a server-rendered page already holds (see boot.ts). */
  boot?: Boot | null;
  /** An assessment of the signed-in member's workspace: reached with the session, no edit token, nothing kept in the browser. */
  member?: string;
}

/** The first render: from the server-rendered page when there is one, so that hydration matches it. */
function initialUi(o: Options): Ui {
  const b = o.boot;
  const e = b?.state?.evaluation;
  return {
    phase: b?.state ? 'ready' : b?.first ? 'start' : 'loading',
    lang: o.lang,
    state: b?.state ?? null,
    first: b?.first ?? null,
    firstLang: b?.first ? b.lang : null,
    config: b?.config ?? null,
    busy: false,
    editing: null,
    notice: null,
    error: b?.error ?? null,
    // A page rendered after a form was sent follows the user's action: focus goes to its question.
    interacted: Boolean(b?.state),
    percentShown: e ? (e.complete ? 100 : e.progress.percent) : 0,
  };
}

export function useAssessment(o: Options) {
  const api = useMemo(() => createApi(o.apiBase), [o.apiBase]);
  const store = useMemo(() => sessionStore(`${o.apiBase || 'same-origin'}:${o.flow ?? 'assessment'}`), [o.apiBase, o.flow]);
  const [ui, dispatch] = useReducer(reducer, o, initialUi);
  const session = useRef<Session | null>(o.member ? { id: o.member, editToken: '' } : (o.boot?.session ?? null));
  // Links render with the server's view of the origin first (hydration), then the browser's.
  const [origin, setOrigin] = useState(o.boot?.origin ?? '');
  const completed = useRef<string | null>(null);
  // A workspace assessment: the open comment threads of its reviewers, read again after each change.
  const [comments, setComments] = useState<ReviewComment[]>([]);
  useEffect(() => {
    if (!o.member) return;
    api.call<{ comments: ReviewComment[] }>(`/assessments/${o.member}/comments`).then((r) => setComments(r.comments), () => undefined);
  }, [o.member, ui.state?.meta.revision]);
  const t = STRINGS[ui.lang];

  /** Words for a failure, true to what happened: a write that did not reach the server is not saved. */
  const explain = (e: unknown, writing: boolean): string => {
    if (e instanceof ApiError && e.status === 404) return t.errorNotFound;
    if (e instanceof NetworkError) {
      const service = o.apiBase ? new URL(o.apiBase, location.href).origin : location.origin;
      if (service !== location.origin) return t.originNotAllowed(location.origin, service);
      return writing ? t.errorNotSaved : t.errorGeneric;
    }
    return writing ? t.errorNotSaved : t.errorGeneric;
  };

  const run = async (work: () => Promise<AssessmentState | void>, writing = true) => {
    dispatch({ type: 'busy' });
    try {
      const next = await work();
      if (next) dispatch({ type: 'state', state: next, interacted: true });
      else dispatch({ type: 'idle' });
    } catch (e) {
      dispatch({ type: 'failed', error: explain(e, writing) });
    }
  };

  useEffect(() => dispatch({ type: 'lang', lang: o.lang }), [o.lang]);

  // Load: a share link, an edit link, or the assessment this browser was working on.
  useEffect(() => {
    void (async () => {
      setOrigin(o.apiBase ? new URL(o.apiBase, location.href).origin : location.origin);
      if (!o.boot?.config) api.config().then((config) => dispatch({ type: 'config', config }), () => undefined);
      try {
        // A page rendered after a form was sent: the assessment is there already; keep it for a reload.
        if (o.boot?.state && o.boot.session) return store.save(o.boot.session);
        if (o.shareId) return dispatch({ type: 'state', state: await api.shared(o.shareId, ui.lang) });
        if (o.member) return dispatch({ type: 'state', state: await api.read(session.current!, ui.lang) });
        if (o.handedOver) store.save(o.handedOver);
        const saved = store.load();
        if (saved) {
          // The served start page is on screen meanwhile: its buttons wait, so that nobody starts a
          // second assessment while the one this browser was working on is on its way.
          dispatch({ type: 'busy' });
          try {
            const s = await api.read(saved, ui.lang);
            session.current = saved;
            return dispatch({ type: 'state', state: s });
          } catch (e) {
            dispatch({ type: 'idle' });
            if (e instanceof ApiError && (e.status === 404 || e.status === 403)) store.clear();
            else throw e;
          }
        }
        dispatch({ type: 'phase', phase: 'start' });
      } catch (e) {
        dispatch({ type: 'failed', error: explain(e, false) });
        dispatch({ type: 'phase', phase: 'error' });
      }
    })();
  }, [o.shareId]);

  // The first question shows at once; the assessment is stored when it gets its first answer.
  useEffect(() => {
    if (ui.phase !== 'start' || (ui.first && ui.firstLang === ui.lang)) return;
    const lang = ui.lang;
    api.evaluate({}, lang, o.flow).then((r) => dispatch({ type: 'first', q: r.next, lang }), (e) => dispatch({ type: 'failed', error: explain(e, false) }));
  }, [ui.phase, ui.lang]);

  // The host page hears once per distinct completed result.
  useEffect(() => {
    const e = ui.state?.evaluation;
    if (!ui.state || !e?.complete || !e.result) return;
    const key = `${e.flow.hash}:${JSON.stringify(ui.state.answers)}`;
    if (completed.current === key) return;
    completed.current = key;
    o.onComplete?.(e.result, ui.state);
  }, [ui.state]);

  const adopt = (created: AssessmentState & { id: string; editToken: string }) => {
    session.current = { id: created.id, editToken: created.editToken };
    store.save(session.current);
    return created;
  };

  const act = {
    start: (question: string, value: AnswerValue) => run(async () => adopt(await api.create(ui.lang, { [question]: value }, o.flow))),
    answer: (question: string, value: AnswerValue) => run(() => api.answer(session.current!, question, value, ui.lang)),
    back: () => run(() => api.back(session.current!, ui.lang)),
    edit: (id: string | null) => dispatch({ type: 'edit', id }),
    setLang: (lang: Lang) => {
      dispatch({ type: 'lang', lang });
      o.onLang?.(lang);
      if (session.current) void run(() => api.setLang(session.current!, lang));
      else if (o.shareId) void run(() => api.shared(o.shareId!, lang), false);
    },
    migrate: () =>
      run(async () => {
        const m = await api.migrate(session.current!, ui.lang);
        dispatch({ type: 'notice', notice: t.migrated(m.to, m.toConfirm.length, m.needAnswer.length) });
        return m.assessment;
      }),
    loadDraft: async (file: File) => {
      const draft = await readDraft(file, o.flow ?? 'assessment');
      if (!draft) return dispatch({ type: 'notice', notice: t.draftInvalid });
      let answers = draft.answers;
      let dropped: string[] = [];
      // After a tree update some answers may no longer fit: the second try leaves those out and says which.
      await run(async () => {
        for (let attempt = 0; ; attempt++) {
          try {
            const created = adopt(await api.create(ui.lang, answers, o.flow));
            dispatch({ type: 'notice', notice: t.draftLoaded(dropped) });
            return created;
          } catch (err) {
            if (attempt > 0 || !(err instanceof ApiError) || err.status !== 400) throw err;
            // Each refused answer is named by a JSON Pointer into the body: /answers/<question id>.
            dropped = (err.problem?.['invalid-params'] ?? []).filter((p) => p.name.startsWith('/answers/')).map((p) => p.name.slice('/answers/'.length).replace(/~1/g, '/').replace(/~0/g, '~'));
            answers = Object.fromEntries(Object.entries(answers).filter(([k]) => !dropped.includes(k)));
          }
        }
      });
    },
    startAgain: () => {
      if (o.member) return location.assign(`/workspace/a/${o.member}`);
      store.clear();
      session.current = null;
      completed.current = null;
      dispatch({ type: 'reset' });
    },
    reportUrl: (ext: 'pdf' | 'md' | 'json' | 'html', doc: 'report' | 'fria' | 'dpia' = 'report') => (ui.state ? api.reportUrl(ui.state, ext, ui.lang, doc) : ''),
    /** The question as it was asked, for changing an earlier answer: the stateless endpoint with the answers before it. */
    questionBefore: async (id: string): Promise<QuestionView | null> => {
      const state = ui.state!;
      const before: Record<string, AnswerValue> = {};
      for (const p of state.evaluation.path) {
        if (p.id === id) break;
        before[p.id] = p.answer;
      }
      const r = await api.evaluate(before, ui.lang, state.meta.flowId, state.meta.version);
      return r.next && r.next.id === id ? r.next : null;
    },
    diagram: (tree: string) => api.diagram(tree, ui.lang),
  };

  const links = {
    share: ui.state ? `${origin}/shared/${ui.state.shareId}` : '',
    edit: session.current?.editToken ? `${origin}/#edit=${session.current.id}.${session.current.editToken}` : '',
  };
  /** What a question's form sends when the app is not running yet (a plain POST, see worker/pages/app-page.tsx). */
  const formFields: Record<string, string> = session.current ? { assessment: session.current.id, token: session.current.editToken, lang: ui.lang } : { lang: ui.lang };
  return { ui, act, links, formFields, readOnly: Boolean(o.shareId), comments };
}
