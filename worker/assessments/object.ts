// One Durable Object per assessment (SQLite storage). Every write runs inside the object, one at a
// time, so concurrent answers cannot interleave; only answers and metadata are stored.
import { DurableObject } from 'cloudflare:workers';
import type { AnswerValue, Answers } from '../../decision-trees/bundle.ts';
import { evaluate } from '../../decision-trees/evaluate.ts';
import { compiledFlow, findBundle } from '../flows.ts';

export interface AssessmentMeta {
  id: string;
  flowId: string;
  version: string;
  hash: string;
  lang: 'fr' | 'de' | 'en';
  shareId: string;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  revision: number;
}

export interface StoredAssessment {
  meta: AssessmentMeta;
  answers: Answers;
  /** Answers taken back with "back": offered again when their question comes up. */
  setAside: Answers;
}

export type WriteOutcome = { ok: true; stored: StoredAssessment } | { ok: false; reason: 'not_found' | 'forbidden' | 'nothing_to_undo' | 'stale' };

export interface CreateInput {
  meta: Omit<AssessmentMeta, 'revision' | 'updatedAt' | 'expiresAt'>;
  tokenHash: string;
  retentionDays: number;
  answers: Answers;
}

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

  private async authorized(tokenHash: string): Promise<'ok' | 'not_found' | 'forbidden'> {
    const stored = this.getMeta('tokenHash');
    if (!stored) return 'not_found';
    return timingSafeEqual(stored, tokenHash) ? 'ok' : 'forbidden';
  }

  async create(input: CreateInput): Promise<StoredAssessment> {
    if (this.getMeta('assessment')) throw new Error('assessment already exists');
    const now = new Date().toISOString();
    this.setMeta('tokenHash', input.tokenHash);
    this.setMeta('retentionDays', String(input.retentionDays));
    for (const [q, v] of Object.entries(input.answers)) {
      this.sql.exec('INSERT INTO answers (question, value, active) VALUES (?, ?, 1)', q, JSON.stringify(v));
    }
    await this.touch({ ...input.meta, createdAt: now, updatedAt: now, expiresAt: now, revision: 0 });
    return this.load()!;
  }

  async read(): Promise<StoredAssessment | undefined> {
    return this.load();
  }

  async setAnswer(tokenHash: string, question: string, value: AnswerValue): Promise<WriteOutcome> {
    const auth = await this.authorized(tokenHash);
    if (auth !== 'ok') return { ok: false, reason: auth };
    this.sql.exec(
      'INSERT INTO answers (question, value, active) VALUES (?, ?, 1) ON CONFLICT(question) DO UPDATE SET value = excluded.value, active = 1',
      question,
      JSON.stringify(value),
    );
    await this.touch(this.load()!.meta);
    return { ok: true, stored: this.load()! };
  }

  async setLang(tokenHash: string, lang: AssessmentMeta['lang']): Promise<WriteOutcome> {
    const auth = await this.authorized(tokenHash);
    if (auth !== 'ok') return { ok: false, reason: auth };
    await this.touch({ ...this.load()!.meta, lang });
    return { ok: true, stored: this.load()! };
  }

  /** Takes back the last answer on the current path: its question becomes the next one again. */
  async back(tokenHash: string): Promise<WriteOutcome> {
    const auth = await this.authorized(tokenHash);
    if (auth !== 'ok') return { ok: false, reason: auth };
    const current = this.load()!;
    const bundle = findBundle(current.meta.flowId, current.meta.version);
    if (!bundle) return { ok: false, reason: 'not_found' };
    const r = evaluate(compiledFlow(bundle), current.answers, { lang: current.meta.lang, date: current.meta.updatedAt.slice(0, 10) });
    const last = r.ok ? r.path[r.path.length - 1] : undefined;
    if (!last) return { ok: false, reason: 'nothing_to_undo' };
    this.sql.exec('UPDATE answers SET active = 0 WHERE question = ?', last.id);
    await this.touch(current.meta);
    return { ok: true, stored: this.load()! };
  }

  /**
   * Moves the assessment to another flow version with the answers the migration computed: those become
   * the active answers, every other stored answer is kept aside (never deleted), and the move is logged.
   * `revision` is the one the migration was computed from: a write in between makes it stale.
   */
  async migrate(tokenHash: string, revision: number, version: string, hash: string, answers: Answers, log: { from: string; to: string; notCarried: { question: string; reason: string }[] }): Promise<WriteOutcome> {
    const auth = await this.authorized(tokenHash);
    if (auth !== 'ok') return { ok: false, reason: auth };
    const current = this.load()!;
    if (current.meta.revision !== revision) return { ok: false, reason: 'stale' };
    this.ctx.storage.transactionSync(() => {
      this.sql.exec('UPDATE answers SET active = 0');
      for (const [q, v] of Object.entries(answers)) {
        this.sql.exec('INSERT INTO answers (question, value, active) VALUES (?, ?, 1) ON CONFLICT(question) DO UPDATE SET value = excluded.value, active = 1', q, JSON.stringify(v));
      }
      const history = JSON.parse(this.getMeta('migrations') ?? '[]') as unknown[];
      this.setMeta('migrations', JSON.stringify([...history, { ...log, at: new Date().toISOString(), answersBefore: current.answers }]));
    });
    await this.touch({ ...current.meta, version, hash });
    return { ok: true, stored: this.load()! };
  }

  async remove(tokenHash: string): Promise<{ ok: boolean; reason?: 'not_found' | 'forbidden' }> {
    const auth = await this.authorized(tokenHash);
    if (auth !== 'ok') return { ok: false, reason: auth };
    await this.wipe();
    return { ok: true };
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

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
