// One Durable Object per assessment (SQLite storage). Every operation is one call into the object,
// which runs them one at a time: it checks the edit token before anything else, then the If-Match
// revision, validates, stores, evaluates and returns the new state. The route does no read of its own.
import { DurableObject } from 'cloudflare:workers';
import type { AnswerValue, Answers } from '../../decision-trees/bundle.ts';
import type { Lang } from '../../decision-trees/langs.ts';
import { evaluate } from '../../decision-trees/evaluate.ts';
import { checkAnswer } from '../../decision-trees/answers.ts';
import { migrateAnswers, type MigrationReport } from '../../decision-trees/migrate.ts';
import { compareVersions, compiledFlow, currentVersion, findBundle, loadArchive } from '../flows.ts';
import type { AssessmentStateView } from '../api/schemas.ts';
import { etagOf, stateOf } from './state.ts';
import type { Actor, Approval, AuditEntry, Comment, PortfolioEntry, Role, Status } from '../workspace/schemas.ts';
import { Trail, answersHash } from './trail.ts';
import { orgStub } from '../workspace/stubs.ts';
import type { Person } from '../workspace/organisation-object.ts';
import { buildPublication } from '../register/standard.ts';
import { entryIdOf, languageSources, type StoredPublication } from '../register/publication.ts';
import { registerStub } from '../register/stub.ts';
import type { PublicationDetails, PublicationPreview, PublicationState } from '../register/schemas.ts';

export interface AssessmentMeta {
  id: string;
  flowId: string;
  version: string;
  hash: string;
  lang: Lang;
  shareId: string;
  createdAt: string;
  updatedAt: string;
  /** Null in a workspace: kept until deleted. */
  expiresAt: string | null;
  revision: number;
  /** In an organisation's workspace: then only its members reach it (the edit token no longer does). */
  workspace?: Workspace;
  /** The review of an assessment in a workspace. */
  review?: ReviewState;
}

export interface ReviewState {
  status: Status;
  round: number;
  submittedAt: string | null;
  approval: Approval | null;
  previousApprovals: Approval[];
}

const NEW_REVIEW: ReviewState = { status: 'draft', round: 1, submittedAt: null, approval: null, previousApprovals: [] };
export type ReviewAction = 'submit' | 'request_changes' | 'approve';

export interface Workspace {
  orgId: string;
  ownerId: string;
  ownerName: string;
}

/** A signed-in member, as the route resolved them: their organisation, id, name and current role. */
export interface MemberAccess {
  orgId: string;
  userId: string;
  name: string;
  role: Role;
}

/** Who asks: the holder of the edit token (its hash), or a member of the assessment's organisation. */
export type Access = { tokenHash: string; member?: undefined } | { member: MemberAccess; tokenHash?: undefined };

export interface StoredAssessment {
  meta: AssessmentMeta;
  answers: Answers;
  /** Answers kept but not active: taken back with "back", or not carried by a migration. */
  setAside: Answers;
  /** For the reports: the comments and the audit trail. */
  comments?: Comment[];
  audit?: AuditEntry[];
}

export interface CreateInput {
  meta: Omit<AssessmentMeta, 'revision' | 'updatedAt' | 'expiresAt'>;
  /** Null for an assessment created in a workspace: no edit token exists. */
  tokenHash: string | null;
  /** The author's role, for the audit trail of an assessment created in a workspace. */
  ownerRole?: Role;
  retentionDays: number;
  answers: Answers;
}

/** What a write is checked against: the token's hash, the If-Match revision, and whether If-Match is required. */
export type Guard = Access & {
  ifMatch?: number | 'any' | 'invalid';
  requireIfMatch: boolean;
};

