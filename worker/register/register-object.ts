// The public register: one Durable Object (SQLite) holds every published entry and each of its versions,
// so that a publication or a retraction is one serialised write and the public pages read one place.
// Retracting deletes the entry's versions: it is gone from the pages, the JSON and the CSV.
import { DurableObject } from 'cloudflare:workers';
import type { PublishedVersion, EntrySummary, PublicationDetails } from './schemas.ts';

export interface PublishInput {
  entryId: string;
  assessmentId: string;
  organisationId: string;
  riskClass: string;
  status: PublicationDetails['status'];
  approvedAt: string;
  flow: { id: string; version: string };
  records: PublishedVersion['records'];
  withheld: PublishedVersion['withheld'];
  euDatabase: PublishedVersion['euDatabase'];
}

export interface ListQuery {
  q?: string;
  organisation?: string;
  riskClass?: string;
  status?: string;
  limit?: number;
  offset?: number;
}

export class RegisterObject extends DurableObject<Env> {
  private sql = this.ctx.storage.sql;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql.exec(
      `CREATE TABLE IF NOT EXISTS entries (id TEXT PRIMARY KEY, assessment_id TEXT NOT NULL UNIQUE, organisation_id TEXT NOT NULL, organisation TEXT NOT NULL, name TEXT NOT NULL, risk_class TEXT NOT NULL, status TEXT NOT NULL, search TEXT NOT NULL, version INTEGER NOT NULL, first_published_at TEXT NOT NULL, published_at TEXT NOT NULL)`,
    );
    this.sql.exec(`CREATE TABLE IF NOT EXISTS versions (entry_id TEXT NOT NULL, version INTEGER NOT NULL, value TEXT NOT NULL, PRIMARY KEY (entry_id, version))`);
    // The register's revision: every publication or retraction changes it (the pages' ETag).
    this.sql.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
  }

  private bump(): void {
    this.sql.exec(`INSERT INTO meta (key, value) VALUES ('revision', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`);
  }

  revision(): number {
    return Number(this.sql.exec<{ value: string }>(`SELECT value FROM meta WHERE key = 'revision'`).toArray()[0]?.value ?? '0');
  }

  /** Stores a new version of the entry (version 1 for a first publication); returns it. */
  publish(input: PublishInput): PublishedVersion {
    const now = new Date().toISOString();
    const row = this.sql.exec<{ version: number; first_published_at: string }>('SELECT version, first_published_at FROM entries WHERE id = ?', input.entryId).toArray()[0];
    const version = (row?.version ?? 0) + 1;
    const published: PublishedVersion = {
      entryId: input.entryId,
      version,
      publishedAt: now,
      organisationId: input.organisationId,
      riskClass: input.riskClass,
      approvedAt: input.approvedAt,
      flow: input.flow,
      records: input.records,
      withheld: input.withheld,
      euDatabase: input.euDatabase,
    };
    const fr = input.records.fr!;
    const search = Object.values(input.records)
      .flatMap((r) => [r.name, r.description_short, r.organization, ...r.theme])
      .join(' ')
      .toLowerCase();
    this.ctx.storage.transactionSync(() => {
      this.sql.exec('INSERT INTO versions (entry_id, version, value) VALUES (?, ?, ?)', input.entryId, version, JSON.stringify(published));
      this.sql.exec(
        `INSERT INTO entries (id, assessment_id, organisation_id, organisation, name, risk_class, status, search, version, first_published_at, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET organisation = excluded.organisation, name = excluded.name, risk_class = excluded.risk_class, status = excluded.status, search = excluded.search, version = excluded.version, published_at = excluded.published_at`,
        input.entryId,
        input.assessmentId,
        input.organisationId,
        fr.organization,
        fr.name,
        input.riskClass,
        input.status,
        search,
        version,
        row?.first_published_at ?? now,
        now,
      );
      this.bump();
    });
    return published;
  }

  /** Removes the entry and every version of it; false when there was none. */
  retract(entryId: string): boolean {
    const found = this.sql.exec<{ n: number }>('SELECT COUNT(*) AS n FROM entries WHERE id = ?', entryId).one().n > 0;
    if (!found) return false;
    this.ctx.storage.transactionSync(() => {
      this.sql.exec('DELETE FROM versions WHERE entry_id = ?', entryId);
      this.sql.exec('DELETE FROM entries WHERE id = ?', entryId);
      this.bump();
    });
    return true;
  }

  /** The entries that match, newest publication first, each with its latest version's records. */
  list(q: ListQuery): { total: number; entries: EntrySummary[]; organisations: { id: string; name: string }[] } {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (q.q) for (const word of q.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) where.push(`instr(e.search, ?) > 0`), args.push(word);
    if (q.organisation) where.push('e.organisation_id = ?'), args.push(q.organisation);
    if (q.riskClass) where.push('e.risk_class = ?'), args.push(q.riskClass);
    if (q.status) where.push('e.status = ?'), args.push(q.status);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.sql.exec<{ n: number }>(`SELECT COUNT(*) AS n FROM entries e ${filter}`, ...args).one().n;
    const page = q.limit !== undefined ? ` LIMIT ${Math.floor(q.limit)} OFFSET ${Math.floor(q.offset ?? 0)}` : '';
    const rows = this.sql
      .exec<{ value: string; status: string; first_published_at: string }>(`SELECT v.value, e.status, e.first_published_at FROM entries e JOIN versions v ON v.entry_id = e.id AND v.version = e.version ${filter} ORDER BY e.published_at DESC, e.id${page}`, ...args)
      .toArray();
    const entries = rows.map((r) => {
      const v = JSON.parse(r.value) as PublishedVersion;
      return { entryId: v.entryId, version: v.version, publishedAt: v.publishedAt, firstPublishedAt: r.first_published_at, organisationId: v.organisationId, riskClass: v.riskClass, status: r.status as EntrySummary['status'], records: v.records };
    });
    const organisations = this.sql.exec<{ id: string; name: string }>('SELECT organisation_id AS id, MIN(organisation) AS name FROM entries GROUP BY organisation_id ORDER BY name').toArray();
    return { total, entries, organisations };
  }

  /** One entry: the version asked for (the latest by default) and the list of its versions. */
  entry(entryId: string, version?: number): { current: PublishedVersion; versions: { version: number; publishedAt: string }[] } | null {
    const rows = this.sql.exec<{ version: number; value: string }>('SELECT version, value FROM versions WHERE entry_id = ? ORDER BY version', entryId).toArray();
    if (!rows.length) return null;
    const pick = version === undefined ? rows[rows.length - 1] : rows.find((r) => r.version === version);
    if (!pick) return null;
    return {
      current: JSON.parse(pick.value) as PublishedVersion,
      versions: rows.map((r) => ({ version: r.version, publishedAt: (JSON.parse(r.value) as PublishedVersion).publishedAt })),
    };
  }
}
