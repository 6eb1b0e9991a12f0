// GET /assessments/{id}/{report.json|md|html|pdf} and the same through a share link.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { Lang, problemResponses } from '../api/schemas.ts';
import { loadAssessment, loadShared, stateOf } from '../assessments/routes.ts';
import { AssessmentState } from '../api/schemas.ts';
import { negotiateLang } from '../http/lang.ts';
import { today } from '../api/present.ts';
import type { StoredAssessment } from '../assessments/object.ts';
import { reportModel } from './model.ts';
import { reportDocument } from './document.ts';
import { renderMarkdown } from './markdown.ts';
import { renderHtml } from './html.ts';
import { renderPdf } from './pdf.ts';
import type { Draft } from '../../decision-trees/view-schemas.ts';

const FILES = ['report.json', 'report.md', 'report.html', 'report.pdf'] as const;
const File = z.enum(FILES).openapi({ param: { name: 'file', in: 'path' }, example: 'report.pdf' });
const Query = z.object({ lang: Lang.optional() });

const responses = {
  200: {
    description: 'The report: JSON (the assessment with its result), Markdown, printable HTML or PDF',
    content: {
      'application/json': { schema: AssessmentState },
      'text/markdown': { schema: z.string() },
      'text/html': { schema: z.string() },
      'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
    },
  },
  ...problemResponses(400, 404, 429),
};

const ownerRoute = createRoute({
  method: 'get',
  path: '/assessments/{id}/{file}',
  tags: ['reports'],
  summary: 'Download the assessment report',
  request: { params: z.object({ id: z.string().max(64).openapi({ param: { name: 'id', in: 'path' } }), file: File }), query: Query },
  responses,
});
const sharedRoute = createRoute({
  method: 'get',
  path: '/shared/{shareId}/{file}',
  tags: ['reports'],
  summary: 'Download the report through a read-only share link',
  request: { params: z.object({ shareId: z.string().max(64).openapi({ param: { name: 'shareId', in: 'path' } }), file: File }), query: Query },
  responses,
});

async function render(c: Context, stored: StoredAssessment, file: (typeof FILES)[number], view: 'owner' | 'shared', lang?: 'fr' | 'de' | 'en') {
  const state = stateOf(stored, negotiateLang(c, lang ?? stored.meta.lang), view);
  const name = `assessment-${stored.meta.updatedAt.slice(0, 10)}`;
  const disposition = (ext: string) => ({ 'content-disposition': `attachment; filename="${name}.${ext}"` });
  if (file === 'report.json') return c.json(state, 200, disposition('json'));
  const model = reportModel(state.evaluation, today(), new URL(c.req.url).origin);
  const blocks = reportDocument(model);
  if (file === 'report.md') return c.body(renderMarkdown(blocks), 200, { 'content-type': 'text/markdown; charset=utf-8', ...disposition('md') });
  if (file === 'report.html') return c.html(renderHtml(blocks, model.lang), 200);
  // The draft a project lead can load back: the format the web app saves (web/src/lib/draft.ts).
  const draft: Draft = { format: 'ai-use-case-assessment-draft', formatVersion: 1, flow: { id: stored.meta.flowId, version: stored.meta.version }, lang: state.meta.lang, savedAt: stored.meta.updatedAt, answers: stored.answers };
  const bytes = await renderPdf([...blocks, { type: 'paragraph', text: model.labels.attachment }], {
    title: model.title,
    lang: model.lang,
    footer: `${model.labels.title} — ${state.evaluation.flow.id} ${state.evaluation.flow.version} — ${model.labels.replacedChars}`,
    attachment: { name: 'assessment.json', description: model.labels.attachment, json: JSON.stringify(draft, null, 2) },
  });
  return c.body(new Uint8Array(bytes), 200, { 'content-type': 'application/pdf', ...disposition('pdf') });
}

export const reportsApi = new OpenAPIHono<{ Bindings: Env }>()
  .openapi(ownerRoute, async (c) => {
    const { id, file } = c.req.valid('param');
    return render(c, await loadAssessment(c.env, id), file, 'owner', c.req.valid('query').lang) as never;
  })
  .openapi(sharedRoute, async (c) => {
    const { shareId, file } = c.req.valid('param');
    return render(c, await loadShared(c.env, shareId), file, 'shared', c.req.valid('query').lang) as never;
  });
