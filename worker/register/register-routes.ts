// The public register, read by anyone: JSON records of the Algoritmeregister publication standard 1.0.0
// (language extended to fra, deu, eng), CSV of the same fields, one entry with its versions, the schema
// the records follow; and the HTML pages. Cached briefly, revalidated by the register's revision.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { Hono, type Context } from 'hono';
import { ALWAYS, HEADERS, commonHeaders, jsonContent, problemResponses } from '../api/schemas.ts';
import { Lang } from '../api/schemas.ts';
import { RISK_CLASSES } from '../../decision-trees/schema.ts';
import type { Lang as LangId } from '../../decision-trees/langs.ts';
import { negotiateLang } from '../http/lang.ts';
import { ProblemError } from '../http/problem.ts';
import { csvCell } from '../http/csv.ts';
import { registerRead } from './read-cache.ts';
import type { ListQuery } from './register-object.ts';
import { EntrySummary, PUBLICATION_STATUSES, PublishedVersion, StandardRecord } from './schemas.ts';
import { PAGE_SIZE, entryPage, listPage, missingPage } from './pages.ts';
import { registerSchema } from './standard-schema.ts';

const EntryId = z.string().regex(/^[0-9a-f]{20}$/).openapi({ example: '5d41402abc4b2a76b971' });
const ListParams = z.object({
  q: z.string().max(200).optional().openapi({ description: 'Words to find in the name, description, organisation or themes (every word must match).' }),
  organisation: z.string().max(100).optional().openapi({ description: 'An organisation id.' }),
  riskClass: z.enum(RISK_CLASSES).optional(),
  status: z.enum(PUBLICATION_STATUSES).optional(),
  lang: Lang.optional().openapi({ description: 'Only the records in this language (all three by default).' }),
  limit: z.coerce.number().int().min(1).max(1000).optional().openapi({ description: 'At most 1,000; every entry by default.' }),
  offset: z.coerce.number().int().min(0).optional(),
});

const cacheHeaders = { ...commonHeaders, ETag: HEADERS.ETag };

const pick = (records: Record<string, StandardRecord>, lang: LangId | undefined) => (lang ? { [lang]: records[lang]! } : records);

const listRoute = createRoute({
  method: 'get',
  path: '/register',
  operationId: 'listRegister',
  tags: ['register'],
  security: [],
  summary: 'The public register: every published entry, each with its records in the standard’s field set',
  description: 'Newest publication first. Each entry carries its latest version’s records, one per language (fr, de, en), each valid against GET /register/schema.json (the Algoritmeregister publication standard 1.0.0 with `language` extended to fra, deu, eng). Retracted entries are gone.',
  request: { query: ListParams },
  responses: {
    200: { description: 'The entries', headers: cacheHeaders, ...jsonContent(z.object({ total: z.number().int(), offset: z.number().int(), entries: z.array(EntrySummary) }).openapi('Register')) },
    304: { description: 'Not modified since the ETag sent in If-None-Match', headers: cacheHeaders },
    ...problemResponses(400, ...ALWAYS),
  },
});

const csvRoute = createRoute({
  method: 'get',
  path: '/register.csv',
  operationId: 'listRegisterCsv',
  tags: ['register'],
  security: [],
  summary: 'The public register as CSV: one line per entry and language, the standard’s fields as columns',
  description: 'UTF-8 with a byte order mark, comma-separated, CRLF; `theme` joined with "; "; cells a spreadsheet would read as a formula start with an apostrophe. Same filters as GET /register.',
  request: { query: ListParams },
  responses: {
    200: { description: 'The CSV', headers: { ...cacheHeaders, 'Content-Disposition': HEADERS['Content-Disposition'] }, content: { 'text/csv': { schema: z.string() } } },
    304: { description: 'Not modified', headers: cacheHeaders },
    ...problemResponses(400, ...ALWAYS),
  },
});

const entryRoute = createRoute({
  method: 'get',
  path: '/register/{entryId}',
  operationId: 'getRegisterEntry',
  tags: ['register'],
  security: [],
  summary: 'One published entry: its latest version (or the one asked for) and the list of its versions',
  description: 'Earlier versions stay readable (`?version=`); a retracted entry is 404.',
  request: { params: z.object({ entryId: EntryId.openapi({ param: { name: 'entryId', in: 'path' } }) }), query: z.object({ version: z.coerce.number().int().min(1).optional(), lang: Lang.optional() }) },
  responses: {
    200: { description: 'The entry', headers: cacheHeaders, ...jsonContent(z.object({ entry: PublishedVersion, versions: z.array(z.object({ version: z.number().int(), publishedAt: z.iso.datetime() })) }).openapi('RegisterEntryWithHistory')) },
    304: { description: 'Not modified', headers: cacheHeaders },
    ...problemResponses(400, 404, ...ALWAYS),
  },
});

const schemaRoute = createRoute({
  method: 'get',
  path: '/register/schema.json',
  operationId: 'getRegisterSchema',
  tags: ['register'],
  security: [],
  summary: 'The JSON Schema every record follows: the Algoritmeregister publication standard 1.0.0, language extended',
  description: 'The standard’s published schema (EUPL 1.2, MinBZK/Algoritmeregister) with one change: `language` is one of fra, deu, eng instead of the constant nld (docs/decisions/0005-register-standard.md).',
  responses: { 200: { description: 'JSON Schema draft-07', headers: commonHeaders, ...jsonContent(z.record(z.string(), z.unknown())) }, ...problemResponses(...ALWAYS) },
});

