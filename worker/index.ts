// Worker entry: the app and the Durable Object class.
import { app } from './app.ts';

export { AssessmentObject } from './assessments/object.ts';
export default app;
