// The report as a list of neutral blocks; the Markdown, HTML and PDF renderers only lay them out.
// Order as on screen: what it is and why, the plan of action, hosting, then the details.
import type { ReportModel } from './model.ts';
import { formatDate } from '../../decision-trees/views.ts';
import type { CitationView } from '../../decision-trees/citations.ts';
import type { DutyView } from '../../decision-trees/view-schemas.ts';
import { ROLE_WORDS, STATUS_WORDS } from '../workspace/role-words.ts';

export type Block =
  | { type: 'title'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'paragraph'; text: string; emphasis?: boolean }
  | { type: 'list'; items: string[] }
  | { type: 'fields'; rows: [string, string][] }
  /** References, each linked where it can be read. */
  | { type: 'sources'; label: string; links: { text: string; href: string | null }[] };

/** References as a block, each linked where it can be read (the service's own texts by their full address). */
export function sourcesBlock(m: ReportModel, s: readonly CitationView[]): Block {
  return { type: 'sources', label: m.labels.source, links: s.map((c) => ({ text: c.label, href: c.url && c.url.startsWith('/') ? `${m.origin}${c.url}` : c.url })) };
}

/** Who assessed, when, and on which flow version: the first rows of every document. */
export function headerFields(m: ReportModel): Block {
  const L = m.labels;
  const e = m.evaluation;
  return {
    type: 'fields',
    rows: [
      ...(m.organisation ? [[L.organisation, m.organisation] as [string, string]] : []),
      [L.assessedOn, formatDate(m.generatedOn, m.lang)],
      [L.flow, `${e.flow.id} ${e.flow.version} (sha256 ${e.flow.hash.slice(0, 16)}…)`],
    ],
  };
}

