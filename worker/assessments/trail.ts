// An assessment's comments and audit trail, in its own Durable Object's SQLite: written in the same
// object (and request) as the change they record. The audit table has inserts only: no operation
// updates or deletes an entry while the assessment exists.
import type { Actor, AuditEntry, Comment } from '../workspace/schemas.ts';

type Sql = DurableObjectStorage['sql'];

export class Trail {
  constructor(private sql: Sql) {}

  ensureSchema(): void {
    this.sql.exec(`CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL)`);
    this.sql.exec(`CREATE TABLE IF NOT EXISTS comments (id TEXT PRIMARY KEY, question TEXT, parent TEXT, author TEXT NOT NULL, body TEXT NOT NULL, at TEXT NOT NULL, resolved TEXT)`);
  }

  log(actor: Actor, action: AuditEntry['action'], detail: Record<string, unknown> = {}): void {
    this.sql.exec('INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)', new Date().toISOString(), JSON.stringify(actor), action, JSON.stringify(detail));
  }

  audit(): AuditEntry[] {
    return this.sql
      .exec<{ seq: number; at: string; actor: string; action: string; detail: string }>('SELECT * FROM audit ORDER BY seq')
      .toArray()
      .map((r) => ({ seq: r.seq, at: r.at, actor: JSON.parse(r.actor) as Actor, action: r.action as AuditEntry['action'], detail: JSON.parse(r.detail) as Record<string, unknown> }));
  }

  comments(): Comment[] {
    return this.rows('SELECT * FROM comments ORDER BY at, id');
  }

  find(id: string): Comment | undefined {
    return this.rows('SELECT * FROM comments WHERE id = ?', id)[0];
  }

  private rows(query: string, ...args: string[]): Comment[] {
    return this.sql
      .exec<{ id: string; question: string | null; parent: string | null; author: string; body: string; at: string; resolved: string | null }>(query, ...args)
      .toArray()
      .map((r) => ({ id: r.id, question: r.question, parent: r.parent, author: JSON.parse(r.author) as Actor, body: r.body, at: r.at, resolved: r.resolved ? (JSON.parse(r.resolved) as Comment['resolved']) : null }));
  }

  add(c: Omit<Comment, 'at' | 'resolved'>): void {
    this.sql.exec('INSERT INTO comments (id, question, parent, author, body, at, resolved) VALUES (?, ?, ?, ?, ?, ?, NULL)', c.id, c.question, c.parent, JSON.stringify(c.author), c.body, new Date().toISOString());
  }

  resolve(id: string, by: Actor): void {
    this.sql.exec('UPDATE comments SET resolved = ? WHERE id = ? AND resolved IS NULL', JSON.stringify({ by, at: new Date().toISOString() }), id);
  }
}

/** SHA-256 of the answers as canonical JSON (keys sorted): what an approval signs. */
export async function answersHash(answers: Record<string, unknown>): Promise<string> {
  const canonical = JSON.stringify(Object.fromEntries(Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
