// The impact assessment drafts the result requires: the FRIA (AI Act Art 27) and the DPIA outline
// (GDPR Art 35(7)), pre-filled from the answers, as JSON, Markdown, HTML and PDF, for the owner (edit
// token or member) and through a share link. 409 when the result does not require that assessment.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ALWAYS, HEADERS, commonHeaders, problemResponses } from '../api/schemas.ts';
import { LangQuery, storedFor, tokenAuth } from '../assessments/routes.ts';
import { stateOf } from '../assessments/state.ts';
import { explicitLang } from '../http/lang.ts';
import { ProblemError } from '../http/problem.ts';
import { today } from '../api/present.ts';
import { evaluate } from '../../decision-trees/evaluate.ts';
import { ImpactAssessmentDraftSchema } from '../../decision-trees/view-schemas.ts';
import { compiledFlow, findBundle } from '../flows.ts';
import type { StoredAssessment } from '../assessments/object.ts';
import { buildImpactAssessments } from '../../decision-trees/impact-assessments.ts';
import { Review } from '../workspace/schemas.ts';
import { reportModel } from './model.ts';
import { impactDocument } from './impact-document.ts';
import { renderMarkdown } from './markdown.ts';
import { renderHtml } from './html.ts';
import { renderPdf } from './pdf.ts';

const Id = z.string().regex(/^[0-9a-f]{32}$/);
const KINDS = { fria: 'the fundamental rights impact assessment (AI Act Art 27(1)(a)–(f))', dpia: 'the data protection impact assessment outline (GDPR Art 35(7)(a)–(d))' } as const;
type Kind = keyof typeof KINDS;
const ImpactDraftReport = z
  .object({
    assessment: z.object({ title: z.string(), organisation: z.string(), flow: z.object({ id: z.string(), version: z.string(), hash: z.string() }), review: Review.nullable() }),
    draft: ImpactAssessmentDraftSchema,
  })
  .openapi('ImpactAssessmentDraftReport');
const FORMATS = {
  json: { type: 'application/json', schema: ImpactDraftReport, what: 'JSON' },
  md: { type: 'text/markdown', schema: z.string(), what: 'Markdown' },
  html: { type: 'text/html', schema: z.string(), what: 'printable HTML (no script, inline styles only)' },
  pdf: { type: 'application/pdf', schema: z.string().openapi({ format: 'binary' }), what: 'PDF' },
} as const;
type Format = keyof typeof FORMATS;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function route(kind: Kind, format: Format, access: 'owner' | 'shared') {
  const f = FORMATS[format];
  return createRoute({
    method: 'get',
    path: access === 'owner' ? `/assessments/{id}/${kind}.${format}` : `/shared/{shareId}/${kind}.${format}`,
    operationId: `get${access === 'shared' ? 'Shared' : ''}${cap(kind)}Draft${cap(format)}`,
    tags: ['reports'],
    summary: `The draft of ${KINDS[kind]}, pre-filled from the answers, as ${f.what}${access === 'shared' ? ', through the read-only share id' : ''}`,
    description: `Each element says whether the answers filled it (to check) or it is to complete, with what to write and its sources. 409 when the result does not require it or the assessment is not complete. ${access === 'owner' ? 'Needs the edit token or a member’s session. ' : ''}In ?lang=, else Accept-Language, else the assessment’s language; an attachment, never cached.`,
    ...(access === 'owner' ? tokenAuth : { security: [] }),
    request: { params: access === 'owner' ? z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) }) : z.object({ shareId: Id.openapi({ param: { name: 'shareId', in: 'path' } }) }), query: LangQuery },
    responses: {
      200: { description: `The draft (${f.type})`, headers: { ...commonHeaders, 'Content-Disposition': HEADERS['Content-Disposition'] }, content: { [f.type]: { schema: f.schema } } },
      ...problemResponses(...(access === 'owner' ? [400, 401, 403, 404, 409] : [400, 404, 409]), ...ALWAYS),
    },
  });
}

async function render(c: Context, stored: StoredAssessment, kind: Kind, format: Format, view: 'owner' | 'shared') {
  const state = stateOf(stored, explicitLang(c) ?? stored.meta.lang, view);
  const bundle = findBundle(stored.meta.flowId, stored.meta.version);
  if (!state || !bundle) throw new ProblemError('version-unavailable', 'version_gone', { version: stored.meta.version });
  const lang = state.evaluation.lang;
  const evaluation = evaluate(compiledFlow(bundle), stored.answers, { lang, date: today() });
  const draft = evaluation.ok ? buildImpactAssessments(bundle, evaluation, lang)[kind] : null;
  if (!draft) throw new ProblemError('conflict', 'impact_not_required', { kind }, [{ name: 'path:id', code: evaluation.ok && evaluation.complete ? 'not_required' : 'incomplete' }]);
  const model = reportModel(state.evaluation, today(), new URL(c.req.url).origin, state.review);
  const headers = { 'content-disposition': `attachment; filename="${kind}-draft-${stored.meta.updatedAt.slice(0, 10)}.${format}"`, 'cache-control': 'no-store', 'content-language': lang, vary: 'accept-language' };
  if (format === 'json') return c.json({ assessment: { title: model.title, organisation: model.organisation, flow: state.evaluation.flow, review: state.review }, draft }, 200, headers);
  const blocks = impactDocument(model, draft);
  if (format === 'md') return c.body(renderMarkdown(blocks), 200, { ...headers, 'content-type': 'text/markdown; charset=utf-8' });
  if (format === 'html') return c.body(renderHtml(blocks, lang), 200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
  const bytes = await renderPdf(blocks, { title: `${draft.title} — ${model.title}`, lang, footer: `${draft.title} — ${state.evaluation.flow.id} ${state.evaluation.flow.version} — ${model.labels.replacedChars}` });
  return c.body(new Uint8Array(bytes), 200, { ...headers, 'content-type': 'application/pdf' });
}

export const impactReportsApi = new OpenAPIHono<{ Bindings: Env }>();
for (const kind of Object.keys(KINDS) as Kind[]) {
  for (const format of Object.keys(FORMATS) as Format[]) {
    impactReportsApi.openapi(route(kind, format, 'owner'), async (c) => render(c, await storedFor(c, { id: c.req.param('id')! }), kind, format, 'owner') as never);
    impactReportsApi.openapi(route(kind, format, 'shared'), async (c) => render(c, await storedFor(c, { shareId: c.req.param('shareId')! }), kind, format, 'shared') as never);
  }
}