export type Failure =
  | { ok: false; reason: 'not_found' | 'forbidden' | 'not_owner' | 'in_workspace' | 'nothing_to_undo' | 'precondition_required' | 'version_gone' }
  | { ok: false; reason: 'not_in_workspace' | 'incomplete' | 'reviewer_only' | 'own_assessment' | 'comment_not_found' | 'not_comment_author' }
  | { ok: false; reason: 'review_state'; status: Status }
  | { ok: false; reason: 'changed_meanwhile'; current: number }
  | { ok: false; reason: 'precondition_failed'; current: string }
  | { ok: false; reason: 'invalid_answer'; question: string; code: string; params?: Record<string, string | number> }
  | { ok: false; reason: 'not_newer'; version: string }
  | { ok: false; reason: 'not_published'; version: string }
  | { ok: false; reason: 'not_publishable'; blockers: PublicationPreview['blockers'] }
  | { ok: false; reason: 'not_in_register' };
export type Success = { ok: true; state: AssessmentStateView; etag: string; changed: boolean };
/** How the state is returned: the language (null: the assessment's own) and whether the path carries its labels. */
export interface View {
  lang: Lang | null;
  expand: boolean;
}
export type Outcome = Success | Failure;

const DAY = 86_400_000;

export class AssessmentObject extends DurableObject<Env> {
  private sql = this.ctx.storage.sql;
  private trail = new Trail(this.ctx.storage.sql);

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.ensureSchema();
    // An assessment may be pinned to an archived version: have it before the first request.
    void ctx.blockConcurrencyWhile(() => loadArchive(env));
  }

  /** Idempotent schema: run at start and again after a deletion emptied the storage. */
  private ensureSchema(): void {
    this.sql.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    this.sql.exec(`CREATE TABLE IF NOT EXISTS answers (question TEXT PRIMARY KEY, value TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1)`);
    this.trail.ensureSchema();
  }

  /**
   * A change to the answers of an assessment under review or approved: the review goes back to draft;
   * after an approval a new round starts and the approval is kept as the previous round's.
   */
  private reopen(meta: AssessmentMeta, actor: Actor): AssessmentMeta {
    const r = meta.review;
    if (!r || (r.status !== 'approved' && r.status !== 'in_review')) return meta;
    const next: ReviewState =
      r.status === 'approved'
        ? { ...r, status: 'draft', round: r.round + 1, submittedAt: null, approval: null, previousApprovals: [...r.previousApprovals, ...(r.approval ? [r.approval] : [])] }
        : { ...r, status: 'draft', submittedAt: null };
    this.trail.log(actor, 'reopened', { from: r.status, round: next.round });
    return { ...meta, review: next };
  }

  private async wipe(): Promise<void> {
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    this.ensureSchema();
  }

  private getMeta(key: string): string | undefined {
    const row = this.sql.exec<{ value: string }>('SELECT value FROM meta WHERE key = ?', key).toArray()[0];
    return row?.value;
  }

  private setMeta(key: string, value: string): void {
    this.sql.exec('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', key, value);
  }

  private load(): StoredAssessment | undefined {
    const raw = this.getMeta('assessment');
    if (!raw) return undefined;
    const answers: Answers = {};
    const setAside: Answers = {};
    for (const row of this.sql.exec<{ question: string; value: string; active: number }>('SELECT question, value, active FROM answers ORDER BY question')) {
      (row.active ? answers : setAside)[row.question] = JSON.parse(row.value) as AnswerValue;
    }
    return { meta: JSON.parse(raw) as AssessmentMeta, answers, setAside };
  }

  /** Marks a write: new revision, new update time, retention counted from now. */
  private async touch(meta: AssessmentMeta): Promise<void> {
    const now = Date.now();
    const retention = Number(this.getMeta('retentionDays') ?? '365');
    // An organisation keeps its workspace's records (its register builds on them): no retention alarm;
    // they go when their author or an admin deletes them.
    const kept = Boolean(meta.workspace);
    const next = { ...meta, revision: meta.revision + 1, updatedAt: new Date(now).toISOString(), expiresAt: kept ? null : new Date(now + retention * DAY).toISOString() };
    this.setMeta('assessment', JSON.stringify(next));
    if (kept) await this.ctx.storage.deleteAlarm();
    else await this.ctx.storage.setAlarm(now + retention * DAY);
  }

  /**
   * Who asks first, then the revision: a wrong token learns nothing of the assessment's state. In a
   * workspace only the organisation's members reach it (anyone else: not found); only its author and
   * the organisation's admins change it. Elsewhere the edit token is the capability.
   */
  private check(g: Guard, write = true): Failure | StoredAssessment {
    const raw = this.getMeta('assessment');
    if (!raw) return { ok: false, reason: 'not_found' };
    const ws = (JSON.parse(raw) as AssessmentMeta).workspace;
    if (ws) {
      if (!g.member || g.member.orgId !== ws.orgId) return { ok: false, reason: 'not_found' };
      if (write && g.member.userId !== ws.ownerId && g.member.role !== 'admin') return { ok: false, reason: 'not_owner' };
    } else {
      const stored = this.getMeta('tokenHash');
      if (!stored || g.tokenHash === undefined) return { ok: false, reason: 'not_found' };
      if (!timingSafeEqual(stored, g.tokenHash)) return { ok: false, reason: 'forbidden' };
    }
    const current = this.load()!;
    if (g.ifMatch === undefined) return g.requireIfMatch ? { ok: false, reason: 'precondition_required' } : current;
    if (g.ifMatch !== 'any' && g.ifMatch !== current.meta.revision) return { ok: false, reason: 'precondition_failed', current: etagOf(current.meta.revision) };
    return current;
  }

  private async success(view: View, changed: boolean, added?: Person): Promise<Outcome> {
    const stored = this.load()!;
    const state = stateOf(stored, view.lang ?? stored.meta.lang, 'owner', view.expand);
    if (!state) return { ok: false, reason: 'version_gone' };
    // The organisation's portfolio follows every change (its object serialises the index writes).
    if (changed && stored.meta.workspace) await orgStub(this.env, stored.meta.workspace.orgId).index({ ...portfolioEntry(stored, state), publication: await this.publicationMark(stored) }, added);
    return { ok: true, state, etag: etagOf(stored.meta.revision), changed };
  }

  async create(input: CreateInput, view: View): Promise<Outcome> {
    if (this.getMeta('assessment')) throw new Error('assessment already exists');
    const now = new Date().toISOString();
    if (input.tokenHash) this.setMeta('tokenHash', input.tokenHash);
    const ws = input.meta.workspace;
    this.trail.log(ws ? { id: ws.ownerId, name: ws.ownerName, role: input.ownerRole ?? 'project_lead' } : TOKEN_HOLDER, 'created', { flow: input.meta.flowId, version: input.meta.version, answers: Object.keys(input.answers).length });
    this.setMeta('retentionDays', String(input.retentionDays));
    for (const [q, v] of Object.entries(input.answers)) this.sql.exec('INSERT INTO answers (question, value, active) VALUES (?, ?, 1)', q, JSON.stringify(v));
    await this.touch({ ...input.meta, ...(ws ? { review: NEW_REVIEW } : {}), createdAt: now, updatedAt: now, expiresAt: now, revision: 0 });
    return this.success(view, true, ws ? { id: ws.ownerId, name: ws.ownerName, email: '' } : undefined);
  }

  /** The owner's read (the edit token), or a member's. */
  async read(access: Access, view: View): Promise<Outcome> {
    const c = this.check({ ...access, requireIfMatch: false }, false);
    if ('ok' in c) return c;
    return this.success(view, false);
  }

  /** The stored answers and metadata for a report (the owner's token, a member, or a share link resolved before). */
  async stored(access: Access | null): Promise<StoredAssessment | Failure> {
    const s = access === null ? (this.load() ?? { ok: false as const, reason: 'not_found' as const }) : this.check({ ...access, requireIfMatch: false }, false);
    return 'ok' in s ? s : { ...s, comments: this.trail.comments(), audit: this.trail.audit() };
  }

  /**
   * The holder of the edit token moves the assessment into their organisation's workspace: from then
   * on its members reach it and the token no longer does (the share link keeps working, read-only).
   */
  async claim(tokenHash: string, workspace: Workspace, by: Person & { role: Role }, view: View): Promise<Outcome> {
    const raw = this.getMeta('assessment');
    if (raw && (JSON.parse(raw) as AssessmentMeta).workspace) return { ok: false, reason: 'in_workspace' };
    const c = this.check({ tokenHash, requireIfMatch: false });
    if ('ok' in c) return c;
    this.sql.exec(`DELETE FROM meta WHERE key = 'tokenHash'`);
    this.trail.log({ id: by.id, name: by.name, role: by.role }, 'claimed', { organisation: workspace.orgId });
    await this.touch({ ...c.meta, workspace, review: NEW_REVIEW });
    return this.success(view, true, by);
  }

  /** The read-only view, for a share link already resolved to this object. */
  async readShared(view: View): Promise<Outcome> {
    const stored = this.load();
    if (!stored) return { ok: false, reason: 'not_found' };
    const state = stateOf(stored, view.lang ?? stored.meta.lang, 'shared', view.expand);
    return state ? { ok: true, state, etag: etagOf(stored.meta.revision), changed: false } : { ok: false, reason: 'version_gone' };
  }

  /** Answers a question or changes an earlier answer; the same answer again changes nothing (no new revision). */
  async answer(g: Guard, question: string, value: AnswerValue, view: View): Promise<Outcome> {
    const c = this.check(g);
    if ('ok' in c) return c;
    const bundle = findBundle(c.meta.flowId, c.meta.version);
    if (!bundle) return { ok: false, reason: 'version_gone' };
    const error = checkAnswer(compiledFlow(bundle).index.questions.get(question), question, value);
    if (error) return { ok: false, reason: 'invalid_answer', question, code: error.reason, ...(error.params ? { params: error.params } : {}) };
    const row = this.sql.exec<{ value: string; active: number }>('SELECT value, active FROM answers WHERE question = ?', question).toArray()[0];
    if (row?.active && row.value === JSON.stringify(value)) return this.success(view, false);
    this.sql.exec('INSERT INTO answers (question, value, active) VALUES (?, ?, 1) ON CONFLICT(question) DO UPDATE SET value = excluded.value, active = 1', question, JSON.stringify(value));
    const actor = actorOf(g);
    this.trail.log(actor, 'answered', { question, from: row?.active ? (JSON.parse(row.value) as unknown) : null, to: value });
    await this.touch(this.reopen(c.meta, actor));
    return this.success(view, true);
  }

  async setLang(g: Guard, next: Lang, view: View): Promise<Outcome> {
    const c = this.check(g);
    if ('ok' in c) return c;
    if (c.meta.lang === next) return this.success({ ...view, lang: next }, false);
    this.trail.log(actorOf(g), 'language_changed', { from: c.meta.lang, to: next });
    await this.touch({ ...c.meta, lang: next });
    return this.success({ ...view, lang: next }, true);
  }

  /** Takes back the last answer on the current path: its question becomes the next one again. */
  async back(g: Guard, view: View): Promise<Outcome> {
    const c = this.check(g);
    if ('ok' in c) return c;
    const bundle = findBundle(c.meta.flowId, c.meta.version);
    if (!bundle) return { ok: false, reason: 'version_gone' };
    const r = evaluate(compiledFlow(bundle), c.answers, { lang: c.meta.lang, date: c.meta.updatedAt.slice(0, 10) });
    const last = r.ok ? r.path[r.path.length - 1] : undefined;
    if (!last) return { ok: false, reason: 'nothing_to_undo' };
    this.sql.exec('UPDATE answers SET active = 0 WHERE question = ?', last.id);
    const actor = actorOf(g);
    this.trail.log(actor, 'taken_back', { question: last.id });
    await this.touch(this.reopen(c.meta, actor));
    return this.success(view, true);
  }

  /**
   * Moves the assessment to a newer flow version by that version's migrations: the answers it keeps or
   * derives become the active answers, every other stored answer is kept aside (never deleted), and the
   * move is logged with the answers before it.
   */
  async migrate(g: Guard, version: string | undefined, view: View): Promise<(Success & { report: MigrationReport }) | Failure> {
    const c = this.check(g);
    if ('ok' in c) return c;
    const targetVersion = version ?? currentVersion(c.meta.flowId);
    const target = targetVersion ? findBundle(c.meta.flowId, targetVersion) : undefined;
    if (!target) return { ok: false, reason: 'not_published', version: version ?? '' };
    if (compareVersions(target.flow.version, c.meta.version) <= 0) return { ok: false, reason: 'not_newer', version: c.meta.version };
    const report = migrateAnswers(compiledFlow(target), c.meta.version, c.answers);
    this.ctx.storage.transactionSync(() => {
      this.sql.exec('UPDATE answers SET active = 0');
      for (const [q, v] of Object.entries(report.answers)) {
        this.sql.exec('INSERT INTO answers (question, value, active) VALUES (?, ?, 1) ON CONFLICT(question) DO UPDATE SET value = excluded.value, active = 1', q, JSON.stringify(v));
      }
      const history = JSON.parse(this.getMeta('migrations') ?? '[]') as unknown[];
      this.setMeta('migrations', JSON.stringify([...history, { from: report.from, to: report.to, notCarried: report.notCarried, at: new Date().toISOString(), answersBefore: c.answers }]));
    });
    const actor = actorOf(g);
    this.trail.log(actor, 'migrated', { from: report.from, to: report.to, notCarried: report.notCarried.map((n) => n.question) });
    await this.touch(this.reopen({ ...c.meta, version: target.flow.version, hash: target.hash }, actor));
    const done = await this.success(view, true);
    return done.ok ? { ...done, report } : done;
  }

  /**
   * The review, with four eyes: the author (or an admin) submits a complete assessment; a reviewer or an
   * admin who is not its author requests changes or approves. An approval names the revision the
   * reviewer opened: if the assessment changed since, it is refused (409) and must be read again.
   */
  async review(access: Access, action: ReviewAction, revision: number | undefined, view: View): Promise<Outcome> {
    const c = this.check({ ...access, requireIfMatch: false }, false);
    if ('ok' in c) return c;
    const ws = c.meta.workspace;
    const r = c.meta.review ?? NEW_REVIEW;
    if (!ws || !access.member) return { ok: false, reason: 'not_in_workspace' };
    const m = access.member;
    const actor = actorOf(access);
    const author = m.userId === ws.ownerId;
    let next: ReviewState;
    if (action === 'submit') {
      if (!author && m.role !== 'admin') return { ok: false, reason: 'not_owner' };
      if (r.status !== 'draft' && r.status !== 'changes_requested') return { ok: false, reason: 'review_state', status: r.status };
      const state = stateOf(c, c.meta.lang, 'owner', false);
      if (!state?.evaluation.complete) return { ok: false, reason: 'incomplete' };
      next = { ...r, status: 'in_review', submittedAt: new Date().toISOString() };
      this.trail.log(actor, 'submitted', { round: r.round, revision: c.meta.revision });
    } else {
      if (author) return { ok: false, reason: 'own_assessment' };
      if (m.role !== 'reviewer' && m.role !== 'admin') return { ok: false, reason: 'reviewer_only' };
      if (r.status !== 'in_review') return { ok: false, reason: 'review_state', status: r.status };
      if (action === 'request_changes') {
        next = { ...r, status: 'changes_requested' };
        this.trail.log(actor, 'changes_requested', { round: r.round, revision: c.meta.revision });
      } else {
        if (revision !== c.meta.revision) return { ok: false, reason: 'changed_meanwhile', current: c.meta.revision };
        const approval: Approval = { by: actor, at: new Date().toISOString(), round: r.round, revision: c.meta.revision, flowVersion: c.meta.version, flowHash: c.meta.hash, answersHash: await answersHash(c.answers) };
        next = { ...r, status: 'approved', approval };
        this.trail.log(actor, 'approved', { round: r.round, revision: c.meta.revision, answersHash: approval.answersHash });
      }
    }
    await this.touch({ ...c.meta, review: next });
    return this.success(view, true);
  }

  /** A comment on a question (or on the whole assessment), or a reply in a thread; members of the workspace. */
  async comment(access: Access, input: { question: string | null; parent: string | null; body: string }): Promise<{ ok: true; comments: Comment[] } | Failure> {
    const c = this.check({ ...access, requireIfMatch: false }, false);
    if ('ok' in c) return c;
    if (!c.meta.workspace || !access.member) return { ok: false, reason: 'not_in_workspace' };
    let question = input.question;
    if (input.parent) {
      const root = this.trail.find(input.parent);
      if (!root || root.parent !== null) return { ok: false, reason: 'comment_not_found' };
      question = root.question;
    } else if (question !== null) {
      const bundle = findBundle(c.meta.flowId, c.meta.version);
      if (!bundle || !compiledFlow(bundle).index.questions.has(question)) return { ok: false, reason: 'invalid_answer', question, code: 'unknown_question' };
    }
    const id = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
    const actor = actorOf(access);
    this.trail.add({ id, question, parent: input.parent, author: actor, body: input.body });
    this.trail.log(actor, 'commented', { comment: id, question, ...(input.parent ? { parent: input.parent } : {}) });
    return { ok: true, comments: this.trail.comments() };
  }

  /** Resolves a thread: its author, the assessment's author, a reviewer or an admin. */
  async resolveComment(access: Access, id: string): Promise<{ ok: true; comments: Comment[] } | Failure> {
    const c = this.check({ ...access, requireIfMatch: false }, false);
    if ('ok' in c) return c;
    if (!c.meta.workspace || !access.member) return { ok: false, reason: 'not_in_workspace' };
    const root = this.trail.find(id);
    if (!root || root.parent !== null) return { ok: false, reason: 'comment_not_found' };
    const m = access.member;
    if (root.author.id !== m.userId && c.meta.workspace.ownerId !== m.userId && m.role !== 'reviewer' && m.role !== 'admin') return { ok: false, reason: 'not_comment_author' };
    if (!root.resolved) {
      this.trail.resolve(id, actorOf(access));
      this.trail.log(actorOf(access), 'comment_resolved', { comment: id, question: root.question });
    }
    return { ok: true, comments: this.trail.comments() };
  }

  /** The comments and the audit trail, for whoever may read the assessment. */
  async history(access: Access): Promise<{ ok: true; comments: Comment[]; audit: AuditEntry[] } | Failure> {
    const c = this.check({ ...access, requireIfMatch: false }, false);
    if ('ok' in c) return c;
    return { ok: true, comments: this.trail.comments(), audit: this.trail.audit() };
  }

  /** What a re-check would do: the newer version's migration of the current answers, not stored. */
  async recheckPreview(access: Access): Promise<{ ok: true; report: MigrationReport } | Failure> {
    const c = this.check({ ...access, requireIfMatch: false }, false);
    if ('ok' in c) return c;
    const latest = currentVersion(c.meta.flowId);
    const target = latest ? findBundle(c.meta.flowId, latest) : undefined;
    if (!target || compareVersions(target.flow.version, c.meta.version) <= 0) return { ok: false, reason: 'not_newer', version: c.meta.version };
    return { ok: true, report: migrateAnswers(compiledFlow(target), c.meta.version, c.answers) };
  }

  async remove(g: Guard): Promise<{ ok: true; shareId: string } | Failure> {
    const c = this.check(g);
    if ('ok' in c) return c;
    if (c.meta.workspace) await orgStub(this.env, c.meta.workspace.orgId).unindex(c.meta.id);
    // A deleted assessment leaves no entry behind in the public register.
    const published = this.storedPublication();
    if (published) await registerStub(this.env).retract(published.entryId);
    await this.wipe();
    return { ok: true, shareId: c.meta.shareId };
  }

  // --- the public register: a register editor (or an admin) of the assessment's organisation publishes
  // the approved answers; what is published is what the preview showed.

  private storedPublication(): StoredPublication | null {
    const raw = this.getMeta('publication');
    return raw ? (JSON.parse(raw) as StoredPublication) : null;
  }

  private async publicationMark(stored: StoredAssessment): Promise<{ entryId: string; version: number; outOfSync: boolean } | null> {
    const p = this.storedPublication();
    if (!p) return null;
    return { entryId: p.entryId, version: p.version, outOfSync: p.flowVersion !== stored.meta.version || p.answersHash !== (await answersHash(stored.answers)) };
  }

  private async preview(c: StoredAssessment, details: PublicationDetails, lang: Lang): Promise<{ preview: PublicationPreview; riskClass: string } | Failure> {
    const ws = c.meta.workspace;
    if (!ws) return { ok: false, reason: 'not_in_workspace' };
    const bundle = findBundle(c.meta.flowId, c.meta.version);
    if (!bundle) return { ok: false, reason: 'version_gone' };
    const built = languageSources(bundle, c.answers, new Date().toISOString().slice(0, 10));
    if (!built) {
      const state = stateOf(c, lang, 'owner', false);
      if (!state?.evaluation.complete) return { ok: false, reason: 'incomplete' };
      return { ok: false, reason: 'not_publishable', blockers: [{ name: 'path:id', code: 'no_register_mapping', reason: '' }] };
    }
    const blockers: { name: string; code: string }[] = [];
    const approved = c.meta.review?.status === 'approved' && c.meta.review.approval?.answersHash === (await answersHash(c.answers));
    if (!approved) blockers.push({ name: 'path:id', code: 'not_approved' });
    if (built.sources[lang].riskClass === 'prohibited') blockers.push({ name: 'path:id', code: 'prohibited' });
    const orgName = await orgStub(this.env, ws.orgId).organisationName();
    return { preview: buildPublication(built.sources, details, await entryIdOf(c.meta.id), orgName, lang, blockers), riskClass: built.sources[lang].riskClass };
  }

  /** What publishing would make public, and what stops it; nothing is stored. */
  async previewPublication(access: Access, details: PublicationDetails, lang: Lang): Promise<{ ok: true; preview: PublicationPreview } | Failure> {
    const c = this.check({ ...access, requireIfMatch: false }, false);
    if ('ok' in c) return c;
    const p = await this.preview(c, details, lang);
    return 'ok' in p ? p : { ok: true, preview: p.preview };
  }

  /** Publishes a new version of the entry: exactly the preview's records. */
  async publish(access: Access, details: PublicationDetails, lang: Lang): Promise<{ ok: true; publication: PublicationState; preview: PublicationPreview } | Failure> {
    const c = this.check({ ...access, requireIfMatch: false }, false);
    if ('ok' in c) return c;
    const built = await this.preview(c, details, lang);
    if ('ok' in built) return built;
    const p = built.preview;
    if (!p.publishable) return { ok: false, reason: 'not_publishable', blockers: p.blockers };
    const ws = c.meta.workspace!;
    const published = await registerStub(this.env).publish({
      entryId: await entryIdOf(c.meta.id),
      assessmentId: c.meta.id,
      organisationId: ws.orgId,
      riskClass: built.riskClass,
      status: details.status,
      approvedAt: c.meta.review!.approval!.at,
      flow: { id: c.meta.flowId, version: c.meta.version },
      records: p.records,
      withheld: details.withheld.map((w) => ({ field: w.field, reason: w.reason })),
      // The non-public section's registration (Art 49(4)) stays out of the public register.
      euDatabase: p.euDatabase?.section === 'public' ? p.euDatabase : null,
    });
    const actor = actorOf(access);
    const stored: StoredPublication = { entryId: published.entryId, version: published.version, publishedAt: published.publishedAt, publishedBy: { id: actor.id, name: actor.name }, details, answersHash: await answersHash(c.answers), flowVersion: c.meta.version };
    this.setMeta('publication', JSON.stringify(stored));
    this.trail.log(actor, 'published', { entry: published.entryId, version: published.version, withheld: details.withheld.map((w) => w.field) });
    await this.reindex(c);
    return { ok: true, publication: { ...stored, outOfSync: false }, preview: p };
  }

  /** Takes the entry out of the public register: every version, from the pages, the JSON and the CSV. */
  async retract(access: Access): Promise<{ ok: true } | Failure> {
    const c = this.check({ ...access, requireIfMatch: false }, false);
    if ('ok' in c) return c;
    const p = this.storedPublication();
    if (!p) return { ok: false, reason: 'not_in_register' };
    await registerStub(this.env).retract(p.entryId);
    this.sql.exec(`DELETE FROM meta WHERE key = 'publication'`);
    this.trail.log(actorOf(access), 'retracted', { entry: p.entryId, version: p.version });
    await this.reindex(c);
    return { ok: true };
  }

  /** The publication as the members see it; null when the assessment is not in the register. */
  async publication(access: Access): Promise<{ ok: true; publication: PublicationState | null } | Failure> {
    const c = this.check({ ...access, requireIfMatch: false }, false);
    if ('ok' in c) return c;
    const p = this.storedPublication();
    const mark = await this.publicationMark(c);
    return { ok: true, publication: p && mark ? { entryId: p.entryId, version: p.version, publishedAt: p.publishedAt, publishedBy: p.publishedBy, details: p.details, outOfSync: mark.outOfSync } : null };
  }

  /** The portfolio row again, after a change that is not a new revision (publication, retraction). */
  private async reindex(c: StoredAssessment): Promise<void> {
    const state = stateOf(c, c.meta.lang, 'owner', false);
    if (state && c.meta.workspace) await orgStub(this.env, c.meta.workspace.orgId).index({ ...portfolioEntry(c, state), publication: await this.publicationMark(c) });
  }

  /** Retention: the alarm fires when the assessment has not been changed for the retention period. */
  async alarm(): Promise<void> {
    await this.wipe();
  }

  // --- share links: a second object, named after the share id, points to the assessment.
  async linkShare(assessmentId: string): Promise<void> {
    this.setMeta('shareOf', assessmentId);
  }

  async resolveShare(): Promise<string | undefined> {
    return this.getMeta('shareOf');
  }

  async unlinkShare(): Promise<void> {
    await this.wipe();
  }
}

