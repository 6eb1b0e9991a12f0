// The API's shapes as the UI reads them: inferred from the worker's schemas and the engine's views,
// never written twice (type imports only: nothing of the worker is bundled).
export type { EvaluationView as Evaluation, AssessmentStateView as AssessmentState, ProblemView as Problem } from '../../../worker/api/schemas.ts';
export type { QuestionView, DutyView as Duty, ActionView as Action, AssessmentResult as Result, CitationViewOf as Citation } from '../../../decision-trees/view-schemas.ts';
export type AnswerValue = string | string[];

export interface Config {
  embedParentOrigin: string | null;
  retentionDays: number;
  operator: { name: string; contact: string };
}

export interface Migration {
  from: string;
  to: string;
  needAnswer: string[];
  toConfirm: string[];
  assessment: import('../../../worker/api/schemas.ts').AssessmentStateView;
}
