// Worker entry: the app and the Durable Object classes.
import { app } from './app.ts';

export { AssessmentObject } from './assessments/object.ts';
export { OrganisationObject } from './workspace/organisation-object.ts';
export { SessionObject } from './workspace/session-object.ts';
export { RegisterObject } from './register/register-object.ts';
export default app;