const COLUMNS = ['entry_id', 'version', 'published_at', ...Object.keys(StandardRecord.shape)] as const;

export function registerCsv(entries: z.infer<typeof EntrySummary>[], lang: LangId | undefined): string {
  const lines = entries.flatMap((x) =>
    Object.values(pick(x.records, lang)).map((r) =>
      COLUMNS.map((col) => {
        if (col === 'entry_id') return x.entryId;
        if (col === 'version') return String(x.version);
        if (col === 'published_at') return x.publishedAt;
        const v = r[col as keyof StandardRecord];
        return csvCell(Array.isArray(v) ? v.join('; ') : (v ?? ''));
      }).join(','),
    ),
  );
  return `\ufeff${[COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}

/** A list always has a body (an empty one when nothing matches). */
const neverMissing = (): Response => {
  throw new Error('a register list always renders');
};

const listQuery = (q: z.infer<typeof ListParams>): ListQuery => ({ q: q.q, organisation: q.organisation, riskClass: q.riskClass, status: q.status, limit: q.limit, offset: q.offset });

export const registerApi = new OpenAPIHono<{ Bindings: Env }>()
  .openapi(schemaRoute, (c) => c.json(registerSchema(), 200, { 'cache-control': 'public, max-age=86400' }) as never)
  .openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    return registerRead(c, `json ${c.req.url}`, 'application/json', {}, async (register) => {
      const data = await register.list(listQuery(q));
      return JSON.stringify({ total: data.total, offset: q.offset ?? 0, entries: data.entries.map((x) => ({ ...x, records: pick(x.records, q.lang) })) });
    }, neverMissing) as never;
  })
  .openapi(csvRoute, async (c) => {
    const q = c.req.valid('query');
    return registerRead(c, `csv ${c.req.url}`, 'text/csv; charset=utf-8', { 'content-disposition': 'attachment; filename="register.csv"' }, async (register) => registerCsv((await register.list(listQuery(q))).entries, q.lang), neverMissing) as never;
  })
  .openapi(entryRoute, async (c) => {
    const { entryId } = c.req.valid('param');
    const { version, lang } = c.req.valid('query');
    return registerRead(
      c,
      `entry ${c.req.url}`,
      'application/json',
      {},
      async (register) => {
        const found = await register.entry(entryId, version);
        return found && JSON.stringify({ entry: { ...found.current, records: pick(found.current.records, lang) }, versions: found.versions });
      },
      // A retracted or unknown entry is a problem, never a cached body.
      () => {
        throw new ProblemError('not-found', 'register_entry_not_found', {}, [{ name: 'path:entryId', code: 'unknown_entry' }]);
      },
    ) as never;
  });

// ---------------------------------------------------------------------------
// The pages, outside the API: no script, a GET form, every language.
const pageLang = (c: Context): LangId => negotiateLang(c);
const operatorOf = (env: Env) => env.OPERATOR_NAME?.trim() || 'the operator of this service';
const html = 'text/html; charset=utf-8';
const oneOf = <T extends string>(v: string | undefined, values: readonly T[]): T | undefined => (values as readonly string[]).includes(v ?? '') ? (v as T) : undefined;

export const registerPages = new Hono<{ Bindings: Env }>()
  .get('/', async (c) => {
    const lang = pageLang(c);
    const offset = Math.max(0, Math.min(1_000_000, Number.parseInt(c.req.query('offset') ?? '0', 10) || 0));
    const q: ListQuery = { q: c.req.query('q')?.slice(0, 200) || undefined, organisation: c.req.query('organisation')?.slice(0, 100) || undefined, riskClass: oneOf(c.req.query('riskClass'), RISK_CLASSES), status: oneOf(c.req.query('status'), PUBLICATION_STATUSES), limit: PAGE_SIZE, offset };
    return registerRead(c, `page ${lang} ${c.req.url}`, html, { 'content-language': lang, vary: 'accept-language' }, async (register) => listPage(lang, operatorOf(c.env), q, await register.list(q)), neverMissing);
  })
  .get('/:entryId/versions/:version', async (c) => entryResponse(c, c.req.param('entryId'), Number.parseInt(c.req.param('version'), 10)))
  .get('/:entryId', async (c) => entryResponse(c, c.req.param('entryId')));

async function entryResponse(c: Context<{ Bindings: Env }>, entryId: string, version?: number): Promise<Response> {
  const lang = pageLang(c);
  const valid = /^[0-9a-f]{20}$/.test(entryId) && (version === undefined || Number.isInteger(version));
  return registerRead(
    c,
    `page ${lang} ${c.req.url}`,
    html,
    { 'content-language': lang, vary: 'accept-language' },
    async (register) => {
      const found = valid ? await register.entry(entryId, version) : null;
      return found && entryPage(lang, found.current, found.versions);
    },
    () => c.body(missingPage(lang), 404, { 'content-type': html, 'content-language': lang, 'cache-control': 'public, max-age=60' }),
  );
}

