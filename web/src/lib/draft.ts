// Drafts: the answers saved to a JSON file, or attached to the assessment's PDF report, and loaded
// back later, also after a tree update. The shape is the engine's DraftSchema (view-schemas.ts).
import type { Draft } from '../../../decision-trees/view-schemas.ts';
import type { AnswerValue, AssessmentState } from './types.ts';

const FORMAT = 'ai-use-case-assessment-draft';
const MAX_BYTES = 5 * 1024 * 1024;

export function draftOf(state: AssessmentState, lang: Draft['lang']): Draft {
  return { format: FORMAT, formatVersion: 1, flow: { id: state.meta.flowId, version: state.meta.version }, lang, savedAt: new Date().toISOString(), answers: state.answers };
}

export function saveDraft(state: AssessmentState, lang: Draft['lang']): void {
  const draft = draftOf(state, lang);
  const url = URL.createObjectURL(new Blob([JSON.stringify(draft, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `assessment-draft-${draft.savedAt.slice(0, 10)}.json`;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/**
 * The JSON file the report PDF embeds (an /EmbeddedFile stream, FlateDecode): found by its dictionary,
 * its /Length read, the bytes inflated. Only the product's own PDFs are expected here.
 */
async function attachmentOf(bytes: Uint8Array): Promise<string | null> {
  const text = latin1(bytes);
  const at = text.indexOf('/Type /EmbeddedFile');
  if (at < 0) return null;
  const dictEnd = text.indexOf('stream\n', at);
  const length = /\/Length (\d+)/.exec(text.slice(at, dictEnd))?.[1];
  if (dictEnd < 0 || !length) return null;
  const start = dictEnd + 'stream\n'.length;
  const packed = bytes.slice(start, start + Number(length));
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new TextDecoder().decode(await new Response(stream).arrayBuffer());
}

/** The answers of a draft of this flow (a JSON draft or a PDF report carrying one), or null. */
export async function readDraft(file: File, flowId: string): Promise<{ answers: Record<string, AnswerValue>; lang?: string } | null> {
  if (file.size > MAX_BYTES) return null;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const isPdf = latin1(bytes.slice(0, 5)) === '%PDF-';
    const json = isPdf ? await attachmentOf(bytes) : new TextDecoder().decode(bytes);
    if (!json) return null;
    const d = JSON.parse(json) as { format?: unknown; flow?: { id?: unknown }; answers?: unknown; lang?: unknown };
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
