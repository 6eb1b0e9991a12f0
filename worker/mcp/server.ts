// /mcp: the assessment for AI agents, over the Model Context Protocol (official TypeScript SDK,
// web-standard Streamable HTTP transport, stateless, JSON responses). Every tool is the REST API
// called in-process with the same inputs, so that an agent meets the same engine, the same stored
// assessments, the same edit-token rules and the same problem details (as MCP tool errors).
import type { CallApi } from '../http/in-process.ts';
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker';
import * as z from 'zod';
import type { Context } from 'hono';
import { LANGS } from '../../decision-trees/langs.ts';
import { API_VERSION } from '../http/version.ts';
import { isJwt } from '../workspace/identity.ts';

type Call = CallApi;

const Lang = z.enum(LANGS).optional().describe('Language of the texts: fr, de or en (French by default).');
const AnswerValue = z.union([z.string(), z.array(z.string())]).describe('An option id (single choice), a list of option ids (multiple choice) or a text.');
const Answers = z.record(z.string(), AnswerValue).describe('Question id -> answer; the ids are those of get_questions.');
const Token = z.string().min(8).describe('The edit token create_assessment returned: it reads and changes that assessment.');
const TokenOrMember = Token.optional().describe('The edit token create_assessment returned; leave it out for an assessment of your workspace (the access token this MCP connection sends stands for you).');

/** The state an agent needs: where the walk is, what to ask next, and the result when complete. */
const StateOutput = {
  complete: z.boolean(),
  next: z.object({ id: z.string(), kind: z.string(), text: z.string(), help: z.string(), options: z.array(z.object({ id: z.string(), label: z.string() }).passthrough()) }).passthrough().nullable(),
  progress: z.object({ answered: z.number(), estimatedTotal: z.number(), percent: z.number() }).passthrough(),
  result: z
    .object({ riskClass: z.string().nullable(), riskClassTitle: z.string(), reason: z.string(), actions: z.array(z.object({ title: z.string(), ownerLabel: z.string() }).passthrough()), duties: z.array(z.object({ id: z.string(), kind: z.string(), title: z.string() }).passthrough()) })
    .passthrough()
    .nullable(),
};

type Evaluation = { complete: boolean; next: unknown; progress: unknown; result: unknown };
const stateOf = (e: Evaluation) => ({ complete: e.complete, next: e.next, progress: e.progress, result: e.result });

/** A REST answer as a tool result: the structured content, or a tool error carrying the problem details. */
async function result<T>(res: Response, shape: (body: any) => T) {
  const body = (await res.json().catch(() => null)) as any;
  if (!res.ok) {
    const problem = body ?? { status: res.status, title: 'Error' };
    const reasons = (problem['invalid-params'] ?? []).map((p: { name: string; code: string; reason: string }) => `${p.name}: ${p.code} — ${p.reason}`).join('; ');
    // A tool error: the reasons in words, then the problem details themselves (no structured content,
    // which the output schema describes for success only).
    return { isError: true, content: [{ type: 'text' as const, text: `${problem.title}${problem.detail ? `: ${problem.detail}` : ''}${reasons ? ` (${reasons})` : ''}` }, { type: 'text' as const, text: JSON.stringify(problem) }] };
  }
  const structured = shape(body) as Record<string, unknown>;
  return { content: [{ type: 'text' as const, text: JSON.stringify(structured) }], structuredContent: structured };
}

/**
 * `agent`: the identity provider's access token the MCP request itself carried (Authorization: Bearer
 * <JWT>), if any: the workspace tools act with it, as that member of their organisation.
 */
