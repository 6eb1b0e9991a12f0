// What every report format renders: one model built from an assessment's state.
import type { Lang } from '../../decision-trees/schema.ts';
import type { Presented } from '../api/present.ts';
import { REPORT_LABELS, type ReportLabels } from './labels.ts';
import type { Review } from '../workspace/schemas.ts';

export interface ReportModel {
  lang: Lang;
  labels: ReportLabels;
  title: string;
  organisation: string;
  description: string;
  evaluation: Presented;
  generatedOn: string;
  /** Where relative links (the guidelines' text) resolve: the service's origin. */
  origin: string;
  /** The review in a workspace; null for an anonymous assessment. */
  review: Review | null;
}

const answerText = (e: Presented, id: string) => {
  const step = e.path.find((p) => p.id === id);
  return step && typeof step.answer === 'string' ? step.answer : '';
};

export function reportModel(evaluation: Presented, generatedOn: string, origin: string, review: Review | null = null): ReportModel {
  const labels = REPORT_LABELS[evaluation.lang];
  return {
    lang: evaluation.lang,
    labels,
    title: answerText(evaluation, 'intro_title') || labels.title,
    organisation: answerText(evaluation, 'intro_organisation'),
    description: answerText(evaluation, 'intro_description'),
    evaluation,
    generatedOn,
    origin,
    review,
  };
}
