// Addressing the workspace's objects: one per organisation, one per session or pending sign-in.
import type { OrganisationObject } from './organisation-object.ts';
import type { SessionObject } from './session-object.ts';

export const orgStub = (env: Env, orgId: string) => env.ORGANISATIONS.get(env.ORGANISATIONS.idFromName(`org:${orgId}`)) as DurableObjectStub<OrganisationObject>;
export const sessionStub = (env: Env, name: string) => env.SESSIONS.get(env.SESSIONS.idFromName(name)) as DurableObjectStub<SessionObject>;
