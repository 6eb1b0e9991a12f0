// One Durable Object per organisation ("org:<id>"): its members and invitations, the index of its
// assessments (the portfolio) and its own audit trail (who joined, was invited, changed role, left;
// which assessments came in). It runs one request at a time, so the organisation's writes are serialised.
import { DurableObject } from 'cloudflare:workers';
import type { Invitation, Member, PortfolioEntry, Role } from './schemas.ts';

/** What the portfolio operations ask (their query, parsed). */
export interface PortfolioQuery {
  q?: string;
  status?: string;
  riskClass?: string;
  recheck?: 'true' | 'false';
  owner?: string;
  sort?: 'updatedAt' | 'title' | 'riskClass' | 'status' | 'owner' | 'flowVersion';
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

export interface Person {
  id: string;
  name: string;
  email: string;
}

export interface OrgAuditEntry {
  seq: number;
  at: string;
  actorId: string;
  actorName: string;
  action: 'member_joined' | 'member_invited' | 'role_changed' | 'member_removed' | 'invitation_withdrawn' | 'assessment_added' | 'sessions_revoked';
  target: string;
  detail: Record<string, string>;
}

export type MemberChange = { ok: true } | { ok: false; reason: 'not_a_member' | 'last_admin' | 'already_member' };

export class OrganisationObject extends DurableObject<Env> {
  private sql = this.ctx.storage.sql;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql.exec(`CREATE TABLE IF NOT EXISTS org (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    // sessions_after: sessions (and access tokens) issued before it no longer work (revocation).
    this.sql.exec(`CREATE TABLE IF NOT EXISTS members (user_id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, role TEXT NOT NULL, source TEXT NOT NULL, since TEXT NOT NULL, sessions_after TEXT)`);
    this.sql.exec(`CREATE TABLE IF NOT EXISTS invitations (email TEXT PRIMARY KEY, role TEXT NOT NULL, invited_by TEXT NOT NULL, at TEXT NOT NULL)`);
    // One row per assessment: the entry as JSON, and the columns the portfolio filters and sorts on.
    this.sql.exec(
      `CREATE TABLE IF NOT EXISTS entries (id TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL, title TEXT NOT NULL, search TEXT NOT NULL, owner_id TEXT NOT NULL, owner_name TEXT NOT NULL, risk_class TEXT, status TEXT NOT NULL, flow_id TEXT NOT NULL, flow_version TEXT NOT NULL)`,
    );
    this.sql.exec(`CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor_id TEXT NOT NULL, actor_name TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, detail TEXT NOT NULL)`);
  }

  private log(actor: Person, action: OrgAuditEntry['action'], target: string, detail: Record<string, string> = {}): void {
    this.sql.exec('INSERT INTO audit (at, actor_id, actor_name, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)', new Date().toISOString(), actor.id, actor.name, action, target, JSON.stringify(detail));
  }

  private row(userId: string): Member | null {
    const r = this.sql.exec<{ user_id: string; name: string; email: string; role: string; source: string; since: string }>('SELECT * FROM members WHERE user_id = ?', userId).toArray()[0];
    return r ? { userId: r.user_id, name: r.name, email: r.email, role: r.role as Role, source: r.source as Member['source'], since: r.since } : null;
  }

  /** The organisation's name (not `name()`: a stub's own `name` property would hide it over RPC). */
  organisationName(): string {
    return this.sql.exec<{ value: string }>(`SELECT value FROM org WHERE key = 'name'`).toArray()[0]?.value ?? '';
  }

  /**
   * At sign-in: the role the identity provider's claims give wins (and is recorded as such); otherwise
   * the member keeps the role they have, an invitation for their e-mail address gives its role, or the
   * deployment's default role applies. Null: not a member, and nothing makes them one.
   */
  join(person: Person, orgName: string, claimed: Role | null, fallback: Role | null, source: 'claim' | 'local'): Member | null {
    return this.ctx.storage.transactionSync(() => {
      if (orgName) this.sql.exec(`INSERT INTO org (key, value) VALUES ('name', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`, orgName);
      const now = new Date().toISOString();
      const existing = this.row(person.id);
      const invitation = this.sql.exec<{ role: string }>('SELECT role FROM invitations WHERE email = ?', person.email.toLowerCase()).toArray()[0];
      const role = claimed ?? existing?.role ?? (invitation?.role as Role | undefined) ?? fallback;
      if (!role) return null;
      const how: Member['source'] = claimed ? source : existing ? existing.source : invitation ? 'invitation' : source;
      this.sql.exec(
        'INSERT INTO members (user_id, name, email, role, source, since) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET name = excluded.name, email = excluded.email, role = excluded.role, source = excluded.source',
        person.id, person.name, person.email, role, how, now,
      );
      if (invitation) this.sql.exec('DELETE FROM invitations WHERE email = ?', person.email.toLowerCase());
      if (!existing) this.log(person, 'member_joined', person.id, { role, source: how });
      else if (existing.role !== role) this.log(person, 'role_changed', person.id, { from: existing.role, to: role, source: how });
      return this.row(person.id);
    });
  }

  member(userId: string): Member | null {
    return this.row(userId);
  }

  /** The member, if a session or token issued at `issuedAt` still stands for them (not revoked since). */
  memberFor(userId: string, issuedAt: string): Member | null {
    const after = this.sql.exec<{ sessions_after: string | null }>('SELECT sessions_after FROM members WHERE user_id = ?', userId).toArray()[0]?.sessions_after;
    if (after && issuedAt < after) return null;
    return this.row(userId);
  }

  /** Ends every session of a member at once (and refuses their access tokens issued before now). */
  revokeSessions(actor: Person, userId: string): MemberChange {
    const m = this.row(userId);
    if (!m) return { ok: false, reason: 'not_a_member' };
    this.sql.exec('UPDATE members SET sessions_after = ? WHERE user_id = ?', new Date().toISOString(), userId);
    this.log(actor, 'sessions_revoked', userId);
    return { ok: true };
  }

  members(): { members: Member[]; invitations: Invitation[] } {
    const members = this.sql.exec<{ user_id: string }>('SELECT user_id FROM members ORDER BY name').toArray().map((r) => this.row(r.user_id)!);
    const invitations = this.sql
      .exec<{ email: string; role: string; invited_by: string; at: string }>('SELECT * FROM invitations ORDER BY email')
      .toArray()
      .map((r) => ({ email: r.email, role: r.role as Role, invitedBy: r.invited_by, at: r.at }));
    return { members, invitations };
  }

  private admins(): number {
    return this.sql.exec<{ n: number }>(`SELECT COUNT(*) AS n FROM members WHERE role = 'admin'`).one().n;
  }

  invite(actor: Person, email: string, role: Role): MemberChange {
    const address = email.toLowerCase();
    if (this.sql.exec('SELECT 1 FROM members WHERE lower(email) = ?', address).toArray().length) return { ok: false, reason: 'already_member' };
    this.sql.exec('INSERT INTO invitations (email, role, invited_by, at) VALUES (?, ?, ?, ?) ON CONFLICT(email) DO UPDATE SET role = excluded.role, invited_by = excluded.invited_by, at = excluded.at', address, role, actor.name, new Date().toISOString());
    this.log(actor, 'member_invited', address, { role });
    return { ok: true };
  }

  withdraw(actor: Person, email: string): MemberChange {
    const address = email.toLowerCase();
    if (!this.sql.exec('SELECT 1 FROM invitations WHERE email = ?', address).toArray().length) return { ok: false, reason: 'not_a_member' };
    this.sql.exec('DELETE FROM invitations WHERE email = ?', address);
    this.log(actor, 'invitation_withdrawn', address);
    return { ok: true };
  }

  /** An admin changes a role; the organisation always keeps one admin. */
  setRole(actor: Person, userId: string, role: Role): MemberChange {
    const m = this.row(userId);
    if (!m) return { ok: false, reason: 'not_a_member' };
    if (m.role === role) return { ok: true };
    if (m.role === 'admin' && this.admins() === 1) return { ok: false, reason: 'last_admin' };
    this.sql.exec(`UPDATE members SET role = ?, source = 'admin' WHERE user_id = ?`, role, userId);
    this.log(actor, 'role_changed', userId, { from: m.role, to: role, source: 'admin' });
    return { ok: true };
  }

  /** Removing a member ends their access at once: every request looks the member up here. */
  remove(actor: Person, userId: string): MemberChange {
    const m = this.row(userId);
    if (!m) return { ok: false, reason: 'not_a_member' };
    if (m.role === 'admin' && this.admins() === 1) return { ok: false, reason: 'last_admin' };
    this.sql.exec('DELETE FROM members WHERE user_id = ?', userId);
    this.log(actor, 'member_removed', userId, { role: m.role });
    return { ok: true };
  }

  // --- the portfolio: one row per assessment, written by the assessment's object after each change.
  index(entry: PortfolioEntry, added?: Person): void {
    this.sql.exec(
      `INSERT INTO entries (id, value, updated_at, title, search, owner_id, owner_name, risk_class, status, flow_id, flow_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, title = excluded.title, search = excluded.search, owner_id = excluded.owner_id, owner_name = excluded.owner_name, risk_class = excluded.risk_class, status = excluded.status, flow_id = excluded.flow_id, flow_version = excluded.flow_version`,
      entry.id, JSON.stringify(entry), entry.updatedAt, entry.title, `${entry.title} ${entry.ownerName}`.toLocaleLowerCase(), entry.ownerId, entry.ownerName, entry.riskClass, entry.status, entry.flowId, entry.flowVersion,
    );
    if (added) this.log(added, 'assessment_added', entry.id, { title: entry.title });
  }

  unindex(id: string): void {
    this.sql.exec('DELETE FROM entries WHERE id = ?', id);
  }

  /**
   * The portfolio as asked, filtered, sorted and paged by SQLite: only the page crosses to the worker,
   * as one JSON array text. The re-check mark is set as of now from the published versions given.
   */
  portfolio(q: PortfolioQuery, current: Record<string, string>): { total: number; json: string } {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (q.status) where.push('status = ?'), args.push(q.status);
    if (q.riskClass === 'incomplete') where.push('risk_class IS NULL');
    else if (q.riskClass) where.push('risk_class = ?'), args.push(q.riskClass);
    if (q.owner) where.push('owner_id = ?'), args.push(q.owner);
    const latest = Object.entries(current).map(([flow, version]) => `${flow}@${version}`);
    const isLatest = `(flow_id || '@' || flow_version) IN (${latest.map(() => '?').join(', ') || "''"})`;
    if (q.recheck) where.push(q.recheck === 'true' ? `NOT ${isLatest}` : isLatest), args.push(...latest);
    for (const word of (q.q ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean)) where.push('instr(search, ?) > 0'), args.push(word);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.sql.exec<{ n: number }>(`SELECT COUNT(*) AS n FROM entries ${filter}`, ...args).one().n;
    const column = { title: 'title', owner: 'owner_name', riskClass: 'risk_class', status: 'status', flowVersion: 'flow_version', updatedAt: 'updated_at' }[q.sort ?? 'updatedAt'];
    const dir = (q.order ?? (q.sort === undefined || q.sort === 'updatedAt' ? 'desc' : 'asc')) === 'asc' ? 'ASC' : 'DESC';
    const page = q.limit === undefined ? '' : ` LIMIT ${Math.trunc(q.limit)} OFFSET ${Math.trunc(q.offset ?? 0)}`;
    const rows = this.sql.exec<{ value: string }>(`SELECT value FROM entries ${filter} ORDER BY ${column} COLLATE NOCASE ${dir}, updated_at DESC${page}`, ...args).toArray();
    const entries = rows.map((r) => {
      const e = JSON.parse(r.value) as PortfolioEntry;
      return { ...e, recheck: current[e.flowId] !== e.flowVersion };
    });
    return { total, json: JSON.stringify(entries) };
  }

  audit(): OrgAuditEntry[] {
    return this.sql
      .exec<{ seq: number; at: string; actor_id: string; actor_name: string; action: string; target: string; detail: string }>('SELECT * FROM audit ORDER BY seq')
      .toArray()
      .map((r) => ({ seq: r.seq, at: r.at, actorId: r.actor_id, actorName: r.actor_name, action: r.action as OrgAuditEntry['action'], target: r.target, detail: JSON.parse(r.detail) as Record<string, string> }));
  }
}
