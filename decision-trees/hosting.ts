// Which AI service or hosting may take the use case: derived from the catalogue's rules, never from a
// hand-written list per combination. Another administration swaps the catalogue file.
// What was chosen (a catalogue service, a dedicated application and where its data goes, or nothing
// yet) is read from the facts the hosting tree establishes; the data kinds from the AI Act tree.
import type { Catalogue, CatalogueService, DataKind, HostingLocation, Lang, Task } from './schema.ts';
import { DATA_KINDS, TASKS } from './schema.ts';
import type { HostingResult } from './view-schemas.ts';
import { fillTemplate as fill } from './template.ts';

export type { HostingResult } from './view-schemas.ts';

const isPublicCloud = (s: CatalogueService) => s.hosting === 'public_cloud' || s.hosting === 'hybrid';

function dataWords(catalogue: Catalogue, kinds: DataKind[], lang: Lang): string {
  return kinds.map((k) => catalogue.dataKindLabels?.[k]?.[lang] ?? k).join(', ');
}

/** Why a service may not take the data or the tasks; empty when it may. */
function refusals(catalogue: Catalogue, s: CatalogueService, dataKinds: DataKind[], tasks: Task[], lang: Lang): string[] {
  const reasons: string[] = [];
  if (!s.providedByAdministration) reasons.push(catalogue.reasons.notProvided[lang]);
  const refused = dataKinds.filter((k) => !s.dataAllowed.includes(k));
  if (refused.length) reasons.push(`${catalogue.reasons.dataNotAllowed[lang]} (${dataWords(catalogue, refused, lang)})`);
  // Web search is a hard requirement; of the other tasks, the service must support at least one.
  const missing = tasks.filter((k) => !s.tasks.includes(k));
  const work = tasks.filter((k) => k !== 'web_search');
  if (missing.includes('web_search') || (work.length > 0 && work.every((k) => missing.includes(k)))) {
    reasons.push(`${catalogue.reasons.taskNotSupported[lang]} (${missing.join(', ')})`);
  }
  return reasons;
}


/** Null when the hosting tree did not run (not an AI system) or no data kind was established. */
export function decideHosting(catalogue: Catalogue, facts: string[], lang: Lang): HostingResult | null {
  const dataKinds = DATA_KINDS.filter((k) => catalogue.dataFacts[k] && facts.includes(catalogue.dataFacts[k]!));
  const tasks = TASKS.filter((k) => catalogue.taskFacts[k] && facts.includes(catalogue.taskFacts[k]!));
  const chosenService = catalogue.services.find((s) => facts.includes(`service_${s.id}`));
  const location: HostingLocation | undefined = (catalogue.locations ?? []).find((l) => facts.includes(`location_${l.id}`));
  const choice: HostingResult['choice'] = chosenService
    ? { kind: 'service', serviceId: chosenService.id }
    : facts.includes('dedicated_application') && location
      ? { kind: 'dedicated', locationId: location.id }
      : facts.includes('service_not_decided')
        ? { kind: 'undecided' }
        : null;
  if (dataKinds.length === 0 && !choice) return null;

  const allowed: string[] = [];
  const excluded: HostingResult['excluded'] = [];
  for (const s of catalogue.services) {
    const reasons = refusals(catalogue, s, dataKinds, tasks, lang);
    if (reasons.length) excluded.push({ serviceId: s.id, reason: reasons.join(' ') });
    else allowed.push(s.id);
  }
  const nameOf = (id: string) => catalogue.services.find((s) => s.id === id)!.name;
  const data = dataWords(catalogue, dataKinds, lang);
  const V = catalogue.verdicts;
  const alternatives = V ? fill(V.alternatives[lang], { list: allowed.map(nameOf).join(', ') || V.none[lang] }) : '';

  let verdict: HostingResult['verdict'] = null;
  let system: string | null = null;
  if (V && choice?.kind === 'service') {
    const s = chosenService!;
    const reasons = excluded.find((x) => x.serviceId === s.id)?.reason;
    const label = `${s.name} (${s.hostingLabel[lang]})`;
    system = label;
    verdict = reasons
      ? { ok: false, text: `${fill(V.serviceNotOk[lang], { service: label, reasons })} ${alternatives}` }
      : { ok: true, text: fill(V.serviceOk[lang], { service: label, data }) };
  } else if (V && choice?.kind === 'dedicated') {
    const l = location!;
    const refused = dataKinds.filter((k) => !l.dataAllowed.includes(k));
    system = fill(V.dedicated[lang], { location: l.label[lang] });
    const base = refused.length
      ? { ok: false, text: fill(V.locationNotOk[lang], { location: l.label[lang], refused: dataWords(catalogue, refused, lang) }) }
      : { ok: true, text: fill(V.locationOk[lang], { location: l.label[lang], data }) };
    verdict = l.warning ? { ok: base.ok, text: `${base.text} ${l.warning[lang]}` } : base;
  }
  return {
    choice,
    verdict,
    allowed,
    excluded,
    dataKinds,
    tasks,
    system,
    services: catalogue.services.map((s) => ({
      id: s.id,
      name: s.name,
      hosting: s.hostingLabel[lang],
      publicCloud: isPublicCloud(s),
      ...(isPublicCloud(s) && catalogue.reasons.publicCloud ? { warning: catalogue.reasons.publicCloud[lang] } : {}),
    })),
  };
}
