// The API's shapes as the UI reads them (the API's OpenAPI document is the reference).
export type AnswerValue = string | string[];

export interface QuestionView {
  id: string;
  tree: string;
  kind: 'single' | 'multiple' | 'text';
  text: string;
  help: string;
  source: string[];
  options: { id: string; label: string; exclusive?: boolean }[];
  maxLength?: number;
  optional?: boolean;
}

export interface Duty {
  id: string;
  title: string;
  body: string;
  source: string[];
  appliesFrom: string;
  appliesNow: boolean;
  dateUncertain?: string;
  labels?: { fr: string; de: string; en: string }[];
}

export interface Result {
  riskClass: string | null;
  basis: string[];
  roles: string[];
  conclusions: { tree: string; id: string; title: string; body: string; source: string[] }[];
  duties: Duty[];
  hosting: { allowed: string[]; excluded: { serviceId: string; reason: string }[]; services: { id: string; name: string; hosting: string }[] } | null;
  flags: { id: string; kind: string; text: string; reviewer: string; source: string[] }[];
  commitments: { id: string; text: string; source: string[] }[];
  openPoints: { id: string; text: string; source: string[] }[];
  registerEntry: { fields: { id: string; label: string; value: string; toComplete: boolean }[] } | null;
  lawAsOf: { reviewed: string; assessedOn: string; banner: string };
  disclaimer: string;
  flow: { id: string; version: string; hash: string };
}

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
