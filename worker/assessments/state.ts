// What a client sees of a stored assessment: its answers and the evaluation derived from them, in one
// language. Used inside the Durable Object (a write returns the new state in the same call) and by the
// reports.
import type { Lang } from '../../decision-trees/langs.ts';
import { usableAnswers } from '../../decision-trees/answers.ts';
import type { AssessmentStateView } from '../api/schemas.ts';
import { present, today } from '../api/present.ts';
import { compiledFlow, currentVersion, findBundle } from '../flows.ts';
import type { StoredAssessment } from './object.ts';

/** The ETag of an assessment: its revision. The language is negotiated apart (Vary: Accept-Language). */
export const etagOf = (revision: number) => `"r${revision}"`;

/** The revision an If-Match header names: a number, "any" for `*`, or "invalid" for anything else. */
export function ifMatchRevision(header: string | undefined): number | 'any' | 'invalid' | undefined {
  if (header === undefined) return undefined;
  const h = header.trim();
  if (h === '*') return 'any';
  const m = /^"r(\d{1,12})"$/.exec(h);
  return m ? Number(m[1]) : 'invalid';
}

export function stateOf(stored: StoredAssessment, lang: Lang, view: 'owner' | 'shared', expand = true): AssessmentStateView | null {
  const bundle = findBundle(stored.meta.flowId, stored.meta.version);
  if (!bundle) return null;
  const { id: _id, shareId, workspace, review, ...meta } = stored.meta;
  const latest = currentVersion(stored.meta.flowId);
  // Answers stored before a migration may not fit the new version: they are kept, reported, not used.
  const { usable, invalid } = usableAnswers(compiledFlow(bundle).index, stored.answers);
  return {
    ...(view === 'owner' ? { id: stored.meta.id } : {}),
    shareId,
    readOnly: view === 'shared',
    meta,
    answers: stored.answers,
    setAside: stored.setAside,
    invalidAnswers: invalid.map((e) => e.question),
    newerVersion: latest && latest !== stored.meta.version ? latest : null,
    review: workspace ? { organisation: workspace.orgId, owner: { id: workspace.ownerId, name: workspace.ownerName }, ...(review ?? { status: 'draft', round: 1, submittedAt: null, approval: null, previousApprovals: [] }) } : null,
    evaluation: present(bundle, usable, lang, today(), expand) as AssessmentStateView['evaluation'],
  };
}
