// The MCP interface as an AI agent meets it: the SDK's own client over Streamable HTTP against the
// running server, under `wrangler dev` and on the bare workerd of docs/self-hosting.md: initialize, list the tools, walk a case to its result through
// tools/call, store an assessment and answer it, read a legal source, and get the REST API's problem
// details back as tool errors.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { defaultAnswer } from '../../decision-trees/scenarios.ts';
import { startSelfHosted } from '../support/self-hosted.ts';
import type { DevServer } from '../support/dev-server.ts';

let client: Client;

type Structured = Record<string, any>;
const call = async (name: string, args: Record<string, unknown>) => {
  const r = await client.callTool({ name, arguments: args });
  const content = r.content as { text: string }[];
  // On a tool error the second text is the REST API's problem details.
  return { isError: Boolean(r.isError), data: (r.isError ? { problem: JSON.parse(content[1]!.text) } : r.structuredContent) as Structured, text: content[0]?.text ?? '' };
};

describe.each(['wrangler dev', 'self-hosted workerd'])('MCP at /mcp on %s', (runtime) => {
  let server: DevServer | undefined;
  beforeAll(async () => {
    if (runtime === 'self-hosted workerd') server = await startSelfHosted();
    client = new Client({ name: 'assessment-test-agent', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${server?.base ?? inject('baseUrl')}/mcp`)));
  });
  afterAll(async () => {
    await client.close();
    await server?.stop();
  });

  it('initialises and lists the tools, each with an input and an output schema', async () => {
    expect(client.getServerVersion()).toMatchObject({ name: 'ai-use-case-assessment' });
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name).sort();
    expect(names).toEqual(['answer_question', 'create_assessment', 'create_workspace_assessment', 'evaluate', 'get_assessment', 'get_impact_assessment_draft', 'get_questions', 'get_report', 'list_flows', 'search_register', 'submit_for_review']);
    for (const t of tools) {
      expect(t.inputSchema.type).toBe('object');
      expect(t.outputSchema?.type, t.name).toBe('object');
    }
  });

  it('walks a case to its result through evaluate, question by question', async () => {
    const answers: Record<string, unknown> = {};
    const overrides: Record<string, unknown> = { intro_title: 'Helpdesk chatbot', system_does: ['generates_text', 'interacts'], role_in_system: ['builds_own_use'], art50_1_obvious: 'no', content_use: ['citizen_documents'], data_kinds: ['personal'], hosting_service: 'dedicated_application' };
    let state = (await call('evaluate', { answers, lang: 'en' })).data;
    for (let i = 0; i < 40 && !state.complete; i++) {
      const q = state.next;
      answers[q.id] = overrides[q.id] ?? defaultAnswer(q);
      state = (await call('evaluate', { answers, lang: 'en' })).data;
    }
    expect(state.complete).toBe(true);
    expect(state.result.riskClass).toBe('limited_risk');
    expect(state.result.reason).toMatch(/^Transparency duties, because/);
    expect(state.result.duties.map((d: { id: string }) => d.id)).toContain('art50_1_chatbot_disclosure');
    expect(state.result.actions.length).toBeGreaterThan(0);
  });

  it('gives the whole question catalogue in one call, so that an agent can answer everything it knows at once', async () => {
    const { data } = await call('get_questions', { lang: 'de', tree: 'ai-act-risk' });
    const q = data.questions.find((x: { id: string }) => x.id === 'def_ai_system');
    expect(q.text).toBe('Wie erzeugt das Werkzeug seine Ergebnisse?');
    expect(q.options.map((o: { id: string }) => o.id)).toContain('infers');
  });

  it('stores an assessment for a person to review, answers it with its edit token, and reads the report', async () => {
    const created = await call('create_assessment', { lang: 'fr', answers: { intro_title: 'Tri du courrier' } });
    expect(created.isError).toBe(false);
    const { id, editToken, shareId, etag } = created.data;
    expect(created.data.next.id).toBe('intro_organisation');
    const answered = await call('answer_question', { id, editToken, question: 'intro_organisation', value: 'Ministère', etag });
    expect(answered.data.next.id).toBe('intro_description');
    // A stale etag is refused, as in the REST API (412), without overwriting.
    const stale = await call('answer_question', { id, editToken, question: 'intro_organisation', value: 'Autre', etag });
    expect(stale.isError).toBe(true);
    expect(stale.data.problem.status).toBe(412);
    // Without the right token nothing is read or changed.
    const denied = await call('get_assessment', { id, editToken: 'not-the-token-of-it' });
    expect(denied.isError).toBe(true);
    expect(denied.data.problem.status).toBe(403);
    const shared = await call('get_assessment', { shareId });
    expect(shared.data.answers.intro_organisation).toBe('Ministère');
    const report = await call('get_report', { shareId, format: 'md' });
    expect(report.data.text).toContain('Tri du courrier');
  });

  it('gives the FRIA draft a high-risk case requires, and a tool error where none is required; searches the register', async () => {
    const overrides: Record<string, unknown> = { intro_title: 'Allocation eligibility assistant', system_does: ['evaluates_people'], annex3_areas: ['essential_services'], annex3_5_essential_services: ['annex3_5_a_public_benefits'], art6_3_profiling: 'yes', data_kinds: ['personal'], hosting_service: 'dedicated_application', hosting_location: 'state_it_centre' };
    const answers: Record<string, unknown> = {};
    let state = (await call('evaluate', { answers, lang: 'en' })).data;
    for (let i = 0; i < 60 && !state.complete; i++) {
      answers[state.next.id] = overrides[state.next.id] ?? defaultAnswer(state.next);
      state = (await call('evaluate', { answers, lang: 'en' })).data;
    }
    const created = (await call('create_assessment', { lang: 'en', answers })).data;
    const fria = await call('get_impact_assessment_draft', { kind: 'fria', id: created.id, editToken: created.editToken });
    expect(fria.isError).toBe(false);
    expect(fria.data.draft.elements.map((e: { point: string }) => e.point)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    const plain = (await call('create_assessment', { lang: 'en', answers: { intro_title: 'Not finished' } })).data;
    const refused = await call('get_impact_assessment_draft', { kind: 'fria', shareId: plain.shareId });
    expect(refused.isError).toBe(true);
    expect(refused.data.problem.status).toBe(409);
    const register = await call('search_register', { q: 'nothing-published-under-this-word' });
    expect(register.data).toEqual({ total: 0, entries: [] });
  });

  it('returns the REST API’s reasons as tool errors for a wrong answer', async () => {
    const r = await call('evaluate', { answers: { def_ai_system: 'maybe' }, lang: 'en' });
    expect(r.isError).toBe(true);
    expect(r.data.problem['invalid-params'][0]).toMatchObject({ name: '/answers/def_ai_system', code: 'unknown_option' });
    expect(r.text).toContain('unknown_option');
  });

  it('serves the legal sources of the questions as resources, in the language asked', async () => {
    const r = await client.readResource({ uri: `law://fr/${encodeURIComponent('AI Act Art 5(1)(c)')}` });
    const text = (r.contents[0] as { text: string }).text;
    expect(text).toContain('Règlement IA, art. 5, par. 1, point c)');
    expect(text).toContain('groupes de personnes');
  });
});
