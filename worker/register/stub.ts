// Addressing the public register's one Durable Object (a type-only import: route modules load without workerd).
import type { RegisterObject } from './register-object.ts';

export const registerStub = (env: Env) => env.REGISTER.get(env.REGISTER.idFromName('public-register')) as DurableObjectStub<RegisterObject>;
