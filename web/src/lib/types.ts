// The API's shapes as the UI reads them (the API's OpenAPI document is the reference).
export type AnswerValue = string | string[];

// The engine's own views: one definition, shared with the worker (type imports only, nothing bundled).
export type { QuestionView } from '../../../decision-trees/views.ts';
export type { DutyView as Duty, AssessmentResult as Result } from '../../../decision-trees/result.ts';
import type { QuestionView } from '../../../decision-trees/views.ts';
import type { AssessmentResult as Result } from '../../../decision-trees/result.ts';

export interface Evaluation {
  flow: { id: string; version: string; hash: string };
  lang: string;
  complete: boolean;
  next: QuestionView | null;
  path: { id: string; answer: AnswerValue; text: string; answerLabel: string; source: string[] }[];
  progress: { answered: number; remainingMin: number; remainingMax: number; percent: number };
  unusedAnswers: string[];
  result: Result | null;
}

export interface AssessmentState {
  id?: string;
  shareId?: string;
  editToken?: string;
  readOnly: boolean;
  meta: { flowId: string; version: string; hash: string; lang: string; updatedAt: string };
  answers: Record<string, AnswerValue>;
  setAside: Record<string, AnswerValue>;
  newerVersion: string | null;
  evaluation: Evaluation;
}

export interface Problem {
  status: number;
  title: string;
  detail?: string;
  'invalid-params'?: { name: string; reason: string }[];
}
