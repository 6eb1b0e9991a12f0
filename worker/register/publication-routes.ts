// Publishing an approved assessment to the public register (members of its organisation): read the
// publication, preview what would become public, publish a new version, retract. One call each into
// the assessment's Durable Object, which asks the register's object to store or remove the entry.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ALWAYS, HEADERS, commonHeaders, jsonBody, jsonContent, memberAuth, problemResponses } from '../api/schemas.ts';
import { LangQuery, fail, memberAccess, stub } from '../assessments/routes.ts';
import type { Access, Failure } from '../assessments/object.ts';
import { requireMember } from '../workspace/identity.ts';
import { explicitLang } from '../http/lang.ts';
import { ProblemError, type InvalidParam } from '../http/problem.ts';
import { PublicationDetails, PublicationPreview, PublicationState, StandardRecord } from './schemas.ts';
import type { Role } from '../workspace/schemas.ts';
import { REGISTER_EDITORS } from '../workspace/roles.ts';

const Id = z.string().regex(/^[0-9a-f]{32}$/).openapi({ example: '3f2a9c0d4b1e6a7f8c9d0e1f2a3b4c5d' });
const IdParam = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) });
const noStore = { 'cache-control': 'no-store' };
/** Reasons that lie in the assessment, not in the request: a conflict, not a bad request. */
const STATE_BLOCKERS = new Set(['not_approved', 'prohibited', 'no_register_mapping']);

/** A signed-in member of the assessment's organisation, with one of `roles` if given. */
const member = async (c: Context<{ Bindings: Env }>, roles?: readonly Role[]): Promise<Access> => memberAccess(await requireMember(c, roles));

/** Publication failures as problems: a blocker of the assessment is a 409, one of the request a 400. */
function failPublication(f: Failure): never {
  if (f.reason === 'not_in_register') throw new ProblemError('not-found', 'not_in_register', {}, [{ name: 'path:id', code: 'unknown_entry' }]);
  if (f.reason !== 'not_publishable') fail(f);
  const invalid: InvalidParam[] = f.blockers.map((b) => ({ name: b.name, code: b.code as InvalidParam['code'] }));
  if (f.blockers.some((b) => STATE_BLOCKERS.has(b.code))) throw new ProblemError('conflict', 'not_publishable', {}, invalid);
  throw new ProblemError('validation-error', 'not_publishable', {}, invalid);
}

const Published = z.object({ publication: PublicationState, records: z.record(z.string(), StandardRecord).openapi({ description: 'The records published (fr, de, en): those of the preview.' }) }).openapi('PublishedEntry');

const getRoute = createRoute({
  method: 'get',
  path: '/assessments/{id}/publication',
  operationId: 'getPublication',
  tags: ['register'],
  summary: 'The assessment’s entry in the public register, if any (members)',
  description: '`publication` is null when it is not published. `outOfSync` is true once the assessment changed after the published version: members see it until a register editor republishes.',
  ...memberAuth,
  request: { params: IdParam },
  responses: { 200: { description: 'The publication', headers: commonHeaders, ...jsonContent(z.object({ publication: PublicationState.nullable() }).openapi('PublicationResponse')) }, ...problemResponses(400, 401, 403, 404, 409, ...ALWAYS) },
});

const previewRoute = createRoute({
  method: 'post',
  path: '/assessments/{id}/publication/preview',
  operationId: 'previewPublication',
  tags: ['register'],
  summary: 'What publishing would make public, field by field, with what to check (register editors, admins)',
  description:
    'Nothing is stored. Each field says where its value comes from (the approved answers, the details sent, derived), flags what could be personal data or an internal detail, and whether it can be withheld; `records` are the exact records that publishing with the same details stores, one per language; `blockers` say why it cannot be published yet (not approved as it stands, a prohibited practice, a mandatory field of the standard left to complete).',
  ...memberAuth,
  request: { params: IdParam, query: LangQuery, body: jsonBody(PublicationDetails) },
  responses: { 200: { description: 'The preview', headers: commonHeaders, ...jsonContent(PublicationPreview) }, ...problemResponses(400, 401, 403, 404, 409, 413, 415, ...ALWAYS) },
});

const publishRoute = createRoute({
  method: 'post',
  path: '/assessments/{id}/publication',
  operationId: 'publishEntry',
  tags: ['register'],
  summary: 'Publish (or republish) the approved assessment’s register entry (register editors, admins)',
  description:
    'Stores a new version of the entry in the public register: exactly the preview’s records for the same details. Only the approved answers are published: an assessment that is not approved as it stands is refused (409), as is a prohibited practice; a mandatory field of the standard left to complete, or text sent for a field the assessment fills, is a 400 naming the field. Earlier versions stay public in the entry’s history.',
  ...memberAuth,
  request: { params: IdParam, query: LangQuery, body: jsonBody(PublicationDetails) },
  responses: { 201: { description: 'Published', headers: commonHeaders, ...jsonContent(Published) }, ...problemResponses(400, 401, 403, 404, 409, 413, 415, ...ALWAYS) },
});

const retractRoute = createRoute({
  method: 'delete',
  path: '/assessments/{id}/publication',
  operationId: 'retractEntry',
  tags: ['register'],
  summary: 'Retract the entry from the public register (register editors, admins)',
  description: 'Removes the entry and every version of it from the register’s pages, JSON and CSV; the assessment and its audit trail keep the record of it. 404 when it is not published.',
  ...memberAuth,
  request: { params: IdParam },
  responses: { 204: { description: 'Retracted', headers: { 'API-Version': HEADERS['API-Version'] } }, ...problemResponses(400, 401, 403, 404, 409, ...ALWAYS) },
});

const langOf = (c: Context) => explicitLang(c) ?? 'fr';

export const publicationApi = new OpenAPIHono<{ Bindings: Env }>()
  .openapi(getRoute, async (c) => {
    const o = await stub(c, c.req.valid('param').id).publication(await member(c));
    if (!o.ok) fail(o);
    return c.json({ publication: o.publication }, 200, noStore) as never;
  })
  .openapi(previewRoute, async (c) => {
    const o = await stub(c, c.req.valid('param').id).previewPublication(await member(c, REGISTER_EDITORS), c.req.valid('json'), langOf(c));
    if (!o.ok) failPublication(o);
    return c.json(o.preview, 200, { ...noStore, 'content-language': o.preview.lang, vary: 'accept-language' }) as never;
  })
  .openapi(publishRoute, async (c) => {
    const o = await stub(c, c.req.valid('param').id).publish(await member(c, REGISTER_EDITORS), c.req.valid('json'), langOf(c));
    if (!o.ok) failPublication(o);
    return c.json({ publication: o.publication, records: o.preview.records }, 201, noStore) as never;
  })
  .openapi(retractRoute, async (c) => {
    const o = await stub(c, c.req.valid('param').id).retract(await member(c, REGISTER_EDITORS));
    if (!o.ok) failPublication(o);
    return c.body(null, 204);
  });
