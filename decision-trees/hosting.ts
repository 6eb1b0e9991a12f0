// Which AI services of the catalogue may take this use case: derived from the catalogue's rules,
// never from a hand-written list per combination. Another administration swaps the catalogue file.
import type { Catalogue, DataKind, Lang, Task } from './schema.ts';
import { DATA_KINDS, TASKS } from './schema.ts';

export interface HostingResult {
  allowed: string[];
  excluded: { serviceId: string; reason: string }[];
  /** What the decision rested on: the data kinds and tasks established by the answers. */
  dataKinds: DataKind[];
  tasks: Task[];
  services: { id: string; name: string; hosting: string }[];
}

/** Null when the answers established no data kind: the hosting questions were not reached. */
export function decideHosting(catalogue: Catalogue, facts: string[], lang: Lang): HostingResult | null {
  const dataKinds = DATA_KINDS.filter((k) => catalogue.dataFacts[k] && facts.includes(catalogue.dataFacts[k]!));
  const tasks = TASKS.filter((k) => catalogue.taskFacts[k] && facts.includes(catalogue.taskFacts[k]!));
  if (dataKinds.length === 0) return null;
  const allowed: string[] = [];
  const excluded: HostingResult['excluded'] = [];
  for (const s of catalogue.services) {
    const reasons: string[] = [];
    if (!s.providedByAdministration) reasons.push(catalogue.reasons.notProvided[lang]);
    const refused = dataKinds.filter((k) => !s.dataAllowed.includes(k));
    if (refused.length) reasons.push(`${catalogue.reasons.dataNotAllowed[lang]} (${refused.join(', ')})`);
    // Web search is a hard requirement; of the other tasks, the service must support at least one.
    const missing = tasks.filter((k) => !s.tasks.includes(k));
    const work = tasks.filter((k) => k !== 'web_search');
    const lacksSearch = missing.includes('web_search');
    const lacksWork = work.length > 0 && work.every((k) => missing.includes(k));
    if (lacksSearch || lacksWork) {
      reasons.push(`${catalogue.reasons.taskNotSupported[lang]} (${missing.join(', ')})`);
    }
    if (reasons.length) excluded.push({ serviceId: s.id, reason: reasons.join(' ') });
    else allowed.push(s.id);
  }
  return {
    allowed,
    excluded,
    dataKinds,
    tasks,
    services: catalogue.services.map((s) => ({ id: s.id, name: s.name, hosting: s.hostingLabel[lang] })),
  };
}
