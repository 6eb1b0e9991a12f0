// A FRIA or DPIA draft as the report's neutral blocks: the same Markdown, HTML and PDF renderers lay it
// out. Each element says whether the answers filled it or it is to complete, with its sources.
import type { ImpactAssessmentDraft } from '../../decision-trees/view-schemas.ts';
import type { ReportModel } from './model.ts';
import { approvalBlocks, headerFields, sourcesBlock, type Block } from './document.ts';

export function impactDocument(m: ReportModel, d: ImpactAssessmentDraft): Block[] {
  const L = m.labels;
  const e = m.evaluation;
  const blocks: Block[] = [{ type: 'title', text: `${d.title} — ${m.title}` }, headerFields(m)];
  blocks.push(...approvalBlocks(m));
  blocks.push({ type: 'paragraph', text: d.intro, emphasis: true });
  blocks.push(sourcesBlock(m, d.sources));
  if (m.description) blocks.push({ type: 'heading', text: L.description }, { type: 'paragraph', text: m.description });
  for (const el of d.elements) {
    blocks.push({ type: 'heading', text: `${el.point}) ${el.title}` });
    blocks.push({ type: 'paragraph', text: el.statusLabel, emphasis: el.status === 'toComplete' });
    if (el.text) blocks.push({ type: 'list', items: el.text.split('\n').filter(Boolean) });
    if (el.hint) blocks.push({ type: 'paragraph', text: el.hint });
    blocks.push(sourcesBlock(m, el.sources));
  }
  if (d.complements) blocks.push({ type: 'heading', text: L.related }, { type: 'paragraph', text: d.complements.text });
  blocks.push({ type: 'heading', text: L.summary }, { type: 'paragraph', text: d.summary });
  if (e.result) blocks.push({ type: 'paragraph', text: e.result.disclaimer, emphasis: true });
  return blocks;
}
