import { describe, expect, it } from 'vitest';
import { SELF, env, runInDurableObject } from 'cloudflare:test';
import { readAuthConfig } from './config.ts';
import { sessionName, sessionStub } from './identity.ts';
import type { SessionRecord } from './session-object.ts';
import { ORIGIN, SAMPLE_HIGH, api, as, createAssessment, json, signInLocal } from '../test-helpers.ts';

const sample = { flow: 'sample', version: '1.0.0', lang: 'en' };

/** Signs a local test user in as the browser would (the page's own form), and returns their cookie. */
async function signIn(user: string): Promise<string> {
  const res = await signInLocal(user);
  expect(res.status).toBe(303);
  expect(res.headers.get('location')).toBe('/workspace');
  const cookie = res.headers.get('set-cookie')!;
  expect(cookie).toMatch(/^__Host-session=[A-Za-z0-9_-]{43};/);
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/Secure/);
  expect(cookie).toMatch(/SameSite=Lax/);
  return cookie.split(';')[0]!;
}

describe('workspace', () => {
  it('says who is signed in, and nobody before sign-in', async () => {
    expect(await json(await api('/me'))).toEqual({ signedIn: false, mode: 'local', user: null, organisation: null, expiresAt: null });
    const cookie = await signIn('lea');
    const me = await json(await as(cookie, '/me'));
    expect(me).toMatchObject({ signedIn: true, mode: 'local', user: { id: 'lea', name: 'Léa Schmit', role: 'project_lead' }, organisation: { id: 'ministry-a', name: 'Ministry A' } });
    expect(Date.parse(me.expiresAt) - Date.now()).toBeGreaterThan(7 * 3_600_000);
  });

  it('refuses an unknown demo user and a sign-in posted from another site', async () => {
    const unknown = await SELF.fetch(`${ORIGIN}/auth/local`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' }, body: 'user=mallory' });
    expect(unknown.status).toBe(400);
    const foreign = await SELF.fetch(`${ORIGIN}/auth/local`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, body: 'user=lea' });
    expect(foreign.status).toBe(403);
    expect((await json(foreign)).type).toContain('cross-site-request');
  });

  it('moves an anonymous assessment into the workspace with its edit token; the token then reads nothing', async () => {
    const lea = await signIn('lea');
    const a = await createAssessment({ ...sample, answers: SAMPLE_HIGH });
    const wrong = await as(lea, `/workspace/assessments/${a.id}/claim`, { method: 'POST', json: { editToken: 'x'.repeat(22) } });
    expect(wrong.status).toBe(404);
    const claimed = await as(lea, `/workspace/assessments/${a.id}/claim`, { method: 'POST', json: { editToken: a.editToken } });
    expect(claimed.status).toBe(200);
    expect((await api(`/assessments/${a.id}`, { token: a.editToken })).status).toBe(404);
    const again = await as(lea, `/workspace/assessments/${a.id}/claim`, { method: 'POST', json: { editToken: a.editToken } });
    expect(again.status).toBe(409);
    const read = await json(await as(lea, `/assessments/${a.id}`));
    expect(read.evaluation.result.riskClass).toBe('high_risk');
    const portfolio = await json(await as(lea, '/workspace/assessments'));
    expect(portfolio.entries.find((e: { id: string }) => e.id === a.id)).toMatchObject({ title: 'Bot', ownerId: 'lea', ownerName: 'Léa Schmit', riskClass: 'high_risk', complete: true, status: 'draft', flowVersion: '1.0.0', recheck: true });
    // The share link still reads it, read-only.
    expect((await api(`/shared/${a.shareId}`)).status).toBe(200);
  });

  it('keeps organisations apart: another organisation’s member gets 404 for every operation, listing included', async () => {
    const lea = await signIn('lea');
    const bea = await signIn('bea');
    const created = await json(await as(lea, '/workspace/assessments', { method: 'POST', json: { ...sample, answers: { title: 'Internal triage' } } }));
    expect(created.id).toMatch(/^[0-9a-f]{32}$/);
    expect(created).not.toHaveProperty('editToken');
    // The organisation keeps it: no retention alarm, until its author or an admin deletes it.
    expect(created.meta.expiresAt).toBeNull();
    for (const [path, init] of [
      [`/assessments/${created.id}`, {}],
      [`/assessments/${created.id}/answers/uses_ai`, { method: 'PUT', json: { value: 'no' } }],
      [`/assessments/${created.id}/back`, { method: 'POST' }],
      [`/assessments/${created.id}/report.md`, {}],
      [`/assessments/${created.id}`, { method: 'DELETE' }],
    ] as const) {
      expect((await as(bea, path, init as RequestInit & { json?: unknown })).status, `${init && 'method' in init ? init.method : 'GET'} ${path}`).toBe(404);
    }
    const theirs = await json(await as(bea, '/workspace/assessments'));
    expect(theirs.entries.map((e: { id: string }) => e.id)).not.toContain(created.id);
    // Nor does an edit token (there is none) or no credentials at all reach it.
    expect((await api(`/assessments/${created.id}`)).status).toBe(401);
  });

  it('lets the author and admins change an assessment, other members only read it', async () => {
    const lea = await signIn('lea');
    const paul = await signIn('paul');
    const marc = await signIn('marc');
    const jean = await signIn('jean');
    const { id } = await json(await as(lea, '/workspace/assessments', { method: 'POST', json: sample }));
    expect((await as(lea, `/assessments/${id}/answers/title`, { method: 'PUT', json: { value: 'Case triage' } })).status).toBe(200);
    const refused = await as(paul, `/assessments/${id}/answers/title`, { method: 'PUT', json: { value: 'Mine now' } });
    expect(refused.status).toBe(403);
    expect((await json(refused)).type).toContain('role-required');
    expect((await as(marc, `/assessments/${id}`)).status).toBe(200);
    expect((await as(marc, `/assessments/${id}/report.json`)).status).toBe(200);
    expect((await as(jean, `/assessments/${id}/answers/uses_ai`, { method: 'PUT', json: { value: 'yes' } })).status).toBe(200);
    // A reviewer cannot start one.
    expect((await as(marc, '/workspace/assessments', { method: 'POST', json: sample })).status).toBe(403);
  });

  it('refuses a change made with the cookie from another site, and an ended session at once', async () => {
    const lea = await signIn('lea');
    const { id } = await json(await as(lea, '/workspace/assessments', { method: 'POST', json: sample }));
    const csrf = await api(`/assessments/${id}/answers/title`, { method: 'PUT', json: { value: 'Forged' }, headers: { cookie: lea, origin: 'https://evil.example' } });
    expect(csrf.status).toBe(403);
    expect((await json(csrf)).type).toContain('cross-site-request');
    const out = await SELF.fetch(`${ORIGIN}/auth/sign-out`, { method: 'POST', redirect: 'manual', headers: { cookie: lea, 'sec-fetch-site': 'same-origin' } });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/__Host-session=;/);
    expect((await json(await as(lea, '/me'))).signedIn).toBe(false);
    expect((await as(lea, `/assessments/${id}`)).status).toBe(401);
    expect((await as(lea, '/workspace/assessments')).status).toBe(401);
  });

  it('ends a session when it expires, and every session of a member when they or an admin revoke them', async () => {
    const lea = await signIn('lea');
    // The session's end, moved into the past in its object: the next request finds no session.
    await runInDurableObject(sessionStub(env, await sessionName(lea.split('=')[1]!)), async (_obj, state) => {
      const s = (await state.storage.get<SessionRecord>('session'))!;
      await state.storage.put('session', { ...s, expiresAt: new Date(Date.now() - 1000).toISOString() });
    });
    expect((await json(await as(lea, '/me'))).signedIn).toBe(false);

    const one = await signIn('paul');
    const two = await signIn('paul');
    expect((await as(one, '/workspace/members/paul/revoke-sessions', { method: 'POST' })).status).toBe(204);
    expect((await json(await as(one, '/me'))).signedIn).toBe(false);
    expect((await json(await as(two, '/me'))).signedIn).toBe(false);
    const again = await signIn('paul');
    expect((await json(await as(again, '/me'))).signedIn).toBe(true);
    // Someone else's sessions: admins only.
    expect((await as(again, '/workspace/members/jean/revoke-sessions', { method: 'POST' })).status).toBe(403);
    const jean = await signIn('jean');
    expect((await as(jean, '/workspace/members/paul/revoke-sessions', { method: 'POST' })).status).toBe(204);
    expect((await json(await as(again, '/me'))).signedIn).toBe(false);
  });

  it('refuses local demo sign-in in production, and sign-in settings that do not parse, saying why', () => {
    const base = { ...env, AUTH_MODE: 'local' } as Env;
    expect(readAuthConfig({ ...base, ENVIRONMENT: 'production' })).toEqual({ mode: 'off', problem: 'AUTH_MODE=local is refused when ENVIRONMENT=production' });
    expect(readAuthConfig({ ...base, LOCAL_USERS: '[{"id":"x"}]' })).toMatchObject({ mode: 'off', problem: expect.stringContaining('sign-in settings') });
    expect(readAuthConfig({ ...base, AUTH_MODE: 'oidc', OIDC_ISSUER: 'not a url', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's' })).toMatchObject({ mode: 'off' });
    expect(readAuthConfig({ ...base, AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://id.example.lu', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's', OIDC_ROLE_MAP: '{"dpo":"reviewer"}' })).toMatchObject({ mode: 'oidc', oidc: { audience: 'c', roleMap: { dpo: 'reviewer' } } });
  });

  it('lets admins invite, change roles and remove members; removal ends access at once; the trail records it', async () => {
    const jean = await signIn('jean');
    const paul = await signIn('paul');
    expect((await as(paul, '/workspace/invitations', { method: 'POST', json: { email: 'anne@a.test', role: 'reviewer' } })).status).toBe(403);
    const invited = await json(await as(jean, '/workspace/invitations', { method: 'POST', json: { email: 'Anne@a.test', role: 'reviewer' } }));
    expect(invited.invitations).toContainEqual(expect.objectContaining({ email: 'anne@a.test', role: 'reviewer', invitedBy: 'Jean Muller' }));
    expect((await as(jean, '/workspace/invitations', { method: 'POST', json: { email: 'paul@a.test', role: 'reviewer' } })).status).toBe(409);
    const promoted = await json(await as(jean, '/workspace/members/paul', { method: 'PATCH', json: { role: 'reviewer' } }));
    expect(promoted).toMatchObject({ userId: 'paul', role: 'reviewer', source: 'admin' });
    expect((await json(await as(paul, '/me'))).user.role).toBe('reviewer');
    expect((await as(jean, '/workspace/members/jean', { method: 'PATCH', json: { role: 'project_lead' } })).status).toBe(409);
    expect((await as(jean, '/workspace/members/nobody', { method: 'DELETE' })).status).toBe(404);
    expect((await as(jean, '/workspace/members/paul', { method: 'DELETE' })).status).toBe(204);
    expect((await as(paul, '/workspace/assessments')).status).toBe(401);
    const trail = (await json(await as(jean, '/workspace/audit'))).entries.map((e: { action: string; target: string }) => `${e.action} ${e.target}`);
    expect(trail).toEqual(expect.arrayContaining(['member_invited anne@a.test', 'role_changed paul', 'member_removed paul']));
  });

  it('filters, searches and sorts the portfolio, and exports it as CSV', async () => {
    const jean = await signIn('jean');
    for (const title of ['Zeta chatbot', 'Alpha triage', '=HYPERLINK("x")']) await as(jean, '/workspace/assessments', { method: 'POST', json: { ...sample, answers: { title } } });
    const found = await json(await as(jean, '/workspace/assessments?q=triage%20alpha'));
    expect(found.entries.map((e: { title: string }) => e.title)).toEqual(['Alpha triage']);
    const sorted = await json(await as(jean, '/workspace/assessments?sort=title&owner=jean'));
    const titles = sorted.entries.map((e: { title: string }) => e.title);
    expect(titles).toEqual([...titles].sort((a: string, b: string) => a.localeCompare(b)));
    expect((await json(await as(jean, '/workspace/assessments?riskClass=incomplete&owner=jean'))).total).toBeGreaterThanOrEqual(3);
    const csv = await as(jean, '/workspace/assessments.csv?owner=jean');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a byte-order mark, so that spreadsheets read UTF-8
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe('id,title,owner,risk_class,complete,status,flow_version,updated_at,recheck_needed');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect((await as(jean, '/workspace/assessments?sort=colour')).status).toBe(400);
  });

  it('answers workspace operations without a session with 401 problem+json, and a forged access token too', async () => {
    const none = await api('/workspace/assessments');
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toContain('application/problem+json');
    const forged = await api('/workspace/assessments', { headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJsZWEifQ.' } });
    expect(forged.status).toBe(401);
    expect((await json(forged)).type).toContain('sign-in-required');
  });

  describe('review with four eyes', () => {
    /** Lea's complete high-risk assessment in the workspace, submitted for review. */
    async function submitted() {
      const lea = await signIn('lea');
      const created = await json(await as(lea, '/workspace/assessments', { method: 'POST', json: { ...sample, answers: SAMPLE_HIGH } }));
      const res = await as(lea, `/assessments/${created.id}/review/submit`, { method: 'POST' });
      expect(res.status).toBe(200);
      const state = await json(res);
      expect(state.review).toMatchObject({ organisation: 'ministry-a', owner: { id: 'lea', name: 'Léa Schmit' }, status: 'in_review', round: 1, approval: null });
      return { lea, id: created.id as string, revision: state.meta.revision as number };
    }

    it('refuses the author’s own approval, a project lead’s, and an approval of a revision that changed since it was opened', async () => {
      const { lea, id, revision } = await submitted();
      const own = await as(lea, `/assessments/${id}/review/approve`, { method: 'POST', json: { revision } });
      expect(own.status).toBe(403);
      expect((await json(own))['invalid-params'][0].code).toBe('own_assessment');
      const paul = await signIn('paul');
      expect((await as(paul, `/assessments/${id}/review/approve`, { method: 'POST', json: { revision } })).status).toBe(403);
      // An admin is no exception: an admin's own assessment needs another reviewer too.
      const jean = await signIn('jean');
      const hers = await json(await as(jean, '/workspace/assessments', { method: 'POST', json: { ...sample, answers: SAMPLE_HIGH } }));
      const sent = await json(await as(jean, `/assessments/${hers.id}/review/submit`, { method: 'POST' }));
      expect((await as(jean, `/assessments/${hers.id}/review/approve`, { method: 'POST', json: { revision: sent.meta.revision } })).status).toBe(403);
      const marc = await signIn('marc');
      const stale = await as(marc, `/assessments/${id}/review/approve`, { method: 'POST', json: { revision: revision - 1 } });
      expect(stale.status).toBe(409);
      expect((await json(stale))['invalid-params'][0]).toMatchObject({ name: '/revision', code: 'changed_meanwhile' });
    });

    it('records who approved what and when; a later change to an answer starts a new round that needs approval again', async () => {
      const { lea, id, revision } = await submitted();
      const marc = await signIn('marc');
      const approved = await json(await as(marc, `/assessments/${id}/review/approve`, { method: 'POST', json: { revision } }));
      expect(approved.review.status).toBe('approved');
      expect(approved.review.approval).toMatchObject({ by: { id: 'marc', name: 'Marc Weber', role: 'reviewer' }, round: 1, revision, flowVersion: '1.0.0' });
      expect(approved.review.approval.answersHash).toMatch(/^[0-9a-f]{64}$/);
      const md = await (await as(lea, `/assessments/${id}/report.md`)).text();
      expect(md).toContain('Approved by Marc Weber (reviewer (DPO, legal service))');
      expect(md).toContain(approved.review.approval.answersHash);
      const portfolio = await json(await as(lea, '/workspace/assessments?status=approved'));
      expect(portfolio.entries.map((e: { id: string }) => e.id)).toContain(id);

      const changed = await json(await as(lea, `/assessments/${id}/answers/title`, { method: 'PUT', json: { value: 'Bot, second version' } }));
      expect(changed.review).toMatchObject({ status: 'draft', round: 2, approval: null });
      expect(changed.review.previousApprovals).toHaveLength(1);
      const after = await (await as(lea, `/assessments/${id}/report.md`)).text();
      expect(after).toContain('NOT APPROVED');
      expect(after).toContain('Round 1 was approved by Marc Weber');
      // The audit trail has it all, in order, and the JSON report carries it.
      const report = await json(await as(lea, `/assessments/${id}/report.json`));
      expect(report.audit.map((e: { action: string }) => e.action)).toEqual(['created', 'submitted', 'approved', 'answered', 'reopened']);
      expect(report.audit[3]).toMatchObject({ actor: { id: 'lea', role: 'project_lead' }, detail: { question: 'title', from: 'Bot', to: 'Bot, second version' } });
      const trail = await json(await as(marc, `/assessments/${id}/audit`));
      expect(trail.entries).toEqual(report.audit);
      // Nothing edits the trail: there is no operation for it.
      expect((await as(lea, `/assessments/${id}/audit`, { method: 'DELETE' })).status).toBe(405);
    });

    it('lets a reviewer comment beside a question and request changes; the author replies and resolves', async () => {
      const { lea, id } = await submitted();
      const marc = await signIn('marc');
      const added = await json(await as(marc, `/assessments/${id}/comments`, { method: 'POST', json: { question: 'data_kind', body: 'Which personal data exactly?' } }));
      const thread = added.comments[0];
      expect(thread).toMatchObject({ question: 'data_kind', parent: null, author: { id: 'marc', role: 'reviewer' }, body: 'Which personal data exactly?', resolved: null });
      const asked = await json(await as(marc, `/assessments/${id}/review/request-changes`, { method: 'POST', json: { note: 'See my question on the data.' } }));
      expect(asked.review.status).toBe('changes_requested');
      await as(lea, `/assessments/${id}/comments`, { method: 'POST', json: { parent: thread.id, body: 'Names and addresses of applicants.' } });
      const resolved = await json(await as(lea, `/assessments/${id}/comments/${thread.id}/resolve`, { method: 'POST' }));
      const byId = Object.fromEntries(resolved.comments.map((c: { id: string }) => [c.id, c]));
      expect(byId[thread.id].resolved).toMatchObject({ by: { id: 'lea' } });
      expect(resolved.comments.filter((c: { parent: string | null }) => c.parent === thread.id)).toHaveLength(1);
      expect(resolved.comments.some((c: { question: null; body: string }) => c.question === null && c.body === 'See my question on the data.')).toBe(true);
      // A comment on a question the flow does not have, or with control characters, is refused.
      expect((await as(marc, `/assessments/${id}/comments`, { method: 'POST', json: { question: 'no_such_question', body: 'x' } })).status).toBe(400);
      expect((await as(marc, `/assessments/${id}/comments`, { method: 'POST', json: { body: 'a\u202eb' } })).status).toBe(400);
      // Resubmitted, then approved by the reviewer.
      const again = await json(await as(lea, `/assessments/${id}/review/submit`, { method: 'POST' }));
      expect(again.review.status).toBe('in_review');
      expect((await as(marc, `/assessments/${id}/review/approve`, { method: 'POST', json: { revision: again.meta.revision } })).status).toBe(200);
    });

    it('submits only a complete assessment, and only in a workspace', async () => {
      const lea = await signIn('lea');
      const { id } = await json(await as(lea, '/workspace/assessments', { method: 'POST', json: sample }));
      const incomplete = await as(lea, `/assessments/${id}/review/submit`, { method: 'POST' });
      expect(incomplete.status).toBe(409);
      const anonymous = await createAssessment({ ...sample, answers: SAMPLE_HIGH });
      expect((await api(`/assessments/${anonymous.id}/review/submit`, { method: 'POST', token: anonymous.editToken })).status).toBe(409);
      expect(await (await api(`/assessments/${anonymous.id}/report.md`, { token: anonymous.editToken })).text()).toContain('NOT APPROVED — an anonymous assessment');
    });

    it('marks an assessment on an older flow version for a re-check, previews it, and the migration starts a new draft round', async () => {
      const { lea, id, revision } = await submitted();
      const marc = await signIn('marc');
      await as(marc, `/assessments/${id}/review/approve`, { method: 'POST', json: { revision } });
      const row = (await json(await as(lea, '/workspace/assessments?recheck=true'))).entries.find((e: { id: string }) => e.id === id);
      expect(row).toMatchObject({ recheck: true, flowVersion: '1.0.0', status: 'approved' });
      const preview = await json(await as(lea, `/assessments/${id}/recheck`));
      expect(preview).toMatchObject({ from: '1.0.0', to: '1.1.0', notCarried: [{ question: 'areas' }] });
      const migrated = await json(await as(lea, `/assessments/${id}/migrate`, { method: 'POST', json: {} }));
      expect(migrated.assessment.review).toMatchObject({ status: 'draft', round: 2, approval: null });
      const after = (await json(await as(lea, '/workspace/assessments'))).entries.find((e: { id: string }) => e.id === id);
      expect(after).toMatchObject({ recheck: false, flowVersion: '1.1.0', status: 'draft' });
      expect((await as(lea, `/assessments/${id}/recheck`)).status).toBe(409);
    });
  });
});
