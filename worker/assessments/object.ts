// One Durable Object per assessment (SQLite storage). Every operation is one call into the object,
// which runs them one at a time: it checks the edit token before anything else, then the If-Match
// revision, validates, stores, evaluates and returns the new state. The route does no read of its own.
import { DurableObject } from 'cloudflare:workers';
import type { AnswerValue, Answers } from '../../decision-trees/bundle.ts';
import type { Lang } from '../../decision-trees/langs.ts';
import { evaluate } from '../../decision-trees/evaluate.ts';
import { checkAnswer } from '../../decision-trees/answers.ts';
import { migrateAnswers, type MigrationReport } from '../../decision-trees/migrate.ts';
import { compiledFlow, currentVersion, findBundle } from '../flows.ts';
import type { AssessmentStateView } from '../api/schemas.ts';
import { etagOf, stateOf } from './state.ts';

export interface AssessmentMeta {
  id: string;
  flowId: string;
  version: string;
  hash: string;
  lang: Lang;
  shareId: string;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  revision: number;
}

export interface StoredAssessment {
  meta: AssessmentMeta;
  answers: Answers;
  /** Answers kept but not active: taken back with "back", or not carried by a migration. */
  setAside: Answers;
}

export interface CreateInput {
  meta: Omit<AssessmentMeta, 'revision' | 'updatedAt' | 'expiresAt'>;
  tokenHash: string;
  retentionDays: number;
  answers: Answers;
}

/** What a write is checked against: the token's hash, the If-Match revision, and whether If-Match is required. */
export interface Guard {
  tokenHash: string;
  ifMatch?: number | 'any' | 'invalid';
  requireIfMatch: boolean;
}

export type Failure =
  | { ok: false; reason: 'not_found' | 'forbidden' | 'nothing_to_undo' | 'precondition_required' | 'version_gone' }
  | { ok: false; reason: 'precondition_failed'; current: string }
  | { ok: false; reason: 'invalid_answer'; question: string; code: string; params?: Record<string, string | number> }
  | { ok: false; reason: 'not_newer'; version: string }
  | { ok: false; reason: 'not_published'; version: string };
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

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.ensureSchema();
  }

  /** Idempotent schema: run at start and again after a deletion emptied the storage. */
  private ensureSchema(): void {
    this.sql.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    this.sql.exec(`CREATE TABLE IF NOT EXISTS answers (question TEXT PRIMARY KEY, value TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1)`);
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
    const next = { ...meta, revision: meta.revision + 1, updatedAt: new Date(now).toISOString(), expiresAt: new Date(now + retention * DAY).toISOString() };
    this.setMeta('assessment', JSON.stringify(next));
    await this.ctx.storage.setAlarm(now + retention * DAY);
  }

  /** The token first, then the revision: a wrong token learns nothing of the assessment's state. */
  private check(g: Guard): Failure | StoredAssessment {
    const stored = this.getMeta('tokenHash');
    if (!stored) return { ok: false, reason: 'not_found' };
    if (!timingSafeEqual(stored, g.tokenHash)) return { ok: false, reason: 'forbidden' };
    const current = this.load()!;
    if (g.ifMatch === undefined) return g.requireIfMatch ? { ok: false, reason: 'precondition_required' } : current;
    if (g.ifMatch !== 'any' && g.ifMatch !== current.meta.revision) return { ok: false, reason: 'precondition_failed', current: etagOf(current.meta.revision) };
    return current;
  }

  private success(view: View, changed: boolean): Outcome {
    const stored = this.load()!;
    const state = stateOf(stored, view.lang ?? stored.meta.lang, 'owner', view.expand);
    if (!state) return { ok: false, reason: 'version_gone' };
    return { ok: true, state, etag: etagOf(stored.meta.revision), changed };
  }

  async create(input: CreateInput, view: View): Promise<Outcome> {
    if (this.getMeta('assessment')) throw new Error('assessment already exists');
    const now = new Date().toISOString();
    this.setMeta('tokenHash', input.tokenHash);
    this.setMeta('retentionDays', String(input.retentionDays));
    for (const [q, v] of Object.entries(input.answers)) this.sql.exec('INSERT INTO answers (question, value, active) VALUES (?, ?, 1)', q, JSON.stringify(v));
    await this.touch({ ...input.meta, createdAt: now, updatedAt: now, expiresAt: now, revision: 0 });
    return this.success(view, true);
  }

  /** The owner's read: the edit token is the capability. */
  async read(tokenHash: string, view: View): Promise<Outcome> {
    const c = this.check({ tokenHash, requireIfMatch: false });
    if ('ok' in c) return c;
    return this.success(view, false);
  }

  /** The stored answers and metadata for a report (the owner's token, or a share link resolved before). */
  async stored(tokenHash: string | null): Promise<StoredAssessment | Failure> {
    if (tokenHash === null) return this.load() ?? { ok: false, reason: 'not_found' };
    const c = this.check({ tokenHash, requireIfMatch: false });
    return c;
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
    await this.touch(c.meta);
    return this.success(view, true);
  }

  async setLang(g: Guard, next: Lang, view: View): Promise<Outcome> {
    const c = this.check(g);
    if ('ok' in c) return c;
    if (c.meta.lang === next) return this.success({ ...view, lang: next }, false);
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
    await this.touch(c.meta);
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
    await this.touch({ ...c.meta, version: target.flow.version, hash: target.hash });
    const done = this.success(view, true);
    return done.ok ? { ...done, report } : done;
  }

  async remove(g: Guard): Promise<{ ok: true; shareId: string } | Failure> {
    const c = this.check(g);
    if ('ok' in c) return c;
    await this.wipe();
    return { ok: true, shareId: c.meta.shareId };
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

/** Semantic versions compared part by part: -1, 0 or 1. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