export function reportDocument(m: ReportModel): Block[] {
  const L = m.labels;
  const e = m.evaluation;
  const r = e.result;
  const date = (iso: string) => formatDate(iso, m.lang);
  const sources = (s: CitationView[]): Block => sourcesBlock(m, s);
  const blocks: Block[] = [{ type: 'title', text: m.title }, headerFields(m)];
  blocks.push(...approvalBlocks(m));
  if (m.description) blocks.push({ type: 'heading', text: L.description }, { type: 'paragraph', text: m.description });
  if (!e.complete || !r) {
    blocks.push({ type: 'paragraph', text: L.incomplete, emphasis: true });
  } else {
    blocks.push({ type: 'heading', text: L.summary });
    blocks.push({ type: 'paragraph', text: r.reason || r.riskClassTitle, emphasis: true });
    if (r.riskClassExplanation) blocks.push({ type: 'paragraph', text: r.riskClassExplanation });
    blocks.push({ type: 'fields', rows: [[L.roles, r.roleLabels.join(', ') || L.none]] });
    if (r.basisSources.length) blocks.push(sources(r.basisSources));

    if (r.actions.length) {
      blocks.push({ type: 'heading', text: L.plan });
      blocks.push({ type: 'list', items: r.actions.map((a, i) => `${i + 1}. ${a.title} — ${L.owner}: ${a.ownerLabel} — ${L.due}: ${a.due.label} (${a.kindLabel})`) });
    }
    if (r.hosting?.verdict) blocks.push({ type: 'heading', text: L.hosting }, { type: 'paragraph', text: r.hosting.verdict.text });
    else if (r.hosting && (!r.hosting.choice || r.hosting.choice.kind === 'undecided')) {
      const name = (id: string) => r.hosting!.services.find((s) => s.id === id)?.name ?? id;
      blocks.push({ type: 'heading', text: L.hosting }, { type: 'paragraph', text: `${L.allowed}: ${r.hosting.allowed.map(name).join(', ') || L.noService}` });
    }
    for (const n of r.notices) blocks.push({ type: 'heading', text: L.notice }, { type: 'paragraph', text: n.text });

    const duty = (d: DutyView) => {
      blocks.push({ type: 'subheading', text: d.title });
      blocks.push({ type: 'paragraph', text: d.body });
      if (d.kind === 'obligation') {
        const when = [d.appliesFrom ? `${date(d.appliesFrom)} (${d.appliesNow ? L.appliesNow : L.notYet})` : L.appliesNow];
        if (d.originalDate) when.push(`${L.originally} ${date(d.originalDate)}`);
        if (d.status === 'reported') when.push(L.reported);
        blocks.push({ type: 'fields', rows: [[L.appliesFrom, when.join('; ')], ...d.transitions.map((t): [string, string] => [L.transition, `${t.label}: ${date(t.date)}`])] });
      }
      blocks.push(sources(d.sources));
      if (d.labels?.length) blocks.push({ type: 'paragraph', text: `${L.labels}:` }, { type: 'list', items: d.labels.map((x) => x[m.lang]) });
    };
    const obligations = r.duties.filter((d) => d.kind === 'obligation');
    const recommendations = r.duties.filter((d) => d.kind === 'recommendation');
    if (obligations.length) {
      blocks.push({ type: 'heading', text: L.obligations });
      obligations.forEach(duty);
    }
    if (recommendations.length) {
      blocks.push({ type: 'heading', text: L.recommendations });
      recommendations.forEach(duty);
    }
    if (r.flags.length) {
      blocks.push({ type: 'heading', text: L.flags });
      blocks.push({ type: 'list', items: r.flags.map((f) => `${f.text} (${f.reviewerLabel})`) });
    }
    if (r.openPoints.length) blocks.push({ type: 'heading', text: L.openPoints }, { type: 'list', items: r.openPoints.map((x) => x.text) });
    if (r.commitments.length) blocks.push({ type: 'heading', text: L.commitments }, { type: 'list', items: r.commitments.map((x) => x.text) });
    if (r.registerEntry) {
      blocks.push({ type: 'heading', text: L.register });
      blocks.push({ type: 'fields', rows: r.registerEntry.fields.map((f) => [f.label, f.toComplete ? `[${L.toComplete}]${f.hint ? ` ${f.hint}` : ''}` : f.value]) });
    }
    const decisive = e.path.filter((p) => r.decisive.includes(p.id));
    if (decisive.length) blocks.push({ type: 'heading', text: L.why }, { type: 'list', items: decisive.map((p) => `${p.text} — ${L.answer}: ${p.answerLabel}`) });
  }
  blocks.push({ type: 'heading', text: L.questions });
  blocks.push({ type: 'list', items: e.path.map((p) => `${p.text} — ${L.answer}: ${p.answerLabel}`) });
  if (r) {
    blocks.push({ type: 'paragraph', text: r.lawAsOf.banner });
    blocks.push({ type: 'paragraph', text: r.disclaimer, emphasis: true });
  }
  return blocks;
}

/** Who approved these exact answers, when, in which role; or, prominently, that nobody has. */
export function approvalBlocks(m: ReportModel): Block[] {
  const L = m.labels;
  const r = m.review;
  const date = (iso: string) => formatDate(iso.slice(0, 10), m.lang);
  const blocks: Block[] = [{ type: 'heading', text: L.approval }];
  if (r?.approval) {
    const a = r.approval;
    blocks.push({ type: 'paragraph', text: L.approvedBy(a.by.name, ROLE_WORDS[m.lang][a.by.role], date(a.at)), emphasis: true });
    blocks.push({ type: 'fields', rows: [[L.flow, `${m.evaluation.flow.id} ${a.flowVersion}`], [L.approvedAnswers, a.answersHash]] });
  } else {
    blocks.push({ type: 'paragraph', text: r ? L.notApproved(STATUS_WORDS[m.lang][r.status]) : L.notReviewed, emphasis: true });
    const last = r?.previousApprovals.at(-1);
    if (last) blocks.push({ type: 'paragraph', text: L.previousApproval(last.round, last.by.name, date(last.at)) });
  }
  return blocks;
}
