// The plain answer to any question: an AI tool used as provided, no special data. Scenarios give
// only what differs from it; examples, benches and walks in tests fill the rest with it.
import type { AnswerValue } from './bundle.ts';
import type { QuestionView } from './views.ts';

/** The default answer where a scenario says nothing: the plain case (an AI tool used as provided, no special data). */
export function defaultAnswer(q: Pick<QuestionView, 'id' | 'kind' | 'options'>): AnswerValue {
  const ids = q.options.map((o) => o.id);
  const defaults: Record<string, AnswerValue> = {
    intro_title: 'Use case',
    intro_organisation: 'Ministry',
    intro_description: 'What the AI does, for whom and why.',
    def_ai_system: 'infers',
    role_in_system: ['uses_provided'],
    data_kinds: ['non_public'],
    gdpr_legal_basis: 'public_task',
    // A system used as provided comes with the provider's instructions for use (AI Act Art 13).
    fria_art13_information: 'yes',
    hosting_service: 'le_chat',
    hosting_location: 'state_it_centre',
    hosting_tasks: ['chat_drafting'],
    content_use: ['internal'],
    transparency_ai_share: 'substantial',
    principles_checklist: ['human_oversight', 'robustness', 'privacy', 'transparency', 'fairness', 'wellbeing', 'accountability'],
  };
  if (defaults[q.id] !== undefined) return defaults[q.id]!;
  if (q.kind === 'text') return `Text for ${q.id}`;
  if (q.kind === 'multiple') return [ids.includes('none') ? 'none' : ids[0]!];
  return ids.includes('no') ? 'no' : ids.includes('none') ? 'none' : ids[0]!;
}
