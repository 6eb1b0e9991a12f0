// Drafts: the answers saved to a JSON file and loaded back later, also after a tree update.
import type { AnswerValue, AssessmentState } from './types.ts';

const FORMAT = 'ai-use-case-assessment-draft';

export function saveDraft(state: AssessmentState, lang: string): void {
  const draft = {
    format: FORMAT,
    formatVersion: 1,
    flow: { id: state.meta.flowId, version: state.meta.version },
    lang,
    savedAt: new Date().toISOString(),
    answers: state.answers,
  };
  const url = URL.createObjectURL(new Blob([JSON.stringify(draft, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `assessment-draft-${draft.savedAt.slice(0, 10)}.json`;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The answers of a draft file of this flow, or null when the file is not one. */
export async function readDraft(file: File, flowId: string): Promise<{ answers: Record<string, AnswerValue>; lang?: string } | null> {
  if (file.size > 256 * 1024) return null;
  try {
    const d = JSON.parse(await file.text()) as { format?: unknown; flow?: { id?: unknown }; answers?: unknown; lang?: unknown };
    if (d.format !== FORMAT || d.flow?.id !== flowId || !d.answers || typeof d.answers !== 'object' || Array.isArray(d.answers)) return null;
    const answers: Record<string, AnswerValue> = {};
    for (const [k, v] of Object.entries(d.answers as Record<string, unknown>)) {
      if (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'))) answers[k] = v as AnswerValue;
    }
    return { answers, lang: typeof d.lang === 'string' ? d.lang : undefined };
  } catch {
    return null;
  }
}