/** The holder of an anonymous assessment's edit token, as the audit trail names them. */
const TOKEN_HOLDER: Actor = { id: 'edit-token', name: '', role: 'edit_token' };

function actorOf(a: Access): Actor {
  return a.member ? { id: a.member.userId, name: a.member.name, role: a.member.role } : TOKEN_HOLDER;
}

/** The assessment's row in its organisation's portfolio. */
function portfolioEntry(stored: StoredAssessment, state: AssessmentStateView): PortfolioEntry {
  const ws = stored.meta.workspace!;
  const e = state.evaluation;
  // The title is the first text answer on the path (the flow asks for a title first).
  const bundle = findBundle(stored.meta.flowId, stored.meta.version);
  const questions = bundle ? compiledFlow(bundle).index.questions : new Map();
  const first = e.path.find((step) => questions.get(step.id)?.kind === 'text');
  const title = first ? stored.answers[first.id] : undefined;
  const cls = e.complete && e.result ? e.result.riskClass : null;
  return {
    id: stored.meta.id,
    title: typeof title === 'string' ? title.trim() : '',
    ownerId: ws.ownerId,
    ownerName: ws.ownerName,
    riskClass: cls,
    riskClassTitle: cls && bundle?.flow.vocabulary ? bundle.flow.vocabulary.riskClasses[cls as keyof typeof bundle.flow.vocabulary.riskClasses]?.title ?? null : null,
    complete: e.complete,
    status: stored.meta.review?.status ?? 'draft',
    flowId: stored.meta.flowId,
    flowVersion: stored.meta.version,
    updatedAt: stored.meta.updatedAt,
    recheck: currentVersion(stored.meta.flowId) !== stored.meta.version,
  };
}

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
