// The examples of POST /evaluate in the OpenAPI document: a first call with what a caller knows, and a
// complete answer set for a public chatbot, each with the evaluation the engine really gives. Computed
// on the first request for the document, not at start-up.
import type { Answers } from '../../decision-trees/bundle.ts';
import { defaultAnswer } from '../../decision-trees/default-answer.ts';
import { requireBundle } from '../flows.ts';
import { present } from './present.ts';

const DATE = '2026-12-01';
const KNOWN: Answers = {
  intro_title: 'Chatbot answering citizens’ questions about procedures',
  intro_organisation: 'Ministry for Digitalisation',
  intro_description: 'A chatbot on the ministry’s website answers questions about administrative procedures from the published guides.',
  def_ai_system: 'infers',
};
/** The chatbot's answers where they differ from the plain case. */
const CHATBOT: Answers = {
  ...KNOWN,
  role_in_system: ['builds_own_use'],
  system_does: ['generates_text', 'interacts'],
  art50_1_obvious: 'no',
  art50_2_marking_scope: 'new_content',
  content_use: ['citizen_documents'],
  data_kinds: ['personal'],
  hosting_service: 'dedicated_application',
  hosting_location: 'vendor_eu',
  transparency_ai_share: 'full',
};

/** Walks the current flow, answering each question asked from `given` or the plain default. */
export function completeAnswers(given: Answers): Answers {
  const bundle = requireBundle();
  const answers: Answers = {};
  for (let i = 0; i < 200; i++) {
    const r = present(bundle, answers, 'en', DATE, false);
    if (r.complete || !r.next) return answers;
    answers[r.next.id] = given[r.next.id] ?? defaultAnswer(r.next);
  }
  throw new Error('the example walk did not end');
}

type Example = { summary: string; value: unknown };
let cached: { request: Record<string, Example>; response: Record<string, Example> } | undefined;

export function evaluateExamples() {
  if (cached) return cached;
  const bundle = requireBundle();
  const partial = { answers: KNOWN, lang: 'en' as const, date: DATE };
  const complete = { answers: completeAnswers(CHATBOT), lang: 'en' as const, date: DATE };
  cached = {
    request: {
      partial: { summary: 'What a caller knows at first: the next question is returned', value: partial },
      complete: { summary: 'A complete answer set (public chatbot built on a vendor model): the result is returned', value: complete },
    },
    response: {
      partial: { summary: 'Not complete: `next` is the first unanswered question', value: present(bundle, partial.answers, 'en', DATE, false) },
      complete: { summary: 'Complete: `result` holds class, reason, plan of action, duties and hosting', value: present(bundle, complete.answers, 'en', DATE, false) },
    },
  };
  return cached;
}

/** Adds the examples to the generated document's /evaluate operation. */
export function withEvaluateExamples<D extends { paths?: Record<string, any> }>(doc: D): D {
  const op = doc.paths?.['/evaluate']?.post;
  if (!op) return doc;
  const ex = evaluateExamples();
  op.requestBody.content['application/json'].examples = ex.request;
  op.responses['200'].content['application/json'].examples = ex.response;
  return doc;
}