export function buildMcpServer(call: Call, fetchAsset: (path: string) => Promise<Response>, agent: string | null = null): McpServer {
  const server = new McpServer({ name: 'ai-use-case-assessment', version: API_VERSION }, { jsonSchemaValidator: new CfWorkerJsonSchemaValidator(), instructions: 'Assess an AI use case of a public administration under the EU AI Act: call get_questions (or evaluate with what you know) to see what is asked, evaluate partial or full answers to get the next question or the result, and create_assessment to store one for a person to review (keep its editToken), or, connected with your organisation’s access token, create_workspace_assessment and submit_for_review so that a reviewer of the organisation signs it off. Every answer must be one of the option ids given; "unsure" takes the cautious branch.' });

  /** The edit token when given, else the agent's access token (a workspace assessment), else nothing (a 401 names the edit token). */
  const credential = (editToken: string | undefined) => (editToken ? { token: editToken } : agent ? { token: agent } : {});

  server.registerTool(
    'list_flows',
    { title: 'Published flows', description: 'The published flow versions, which one is current, and how many questions the plain case asks.', inputSchema: { lang: Lang }, outputSchema: { flows: z.array(z.object({ id: z.string(), version: z.string(), current: z.boolean(), title: z.string(), likelyQuestions: z.number() }).passthrough()) }, annotations: { readOnlyHint: true } },
    async ({ lang }) => result(await call(`/trees${lang ? `?lang=${lang}` : ''}`), (b) => ({ flows: b.flows })),
  );

  server.registerTool(
    'get_questions',
    {
      title: 'Question catalogue',
      description: 'Every question of a flow version (the current one by default) in one language: id, kind, text, help, options, whether required, and how the walk reaches it. Use the ids as answer keys.',
      inputSchema: { flow: z.string().optional(), version: z.string().optional(), lang: Lang, tree: z.string().optional().describe('Only this tree (e.g. ai-act-risk).') },
      outputSchema: { flow: z.object({ id: z.string(), version: z.string() }).passthrough(), questions: z.array(z.object({ id: z.string(), tree: z.string(), kind: z.string(), text: z.string() }).passthrough()) },
      annotations: { readOnlyHint: true },
    },
    async ({ flow = 'assessment', version, lang = 'fr', tree }) => {
      const v = version ?? ((await (await call('/trees')).json()) as { flows: { id: string; version: string; current: boolean }[] }).flows.find((f) => f.id === flow && f.current)?.version ?? 'current';
      return result(await call(`/flows/${encodeURIComponent(flow)}/${encodeURIComponent(v)}/questions`), (c) => ({
        flow: c.flow,
        questions: c.questions
          .filter((q: any) => !tree || q.tree === tree)
          .map((q: any) => ({ id: q.id, tree: q.tree, kind: q.kind, required: q.required, text: q.text[lang], help: q.help[lang], options: q.options.map((o: any) => ({ id: o.id, label: o.label[lang], ...(o.exclusive ? { exclusive: true } : {}) })), sources: q.sources.map((s: any) => s.ref), askedAfter: q.askedAfter })),
      }));
    },
  );

  server.registerTool(
    'evaluate',
    { title: 'Evaluate answers', description: 'Walks the flow with the answers given (nothing is stored): the next question to ask, or, when complete, the risk class, the one-sentence reason, the plan of action and the duties.', inputSchema: { answers: Answers, lang: Lang, flow: z.string().optional(), version: z.string().optional(), date: z.string().optional().describe('YYYY-MM-DD: the date deciding which duties already apply.') }, outputSchema: StateOutput, annotations: { readOnlyHint: true } },
    async (args) => result(await call('/evaluate', { method: 'POST', body: args }), stateOf),
  );

  server.registerTool(
    'create_assessment',
    { title: 'Store an assessment', description: 'Starts a stored assessment (optionally with answers) for a person to review. Returns its id, its edit token (keep it: it is shown once) and its read-only share id.', inputSchema: { answers: Answers.optional(), lang: Lang, flow: z.string().optional() }, outputSchema: { id: z.string(), editToken: z.string(), shareId: z.string(), etag: z.string(), ...StateOutput } },
    async (args) => {
      const res = await call('/assessments', { method: 'POST', body: args });
      return result(res, (b) => ({ id: b.id, editToken: b.editToken, shareId: b.shareId, etag: res.headers.get('etag') ?? '', ...stateOf(b.evaluation) }));
    },
  );

  server.registerTool(
    'answer_question',
    { title: 'Answer a question', description: 'Answers (or changes) one question of a stored assessment. Send etag from the last state to refuse a change if someone else changed it meanwhile.', inputSchema: { id: z.string(), editToken: TokenOrMember, question: z.string(), value: AnswerValue, etag: z.string().optional() }, outputSchema: { etag: z.string(), ...StateOutput } },
    async ({ id, editToken, question, value, etag }) => {
      const res = await call(`/assessments/${encodeURIComponent(id)}/answers/${encodeURIComponent(question)}`, { method: 'PUT', body: { value }, ...credential(editToken), ...(etag ? { ifMatch: etag } : {}) });
      return result(res, (b) => ({ etag: res.headers.get('etag') ?? '', ...stateOf(b.evaluation) }));
    },
  );

  server.registerTool(
    'get_assessment',
    { title: 'Read an assessment', description: 'A stored assessment: with its id and edit token (or, in your workspace, its id alone), or read-only with its share id.', inputSchema: { id: z.string().optional(), editToken: TokenOrMember, shareId: z.string().optional(), lang: Lang }, outputSchema: { answers: Answers, etag: z.string(), ...StateOutput }, annotations: { readOnlyHint: true } },
    async ({ id, editToken, shareId, lang }) => {
      const q = lang ? `?lang=${lang}` : '';
      const res = shareId ? await call(`/shared/${encodeURIComponent(shareId)}${q}`) : await call(`/assessments/${encodeURIComponent(id ?? '')}${q}`, credential(editToken));
      return result(res, (b) => ({ answers: b.answers, etag: res.headers.get('etag') ?? '', ...stateOf(b.evaluation) }));
    },
  );

  server.registerTool(
    'get_report',
    { title: 'Report', description: 'The report of a stored assessment as Markdown, HTML or JSON text (the PDF is at the REST API).', inputSchema: { id: z.string().optional(), editToken: TokenOrMember, shareId: z.string().optional(), format: z.enum(['md', 'html', 'json']), lang: Lang }, outputSchema: { format: z.string(), text: z.string() }, annotations: { readOnlyHint: true } },
    async ({ id, editToken, shareId, format, lang }) => {
      const q = lang ? `?lang=${lang}` : '';
      const res = shareId ? await call(`/shared/${encodeURIComponent(shareId)}/report.${format}${q}`) : await call(`/assessments/${encodeURIComponent(id ?? '')}/report.${format}${q}`, credential(editToken));
      if (!res.ok) return result(res, () => ({}));
      const text = await res.text();
      return { content: [{ type: 'text' as const, text }], structuredContent: { format, text } };
    },
  );

  server.registerTool(
    'create_workspace_assessment',
    {
      title: 'Start an assessment in your workspace',
      description: 'Needs the MCP connection to carry your organisation’s access token (Authorization: Bearer <JWT> from its identity provider). The assessment belongs to your organisation, with you as its author; answer it with answer_question (no edit token), then submit_for_review.',
      inputSchema: { answers: Answers.optional(), lang: Lang, flow: z.string().optional() },
      outputSchema: { id: z.string(), shareId: z.string(), etag: z.string(), ...StateOutput },
    },
    async (args) => {
      const res = await call('/workspace/assessments', { method: 'POST', body: args, ...credential(undefined) });
      return result(res, (b) => ({ id: b.id, shareId: b.shareId, etag: res.headers.get('etag') ?? '', ...stateOf(b.evaluation) }));
    },
  );

  server.registerTool(
    'submit_for_review',
    {
      title: 'Submit for review',
      description: 'Submits a complete assessment of your workspace for review: a reviewer of the organisation (DPO, legal service) who is not its author then requests changes or approves it. Needs the access token, as create_workspace_assessment.',
      inputSchema: { id: z.string() },
      outputSchema: { status: z.string(), round: z.number(), etag: z.string() },
    },
    async ({ id }) => {
      const res = await call(`/assessments/${encodeURIComponent(id)}/review/submit`, { method: 'POST', ...credential(undefined) });
      return result(res, (b) => ({ status: b.review.status, round: b.review.round, etag: res.headers.get('etag') ?? '' }));
    },
  );

  server.registerTool(
    'get_impact_assessment_draft',
    {
      title: 'Impact assessment draft',
      description: 'The draft of the fundamental rights impact assessment (kind fria, AI Act Art 27(1)(a)-(f)) or of the data protection impact assessment (kind dpia, GDPR Art 35(7)(a)-(d)) the result requires, pre-filled from the answers: each element filled (to check) or to complete, with a hint and its sources. A tool error when the result does not require it.',
      inputSchema: { kind: z.enum(['fria', 'dpia']), id: z.string().optional(), editToken: TokenOrMember, shareId: z.string().optional(), lang: Lang },
      outputSchema: { draft: z.object({ kind: z.string(), title: z.string(), elements: z.array(z.object({ point: z.string(), title: z.string(), status: z.string(), text: z.string() }).passthrough()), summary: z.string() }).passthrough() },
      annotations: { readOnlyHint: true },
    },
    async ({ kind, id, editToken, shareId, lang }) => {
      const q = lang ? `?lang=${lang}` : '';
      const res = shareId ? await call(`/shared/${encodeURIComponent(shareId)}/${kind}.json${q}`) : await call(`/assessments/${encodeURIComponent(id ?? '')}/${kind}.json${q}`, credential(editToken));
      return result(res, (b) => ({ draft: b.draft }));
    },
  );

  server.registerTool(
    'search_register',
    {
      title: 'Search the public algorithm register',
      description: 'The entries the administrations published, newest first, each as records of the Algoritmeregister publication standard 1.0.0 (one per language). Filter by words, organisation id, AI Act class or status.',
      inputSchema: { q: z.string().max(200).optional(), organisation: z.string().optional(), riskClass: z.string().optional(), status: z.enum(['in_development', 'in_use', 'out_of_use']).optional(), lang: Lang, limit: z.number().int().min(1).max(100).optional() },
      outputSchema: { total: z.number(), entries: z.array(z.object({ entryId: z.string(), version: z.number(), riskClass: z.string(), records: z.record(z.string(), z.object({ name: z.string() }).passthrough()) }).passthrough()) },
      annotations: { readOnlyHint: true },
    },
    async (args) => {
      const q = new URLSearchParams(Object.entries({ ...args, limit: args.limit ?? 20 }).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();
      const res = await call(`/register?${q}`);
      return result(res, (b) => ({ total: b.total, entries: b.entries }));
    },
  );

  // The legal sources of each question, as the official text in the language asked.
  server.registerResource(
    'legal-source',
    new ResourceTemplate('law://{lang}/{ref}', { list: undefined }),
    { title: 'Legal source', description: 'The official text of a cited provision (AI Act in fr/de/en, the national guidelines in French): law://<lang>/<reference>, e.g. law://fr/AI%20Act%20Art%205(1)(c).', mimeType: 'text/plain' },
    async (uri, { lang, ref }) => {
      const l = (LANGS as readonly string[]).includes(String(lang)) ? String(lang) : 'fr';
      const all = (await (await fetchAsset(`/law/excerpts-${l}.json`)).json()) as Record<string, { label: string; url: string | null; title: string; text: string }>;
      const x = all[decodeURIComponent(String(ref))];
      if (!x) throw new Error(`no shipped text for "${decodeURIComponent(String(ref))}"`);
      return { contents: [{ uri: uri.href, mimeType: 'text/plain', text: `${x.label}${x.title ? ` — ${x.title}` : ''}\n${x.url ?? ''}\n\n${x.text}` }] };
    },
  );
  return server;
}

/** One stateless MCP exchange: a server and a transport per request, answering in JSON. */
export async function handleMcp(c: Context<{ Bindings: Env }>, call: Call): Promise<Response> {
  const sent = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
  const server = buildMcpServer(call, (path) => c.env.ASSETS.fetch(new Request(new URL(path, c.req.url))), sent && isJwt(sent) ? sent : null);
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  return transport.handleRequest(c.req.raw);
}
