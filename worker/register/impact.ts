// The impact assessment drafts the result requires, as the register and the EU database block use them.
// Until the drafts are built from the flow (flow 1.2.0), no summary exists: the fields stay to complete.
import type { Evaluation } from '../../decision-trees/evaluate.ts';
import type { FlowBundle } from '../../decision-trees/bundle.ts';
import type { Lang } from '../../decision-trees/langs.ts';

export const impactAssessmentsOf = (_bundle: FlowBundle, _evaluation: Evaluation, _lang: Lang): { fria: { summary: string } | null; dpia: { summary: string } | null } => ({ fria: null, dpia: null });
