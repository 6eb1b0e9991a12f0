// The reports: one operation per format, for the owner (edit token) and through a share link (read-only).
// GET /assessments/{id}/report.{json,md,html,pdf} and GET /shared/{shareId}/report.{json,md,html,pdf}.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ALWAYS, AssessmentState, HEADERS, commonHeaders, problemResponses } from '../api/schemas.ts';
import { LangQuery, storedFor, tokenAuth } from '../assessments/routes.ts';
import { stateOf } from '../assessments/state.ts';
import { explicitLang } from '../http/lang.ts';
import { ProblemError } from '../http/problem.ts';
import { today } from '../api/present.ts';
import type { StoredAssessment } from '../assessments/object.ts';
import { reportModel } from './model.ts';
import { reportDocument } from './document.ts';
import { renderMarkdown } from './markdown.ts';
import { renderHtml } from './html.ts';
import { renderPdf } from './pdf.ts';
import type { Draft } from '../../decision-trees/view-schemas.ts';
import { AuditEntry, Comment } from '../workspace/schemas.ts';

const Id = z.string().regex(/^[0-9a-f]{32}$/);
const FORMATS = {
  json: { type: 'application/json', schema: AssessmentState.extend({ comments: z.array(Comment).optional().openapi({ description: 'Not through a share link.' }), audit: z.array(AuditEntry).optional().openapi({ description: 'Not through a share link.' }) }).openapi('AssessmentReport'), what: 'the assessment with its result (the shape of GET /assessments/{id}), its comments and its audit trail' },
  md: { type: 'text/markdown', schema: z.string(), what: 'Markdown' },
  html: { type: 'text/html', schema: z.string(), what: 'printable HTML (no script, inline styles only)' },
  pdf: { type: 'application/pdf', schema: z.string().openapi({ format: 'binary' }), what: 'PDF, with the answers attached as assessment.json (loads back as a draft)' },
} as const;
type Format = keyof typeof FORMATS;

const reportHeaders = { ...commonHeaders, 'Content-Disposition': HEADERS['Content-Disposition'] };

function route(format: Format, access: 'owner' | 'shared') {
  const f = FORMATS[format];
  const name = format.charAt(0).toUpperCase() + format.slice(1);
  return createRoute({
    method: 'get',
    path: access === 'owner' ? `/assessments/{id}/report.${format}` : `/shared/{shareId}/report.${format}`,
    operationId: access === 'owner' ? `getReport${name}` : `getSharedReport${name}`,
    tags: ['reports'],
    summary: `The report as ${f.what}${access === 'shared' ? ', through the read-only share id' : ''}`,
    description: `${access === 'owner' ? 'Needs the edit token. ' : ''}In ?lang=, else Accept-Language, else the assessment’s language; served as an attachment, never cached.`,
    ...(access === 'owner' ? tokenAuth : { security: [] }),
    request: { params: access === 'owner' ? z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) }) : z.object({ shareId: Id.openapi({ param: { name: 'shareId', in: 'path' } }) }), query: LangQuery },
    responses: {
      200: { description: `The report (${f.type})`, headers: reportHeaders, content: { [f.type]: { schema: f.schema } } },
      ...problemResponses(...(access === 'owner' ? [400, 401, 403, 404] : [400, 404]), ...ALWAYS),
    },
  });
}

async function render(c: Context, stored: StoredAssessment, format: Format, view: 'owner' | 'shared') {
  const state = stateOf(stored, explicitLang(c) ?? stored.meta.lang, view);
  if (!state) throw new ProblemError('version-unavailable', 'version_gone', { version: stored.meta.version });
  const lang = state.evaluation.lang;
  const file = `assessment-${stored.meta.updatedAt.slice(0, 10)}.${format}`;
  const headers = { 'content-disposition': `attachment; filename="${file}"`, 'cache-control': 'no-store', 'content-language': lang, vary: 'accept-language' };
  // Comments and the audit trail are for the members (or the edit token's holder), not for a share link.
  if (format === 'json') return c.json(view === 'owner' ? { ...state, comments: stored.comments ?? [], audit: stored.audit ?? [] } : state, 200, headers);
  const model = reportModel(state.evaluation, today(), new URL(c.req.url).origin, state.review);
  const blocks = reportDocument(model);
  if (format === 'md') return c.body(renderMarkdown(blocks), 200, { ...headers, 'content-type': 'text/markdown; charset=utf-8' });
  if (format === 'html') return c.body(renderHtml(blocks, model.lang), 200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
  // The draft a project lead can load back: the format the web app saves (web/src/lib/draft.ts).
  const draft: Draft = { format: 'ai-use-case-assessment-draft', formatVersion: 1, flow: { id: stored.meta.flowId, version: stored.meta.version }, lang: stored.meta.lang, savedAt: stored.meta.updatedAt, answers: stored.answers };
  const bytes = await renderPdf([...blocks, { type: 'paragraph', text: model.labels.attachment }], {
    title: model.title,
    lang: model.lang,
    footer: `${model.labels.title} — ${state.evaluation.flow.id} ${state.evaluation.flow.version} — ${model.labels.replacedChars}`,
    attachment: { name: 'assessment.json', description: model.labels.attachment, json: JSON.stringify(draft, null, 2) },
  });
  return c.body(new Uint8Array(bytes), 200, { ...headers, 'content-type': 'application/pdf' });
}

export const reportsApi = new OpenAPIHono<{ Bindings: Env }>();
for (const format of Object.keys(FORMATS) as Format[]) {
  reportsApi.openapi(route(format, 'owner'), async (c) => render(c, await storedFor(c, { id: c.req.param('id')! }), format, 'owner') as never);
  reportsApi.openapi(route(format, 'shared'), async (c) => render(c, await storedFor(c, { shareId: c.req.param('shareId')! }), format, 'shared') as never);
}
