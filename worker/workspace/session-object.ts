// Server-side sessions and pending sign-ins, one Durable Object each: "session:<sha256 of the cookie>"
// holds who signed in and until when; "login:<state>" holds a sign-in's nonce and PKCE verifier for
// ten minutes, for one use. Deleting the object ends the session at once (sign-out, revocation).
import { DurableObject } from 'cloudflare:workers';

export interface SessionRecord {
  userId: string;
  name: string;
  email: string;
  orgId: string;
  orgName: string;
  mode: 'local' | 'oidc';
  createdAt: string;
  expiresAt: string;
}

export interface PendingLogin {
  nonce: string;
  verifier: string;
  returnTo: string;
  expiresAt: string;
}

export class SessionObject extends DurableObject<Env> {
  async open(record: SessionRecord): Promise<void> {
    await this.ctx.storage.put('session', record);
    await this.ctx.storage.setAlarm(Date.parse(record.expiresAt));
  }

  /** The session, or null once it has expired or was revoked. */
  async get(): Promise<SessionRecord | null> {
    const s = await this.ctx.storage.get<SessionRecord>('session');
    if (!s) return null;
    if (Date.parse(s.expiresAt) <= Date.now()) {
      await this.end();
      return null;
    }
    return s;
  }

  async end(): Promise<void> {
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
  }

  async hold(login: PendingLogin): Promise<void> {
    await this.ctx.storage.put('login', login);
    await this.ctx.storage.setAlarm(Date.parse(login.expiresAt));
  }

  /** The pending sign-in, once: a second callback with the same state finds nothing. */
  async take(): Promise<PendingLogin | null> {
    const l = await this.ctx.storage.get<PendingLogin>('login');
    await this.end();
    return l && Date.parse(l.expiresAt) > Date.now() ? l : null;
  }

  async alarm(): Promise<void> {
    await this.end();
  }
}
