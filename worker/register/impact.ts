// The impact assessment drafts the result requires (FRIA, Art 27; DPIA outline, GDPR Art 35(7)), as the
// register, the EU database block and the draft documents use them.
import { buildImpactAssessments } from '../../decision-trees/impact-assessments.ts';
import type { Evaluation } from '../../decision-trees/evaluate.ts';
import type { FlowBundle } from '../../decision-trees/bundle.ts';
import type { Lang } from '../../decision-trees/langs.ts';

export const impactAssessmentsOf = (bundle: FlowBundle, evaluation: Evaluation, lang: Lang) => buildImpactAssessments(bundle, evaluation, lang);
