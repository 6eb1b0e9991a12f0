// The JSON API client: one base URL (same origin by default, configurable for the widget).
import type { AnswerValue, AssessmentState, Config, Evaluation, Migration, Problem } from './types.ts';

export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem | null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

/** The request never reached the service: offline, or refused by the browser (an origin the service does not allow). */
export class NetworkError extends Error {}

export interface Session {
  id: string;
  editToken: string;
}

export function createApi(base: string) {
  const root = `${base.replace(/\/$/, '')}/api/v1`;
  async function call<T>(path: string, init: RequestInit & { token?: string; body?: string } = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body) headers['content-type'] = 'application/json';
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    let res: Response;
    try {
      res = await fetch(`${root}${path}`, { ...init, headers });
    } catch (e) {
      throw new NetworkError(e instanceof Error ? e.message : String(e));
    }
    if (!res.ok) {
      const problem = (await res.json().catch(() => null)) as Problem | null;
      throw new ApiError(res.status, problem);
    }
    if (res.status === 204) return null as T;
    return (await res.json()) as T;
  }
  // The web app shows the path's questions and answers: it always asks for the labelled path.
  const q = (lang: string) => `?lang=${encodeURIComponent(lang)}&expand=path`;
  return {
    root,
    /** Any operation of the API, with the same errors (the workspace pages use it). */
    call,
    create: (lang: string, answers: Record<string, AnswerValue> = {}, flow?: string) =>
      call<AssessmentState & { id: string; editToken: string; shareId: string }>('/assessments', { method: 'POST', body: JSON.stringify({ lang, answers, ...(flow ? { flow } : {}) }) }),
    evaluate: (answers: Record<string, AnswerValue>, lang: string, flow?: string, version?: string) =>
      call<Evaluation>(`/evaluate${q(lang)}`, { method: 'POST', body: JSON.stringify({ answers, lang, ...(flow ? { flow } : {}), ...(version ? { version } : {}) }) }),
    read: (s: Session, lang: string) => call<AssessmentState>(`/assessments/${s.id}${q(lang)}`, { token: s.editToken }),
    shared: (shareId: string, lang: string) => call<AssessmentState>(`/shared/${shareId}${q(lang)}`),
    answer: (s: Session, question: string, value: AnswerValue, lang: string) =>
      call<AssessmentState>(`/assessments/${s.id}/answers/${encodeURIComponent(question)}${q(lang)}`, { method: 'PUT', token: s.editToken, body: JSON.stringify({ value }) }),
    back: (s: Session, lang: string) => call<AssessmentState>(`/assessments/${s.id}/back${q(lang)}`, { method: 'POST', token: s.editToken }),
    setLang: (s: Session, lang: string) => call<AssessmentState>(`/assessments/${s.id}`, { method: 'PATCH', token: s.editToken, body: JSON.stringify({ lang }) }),
    migrate: (s: Session, lang: string) => call<Migration>(`/assessments/${s.id}/migrate${q(lang)}`, { method: 'POST', token: s.editToken, body: '{}' }),
    diagram: async (tree: string, lang: string) => {
      const res = await fetch(`${root}/trees/${encodeURIComponent(tree)}/diagram${q(lang)}`);
      if (!res.ok) throw new ApiError(res.status, null);
      return res.text();
    },
    /** Report links go through the share id, so that they work the same from the owner's and the read-only view. */
    reportUrl: (state: AssessmentState, ext: 'pdf' | 'md' | 'json' | 'html', lang: string, doc: 'report' | 'fria' | 'dpia' = 'report') => `${root}/shared/${state.shareId}/${doc}.${ext}?lang=${encodeURIComponent(lang)}`,
    config: () => call<Config>('/config'),
  };
}
export type Api = ReturnType<typeof createApi>;

/** Where the browser keeps the id and edit token, so that a reload resumes the assessment. */
export function sessionStore(key: string) {
  const storageKey = `ai-assessment:${key}`;
  return {
    load(): Session | null {
      try {
        const raw = localStorage.getItem(storageKey);
        const s = raw ? (JSON.parse(raw) as Session) : null;
        return s && typeof s.id === 'string' && typeof s.editToken === 'string' ? s : null;
      } catch {
        return null;
      }
    },
    save(s: Session) {
      try {
        localStorage.setItem(storageKey, JSON.stringify(s));
      } catch {
        // storage disabled: the assessment still works, it just will not resume after a reload
      }
    },
    clear() {
      try {
        localStorage.removeItem(storageKey);
      } catch {
        // nothing to clear
      }
    },
  };
}
