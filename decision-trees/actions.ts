// The plan of action: the action blocks of the flow's trees whose duties, open points or flags are in
// the result, each with who does it, by when and its source, in rank order. Nothing of the result falls
// outside the plan: the checker refuses a duty or open point that no action covers.
import type { ActionBlock, DutyKind, Lang, Tree, Vocabulary } from './schema.ts';
import type { ActionView, DutyView, FlagView, NoteView } from './view-schemas.ts';
import { citationView } from './citations.ts';
import { formatDate } from './views.ts';
import { fillTemplate as fill } from './template.ts';

export type { ActionView } from './view-schemas.ts';


export function buildActions(
  trees: Tree[],
  vocabulary: Vocabulary,
  r: { duties: DutyView[]; openPoints: NoteView[]; flags: FlagView[] },
  lang: Lang,
): ActionView[] {
  const blocks = trees.flatMap((t) => Object.entries(t.actions ?? {})) as [string, ActionBlock][];
  const actions: (ActionView & { rank: number })[] = [];
  for (const [id, a] of blocks) {
    const duties = r.duties.filter((d) => a.covers.duties?.includes(d.id));
    const points = r.openPoints.filter((p) => a.covers.openPoints?.includes(p.id));
    const flags = r.flags.filter((f) => a.covers.flags?.includes(f.id) || (a.covers.unsureAnswers && f.kind === 'unsure'));
    if (!duties.length && !points.length && !flags.length) continue;
    // The latest date among the covered duties not yet applicable; none left means they apply now.
    const pending = duties.filter((d) => !d.appliesNow && d.kind === 'obligation').flatMap((d) => (d.appliesFrom ? [d.appliesFrom] : [])).sort();
    const later = pending[pending.length - 1];
    let due: ActionView['due'];
    if (a.due === 'before_first_use') {
      due = later
        ? { type: 'before_first_use', date: later, label: fill(vocabulary.due.beforeFirstUseFrom[lang], { date: formatDate(later, lang) }) }
        : { type: 'before_first_use', label: vocabulary.due.beforeFirstUse[lang] };
    } else {
      due = later ? { type: 'date', date: later, label: fill(vocabulary.due.by[lang], { date: formatDate(later, lang) }) } : { type: 'now', label: vocabulary.due.now[lang] };
    }
    const source = [...new Set([...duties.flatMap((d) => d.source), ...points.flatMap((p) => p.source), ...flags.flatMap((f) => f.source)])];
    // A step is an obligation when any of what it covers rests on binding law alone.
    const binding = (sources: string[]) => sources.every((s) => !s.startsWith('Guidelines'));
    const kind: DutyKind = duties.some((d) => d.kind === 'obligation') || points.some((p) => binding(p.source)) || flags.some((f) => binding(f.source)) ? 'obligation' : 'recommendation';
    actions.push({
      id,
      rank: a.rank,
      title: a.title[lang],
      owner: a.owner,
      ownerLabel: vocabulary.owners[a.owner][lang],
      due,
      kind,
      kindLabel: vocabulary.kinds[kind][lang],
      source,
      sources: source.map((s) => citationView(s, lang)),
      covers: [...duties.map((d) => d.id), ...points.map((p) => p.id), ...flags.map((f) => f.id)],
    });
  }
  return actions.sort((x, y) => x.rank - y.rank || x.id.localeCompare(y.id)).map(({ rank: _rank, ...a }) => a);
}
