// The web app's pages rendered by the worker: `/` and `/embed` arrive with the first question in the
// HTML, in the page's language, and the app hydrates that markup. Without the app (not loaded yet, or
// no JavaScript) each question's form is a plain POST to the page, answered here through the REST
// API with the next question rendered the same way — so the page is usable before its script runs.
import { renderToString } from 'preact-render-to-string';
import type { Context } from 'hono';
import { App } from '../../web/src/app/App.tsx';
import { BOOT_ELEMENT_ID, bootJson, type Boot } from '../../web/src/app/boot.ts';
import { STRINGS, pickLang, type Lang } from '../../web/src/i18n/index.tsx';
import type { AssessmentState, Problem } from '../../web/src/lib/types.ts';
import { listBundles } from '../flows.ts';
import { publicConfig } from '../api/config.ts';
import { present, today } from '../api/present.ts';
import { requireBundle } from '../flows.ts';
import { htmlEscape } from '../reports/html.ts';
import type { CallApi } from '../http/in-process.ts';
import { MAX_BODY_BYTES } from '../http/security.ts';
import { ProblemError } from '../http/problem.ts';
import { inlineStylesheet, type InlinedPage } from './inline-style.ts';

type Ctx = Context<{ Bindings: Env }>;
export type PageKind = 'page' | 'embed';

export const pageKind = (path: string): PageKind | null => (path === '/' || path === '/index.html' ? 'page' : path === '/embed' || path === '/embed/' ? 'embed' : null);

// The built index.html (its hashed script link), its stylesheet inlined, read once per isolate.
let template: Promise<InlinedPage> | undefined;
function shell(c: Ctx): Promise<InlinedPage> {
  const asset = async (path: string) => {
    const r = await c.env.ASSETS.fetch(new Request(new URL(path, c.req.url)));
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
    return r.text();
  };
  template ??= asset('/index.html').then((page) => inlineStylesheet(page, asset));
  template.catch(() => (template = undefined));
  return template;
}

/** A rendered page, its CSP naming the inlined style. */
function pageResponse(c: Ctx, shellPage: InlinedPage, body: string, status: 200 | 400, headers: Record<string, string>): Response {
  if (shellPage.styleSource) c.set('inlineStyleSources', [shellPage.styleSource]);
  return c.html(body, status, headers);
}

function html(kind: PageKind, boot: Boot, page: string): string {
  const app = renderToString(<App apiBase="" lang={boot.lang} boot={boot} handedOver={null} />);
  return page
    .replace(/<html lang="[^"]*">/, `<html lang="${boot.lang}"${kind === 'embed' ? ' class="embedded"' : ''}>`)
    .replace(/<title>[^<]*<\/title>/, `<title>${htmlEscape(STRINGS[boot.lang].appTitle)}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${htmlEscape(STRINGS[boot.lang].appIntro)}" />`)
    .replace('<div id="app"></div>', `<div id="app">${app}</div><script type="application/json" id="${BOOT_ELEMENT_ID}">${bootJson(boot)}</script>`);
}

const origin = (c: Ctx) => new URL(c.req.url).origin;

// The start page is the same for every visitor of a language: rendered once per isolate.
const startPages = new Map<string, string>();

/** GET / and /embed: the start page with the first question of the current flow version. */
export async function startPage(c: Ctx, kind: PageKind): Promise<Response> {
  const lang = pickLang(c.req.query('lang'));
  const key = `${kind}:${lang}:${origin(c)}`;
  const page = await shell(c);
  let body = startPages.get(key);
  if (!body) {
    const first = present(requireBundle(), {}, lang, today(), true).next;
    body = html(kind, { lang, origin: origin(c), config: publicConfig(c.env), first }, page.html);
    if (startPages.size < 50) startPages.set(key, body);
  }
  return pageResponse(c, page, body, 200, { 'cache-control': 'no-cache', vary: 'accept-encoding' });
}

/** The question's kind in the published flows, to read a form's values as the API expects them. */
function kindOf(question: string): 'text' | 'single' | 'multiple' | undefined {
  for (const b of [...listBundles()].reverse()) {
    for (const t of b.trees) {
      const n = t.nodes.find((x) => x.id === question);
      if (n && (n.kind === 'text' || n.kind === 'single' || n.kind === 'multiple')) return n.kind;
    }
  }
  return undefined;
}

/** The reasons of a refused write, in the request's language, for the page's alert. */
function reasons(p: Problem | null, fallback: string): string {
  const list = (p?.['invalid-params'] ?? []).map((x) => x.reason);
  return list.length ? list.join(' ') : p?.detail ?? fallback;
}

/**
 * POST / and /embed: a question's form sent before (or without) the app. Creates the assessment with
 * its first answer, or answers / goes back with the edit token the page carried, then renders the
 * page that follows. The answer is stored through the REST API, with its validation and problems.
 */
export async function formPost(c: Ctx, kind: PageKind, call: CallApi): Promise<Response> {
  const noStore = { 'cache-control': 'no-store' };
  const size = Number(c.req.header('content-length') ?? '0');
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (size > MAX_BODY_BYTES) throw new ProblemError('payload-too-large', 'body_too_large', { max: MAX_BODY_BYTES }, [{ name: '', code: 'too_large', params: { bytes: size } }]);
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data') throw new ProblemError('unsupported-media-type', 'not_form', {}, [{ name: 'header:Content-Type', code: 'wrong_media_type', params: { type: type || 'none' } }]);
  const form = await c.req.formData().catch(() => null);
  const field = (name: string) => {
    const v = form?.get(name);
    return typeof v === 'string' ? v : '';
  };
  const lang: Lang = pickLang(field('lang'), c.req.query('lang'));
  const t = STRINGS[lang];
  const q = `?lang=${lang}&expand=path`;
  const question = field('question');
  const values = (form?.getAll(question) ?? []).filter((v): v is string => typeof v === 'string');
  const k = kindOf(question);
  const value = k === 'multiple' ? values : (values[0] ?? '');
  const session = field('assessment') && field('token') ? { id: field('assessment'), editToken: field('token') } : null;
  const config = publicConfig(c.env);
  const render = async (boot: Omit<Boot, 'lang' | 'origin' | 'config'>, status: 200 | 400 = 200) => {
    const page = await shell(c);
    return pageResponse(c, page, html(kind, { lang, origin: origin(c), config, ...boot }, page.html), status, noStore);
  };

  if (!session) {
    const res = await call(`/assessments${q}`, { method: 'POST', body: { lang, answers: { [question]: value } } });
    if (res.ok) {
      const created = (await res.json()) as AssessmentState & { id: string; editToken: string };
      return render({ state: created, session: { id: created.id, editToken: created.editToken } });
    }
    const first = present(requireBundle(), {}, lang, today(), true).next;
    return render({ first, error: reasons((await res.json().catch(() => null)) as Problem | null, t.errorNotSaved) }, 400);
  }
  const res =
    field('op') === 'back'
      ? await call(`/assessments/${session.id}/back${q}`, { method: 'POST', token: session.editToken })
      : await call(`/assessments/${session.id}/answers/${encodeURIComponent(question)}${q}`, { method: 'PUT', token: session.editToken, body: { value } });
  if (res.ok) return render({ state: (await res.json()) as AssessmentState, session });
  const error = reasons((await res.json().catch(() => null)) as Problem | null, t.errorNotSaved);
  const current = await call(`/assessments/${session.id}${q}`, { token: session.editToken });
  if (!current.ok) return render({ first: present(requireBundle(), {}, lang, today(), true).next, error: t.errorNotFound }, 400);
  return render({ state: (await current.json()) as AssessmentState, session, error }, 400);
}
