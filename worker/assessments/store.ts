// Addressing assessment objects, ids, tokens and share links.
import type { AssessmentObject } from './object.ts';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** 128 random bits. */
export const newId = () => hex(crypto.getRandomValues(new Uint8Array(16)));
export const newToken = () => base64url(crypto.getRandomValues(new Uint8Array(16)));
export const ID_PATTERN = /^[0-9a-f]{32}$/;

export async function sha256(text: string): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}

export function assessmentStub(env: Env, id: string): DurableObjectStub<AssessmentObject> {
  return env.ASSESSMENTS.get(env.ASSESSMENTS.idFromName(`assessment:${id}`)) as DurableObjectStub<AssessmentObject>;
}

export function shareStub(env: Env, shareId: string): DurableObjectStub<AssessmentObject> {
  return env.ASSESSMENTS.get(env.ASSESSMENTS.idFromName(`share:${shareId}`)) as DurableObjectStub<AssessmentObject>;
}

/** The bearer token of the request, if any. */
export function bearer(header: string | undefined): string | undefined {
  // The scheme is case-insensitive (RFC 9110, 11.1).
  const m = /^Bearer\s+([A-Za-z0-9_-]{1,200})\s*$/i.exec(header ?? '');
  return m?.[1];
}
