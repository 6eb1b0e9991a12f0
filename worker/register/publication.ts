// From an assessment to its register entry: the approved answers evaluated in each language, what keeps
// them from being published, and the publication as the assessment's object keeps it.
import { LANGS, type Lang } from '../../decision-trees/langs.ts';
import { evaluate, type Evaluation } from '../../decision-trees/evaluate.ts';
import type { Answers, FlowBundle } from '../../decision-trees/bundle.ts';
import { compiledFlow } from '../flows.ts';
import type { LanguageSource } from './standard.ts';
import type { PublicationDetails } from './schemas.ts';
import { buildImpactAssessments } from '../../decision-trees/impact-assessments.ts';

/** What the assessment's object keeps of its last publication. */
export interface StoredPublication {
  entryId: string;
  version: number;
  publishedAt: string;
  publishedBy: { id: string; name: string };
  details: PublicationDetails;
  /** The approved answers published, and their flow version: any change after it is "out of sync". */
  answersHash: string;
  flowVersion: string;
}

/** The register entry's id: derived from the assessment's, so that preview and publication agree, and not reversible. */
export async function entryIdOf(assessmentId: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`register-entry:${assessmentId}`)));
  return Array.from(digest.slice(0, 10), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The evaluation of the answers in every language; null when incomplete or when the flow drafts no register entry. */
export function languageSources(bundle: FlowBundle, answers: Answers, date: string): { sources: Record<Lang, LanguageSource>; evaluations: Record<Lang, Evaluation> } | null {
  const sources = {} as Record<Lang, LanguageSource>;
  const evaluations = {} as Record<Lang, Evaluation>;
  for (const lang of LANGS) {
    const e = evaluate(compiledFlow(bundle), answers, { lang, date });
    if (!e.ok || !e.complete || !e.result?.registerEntry || !e.result.riskClass) return null;
    const drafts = buildImpactAssessments(bundle, e, lang);
    sources[lang] = {
      entry: e.result.registerEntry,
      riskClass: e.result.riskClass,
      facts: e.context.facts,
      duties: e.result.duties.map((d) => d.id),
      suggestions: { friaSummary: drafts.fria?.findings || null, dpiaSummary: drafts.dpia?.findings || null },
    };
    evaluations[lang] = e;
  }
  return { sources, evaluations };
}
