// The report as a list of neutral blocks; the Markdown, HTML and PDF renderers only lay them out.
import type { ReportModel } from './model.ts';
import { formatDate } from '../../decision-trees/views.ts';

export type Block =
  | { type: 'title'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'paragraph'; text: string; emphasis?: boolean }
  | { type: 'list'; items: string[] }
  | { type: 'fields'; rows: [string, string][] };

export function reportDocument(m: ReportModel): Block[] {
  const L = m.labels;
  const e = m.evaluation;
  const r = e.result;
  const date = (iso: string) => formatDate(iso, m.lang);
  const blocks: Block[] = [{ type: 'title', text: m.title }];
  blocks.push({
    type: 'fields',
    rows: [
      [L.useCase, m.title],
      ...(m.organisation ? [[L.organisation, m.organisation] as [string, string]] : []),
      [L.assessedOn, date(m.generatedOn)],
      [L.flow, `${e.flow.id} ${e.flow.version} (sha256 ${e.flow.hash.slice(0, 16)}…)`],
    ],
  });
  if (m.description) blocks.push({ type: 'heading', text: L.description }, { type: 'paragraph', text: m.description });
  if (!e.complete || !r) {
    blocks.push({ type: 'paragraph', text: L.incomplete, emphasis: true });
  } else {
    blocks.push({ type: 'heading', text: L.riskClass });
    blocks.push({ type: 'paragraph', text: r.riskClass ? L.riskClasses[r.riskClass] ?? r.riskClass : L.none, emphasis: true });
    blocks.push({ type: 'fields', rows: [[L.basis, r.basis.join('; ') || L.none], [L.roles, r.roles.map((x) => L.roleNames[x] ?? x).join(', ') || L.none]] });
    if (r.conclusions.length) {
      blocks.push({ type: 'heading', text: L.conclusions });
      for (const c of r.conclusions) blocks.push({ type: 'subheading', text: c.title }, { type: 'paragraph', text: `${c.body} (${L.source}: ${c.source.join('; ')})` });
    }
    if (r.duties.length) {
      blocks.push({ type: 'heading', text: L.duties });
      for (const d of r.duties) {
        blocks.push({ type: 'subheading', text: d.title });
        blocks.push({ type: 'paragraph', text: d.body });
        const when = `${L.appliesFrom} ${date(d.appliesFrom)} — ${d.appliesNow ? L.appliesNow : L.appliesLater}${d.dateUncertain ? ` (${d.dateUncertain})` : ''}`;
        blocks.push({ type: 'fields', rows: [[L.source, d.source.join('; ')], [L.appliesFrom, when]] });
        if (d.labels?.length) {
          blocks.push({ type: 'paragraph', text: `${L.labels}:` });
          blocks.push({ type: 'list', items: d.labels.map((x) => `FR: ${x.fr} | DE: ${x.de} | EN: ${x.en}`) });
        }
      }
    }
    if (r.hosting) {
      const name = (id: string) => r.hosting!.services.find((s) => s.id === id)?.name ?? id;
      blocks.push({ type: 'heading', text: L.hosting });
      blocks.push({ type: 'paragraph', text: `${L.allowed}: ${r.hosting.allowed.map(name).join(', ') || L.noService}` });
      blocks.push({ type: 'paragraph', text: `${L.excluded}:` });
      blocks.push({ type: 'list', items: r.hosting.excluded.map((x) => `${name(x.serviceId)}: ${x.reason}`) });
    }
    if (r.flags.length) {
      blocks.push({ type: 'heading', text: L.flags });
      blocks.push({ type: 'list', items: r.flags.map((f) => `${f.text} (${L.source}: ${f.source.join('; ')})`) });
    }
    if (r.commitments.length) {
      blocks.push({ type: 'heading', text: L.commitments });
      blocks.push({ type: 'list', items: r.commitments.map((x) => x.text) });
    }
    if (r.openPoints.length) {
      blocks.push({ type: 'heading', text: L.openPoints });
      blocks.push({ type: 'list', items: r.openPoints.map((x) => x.text) });
    }
    if (r.registerEntry) {
      blocks.push({ type: 'heading', text: L.register });
      blocks.push({ type: 'fields', rows: r.registerEntry.fields.map((f) => [f.label, f.toComplete ? `[${L.toComplete}] ${f.value}` : f.value]) });
    }
  }
  blocks.push({ type: 'heading', text: L.questions });
  blocks.push({ type: 'list', items: e.path.map((p) => `${p.text} — ${L.answer}: ${p.answerLabel} (${L.source}: ${p.source.join('; ')})`) });
  if (r) {
    blocks.push({ type: 'paragraph', text: `${L.lawAsOf} ${date(r.lawAsOf.reviewed)}. ${r.lawAsOf.banner}` });
    blocks.push({ type: 'paragraph', text: r.disclaimer, emphasis: true });
  }
  return blocks;
}
