// The public register's pages: server-rendered HTML without script (every value escaped), readable and
// usable with JavaScript off: the list is a GET form, each entry a page in French, German and English,
// with its history. Cacheable: the register's revision is the ETag.
import { LANGS, type Lang } from '../../decision-trees/langs.ts';
import { RISK_CLASSES } from '../../decision-trees/schema.ts';
import { formatDate } from '../../decision-trees/views.ts';
import { currentVersion, findBundle } from '../flows.ts';
import { htmlEscape as e } from '../reports/html.ts';
import { CATEGORY_LABELS, FIELD_LABELS, STATUS_LABELS } from './words.ts';
import { PAGE_WORDS } from './page-words.ts';
import { PUBLICATION_STATUSES, type EntrySummary, type PublishedVersion, type StandardRecord } from './schemas.ts';
import type { ListQuery } from './register-object.ts';

const CATEGORY_OF: Record<StandardRecord['publication_category'], 'A' | 'B' | 'C'> = {
  'Hoog-risico AI-systeem (Categorie A)': 'A',
  'Impactvolle algoritmes (Categorie B)': 'B',
  'Overige algoritmes (Categorie C)': 'C',
};
const STATUS_OF: Record<StandardRecord['status'], (typeof PUBLICATION_STATUSES)[number]> = { 'In ontwikkeling': 'in_development', 'In gebruik': 'in_use', 'Buiten gebruik': 'out_of_use' };

/** The class in the words of the flow version that decided it (the current one for the filter). */
export function classTitle(riskClass: string, lang: Lang, flow?: { id: string; version: string }): string {
  const id = flow?.id ?? 'assessment';
  const bundle = findBundle(id, flow?.version ?? currentVersion(id) ?? '');
  const v = bundle?.flow.vocabulary?.riskClasses[riskClass as (typeof RISK_CLASSES)[number]];
  return v?.title[lang] ?? riskClass;
}

function shell(lang: Lang, title: string, body: string, alternates: (l: Lang) => string): string {
  const w = PAGE_WORDS[lang];
  const langs = LANGS.map((l) => (l === lang ? `<span aria-current="true" lang="${l}">${l.toUpperCase()}</span>` : `<a href="${e(alternates(l))}" lang="${l}" hreflang="${l}">${l.toUpperCase()}</a>`)).join(' ');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${e(title)}</title><link rel="stylesheet" href="/register.css"></head><body>
<header><nav aria-label="${e(w.languages)}">${langs}</nav></header>
<main id="main">${body}</main>
<footer><p><a href="/accessibility/${lang}.html">${e(w.accessibility)}</a> · <a href="/api/v1/register?lang=${lang}">${e(w.machineReadable)}: JSON</a> · <a href="/api/v1/register.csv?lang=${lang}">CSV</a></p></footer>
</body></html>`;
}

const qs = (params: Record<string, string | number | undefined>) => {
  const s = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== '') as [string, string][]).toString();
  return s ? `?${s}` : '';
};

export const PAGE_SIZE = 50;

export function listPage(lang: Lang, operator: string, q: ListQuery, data: { total: number; entries: EntrySummary[]; organisations: { id: string; name: string }[] }): string {
  const w = PAGE_WORDS[lang];
  const select = (name: string, label: string, options: [string, string][], current?: string) =>
    `<p><label for="${name}">${e(label)}</label><br><select id="${name}" name="${name}"><option value="">${e(w.any)}</option>${options.map(([v, t]) => `<option value="${e(v)}"${v === current ? ' selected' : ''}>${e(t)}</option>`).join('')}</select></p>`;
  const form = `<form method="get" action="/register" role="search">
<input type="hidden" name="lang" value="${lang}">
<p><label for="q">${e(w.search)}</label><br><input id="q" name="q" type="search" value="${e(q.q ?? '')}" maxlength="200"></p>
${select('organisation', w.organisation, data.organisations.map((o) => [o.id, o.name]), q.organisation)}
${select('riskClass', w.riskClass, RISK_CLASSES.filter((c) => c !== 'prohibited').map((c) => [c, classTitle(c, lang)]), q.riskClass)}
${select('status', w.status, PUBLICATION_STATUSES.map((s) => [s, STATUS_LABELS[s][lang]]), q.status)}
<p><button type="submit">${e(w.apply)}</button></p></form>`;
  const rows = data.entries
    .map((x) => {
      const r = x.records[lang] ?? x.records.fr!;
      return `<tr><th scope="row"><a href="/register/${x.entryId}?lang=${lang}">${e(r.name)}</a><br><span class="muted">${e(r.description_short)}</span></th><td>${e(r.organization)}</td><td>${e(classTitle(x.riskClass, lang))}<br><span class="muted">${e(CATEGORY_LABELS[CATEGORY_OF[r.publication_category]][lang])}</span></td><td>${e(STATUS_LABELS[STATUS_OF[r.status]][lang])}</td><td>${e(formatDate(x.publishedAt.slice(0, 10), lang))}</td></tr>`;
    })
    .join('\n');
  const offset = q.offset ?? 0;
  const base = { lang, q: q.q, organisation: q.organisation, riskClass: q.riskClass, status: q.status };
  const pager =
    data.total > PAGE_SIZE
      ? `<nav aria-label="${e(w.pages(offset + 1, Math.min(offset + PAGE_SIZE, data.total), data.total))}"><p>${e(w.pages(offset + 1, Math.min(offset + PAGE_SIZE, data.total), data.total))}</p><p>${offset > 0 ? `<a href="/register${e(qs({ ...base, offset: Math.max(0, offset - PAGE_SIZE) }))}">${e(w.previous)}</a> ` : ''}${offset + PAGE_SIZE < data.total ? `<a href="/register${e(qs({ ...base, offset: offset + PAGE_SIZE }))}">${e(w.next)}</a>` : ''}</p></nav>`
      : '';
  const table = data.entries.length
    ? `<table><caption>${e(w.results(data.total))}</caption><thead><tr><th scope="col">${e(w.name)}</th><th scope="col">${e(w.organisation)}</th><th scope="col">${e(w.classification)}</th><th scope="col">${e(w.status)}</th><th scope="col">${e(w.published)}</th></tr></thead><tbody>${rows}</tbody></table>${pager}`
    : `<p role="status">${e(w.none)}</p>`;
  const body = `<h1>${e(w.title)}</h1><p>${e(w.intro(operator))}</p>${form}${table}`;
  return shell(lang, w.title, body, (l) => `/register${qs({ ...base, lang: l, offset: q.offset })}`);
}

const paragraphs = (text: string) => text.split(/\n{2,}/).map((p) => `<p>${e(p).replace(/\n/g, '<br>')}</p>`).join('');

/** The fields shown on an entry page, in the standard's order; identifiers and metadata are left to the JSON. */
const SHOWN: (keyof StandardRecord)[] = ['description_short', 'organization', 'theme', 'status', 'start_date', 'end_date', 'contact', 'link', 'publication_category', 'purpose_and_impact', 'considerations', 'human_intervention', 'risk_management', 'legal_basis', 'impact_assessments', 'impact_assessment_explanation', 'data', 'technical_operation', 'supplier'];

export function entryPage(lang: Lang, v: PublishedVersion, versions: { version: number; publishedAt: string }[]): string {
  const w = PAGE_WORDS[lang];
  const r = v.records[lang] ?? v.records.fr!;
  const latest = versions[versions.length - 1]!.version;
  const date = (iso: string) => formatDate(iso.slice(0, 10), lang);
  const value = (k: keyof StandardRecord): string => {
    const x = r[k];
    if (x === undefined) return '';
    if (k === 'status') return e(STATUS_LABELS[STATUS_OF[r.status]][lang]);
    if (k === 'publication_category') return e(CATEGORY_LABELS[CATEGORY_OF[r.publication_category]][lang]);
    if (k === 'theme') return e(r.theme.join(', '));
    if (k === 'contact') return r.contact.includes('@') && !r.contact.startsWith('http') ? `<a href="mailto:${e(r.contact)}">${e(r.contact)}</a>` : `<a href="${e(r.contact)}" rel="nofollow noopener">${e(r.contact)}</a>`;
    if (k === 'link') return `<a href="${e(String(x))}" rel="nofollow noopener">${e(String(x))}</a>`;
    return paragraphs(String(x));
  };
  const fields = SHOWN.filter((k) => r[k] !== undefined)
    .map((k) => `<dt>${e(FIELD_LABELS[k]![lang])}</dt><dd>${value(k)}</dd>`)
    .join('\n');
  const eu = v.euDatabase
    ? `<h2>${e(w.euDatabase)}</h2><dl>
<dt>${e(w.euPoints.deployer)}</dt><dd>${e([v.euDatabase.deployerName, v.euDatabase.deployerAddress, v.euDatabase.deployerContact].filter(Boolean).join(' — '))}</dd>
<dt>${e(w.euPoints.submitter)}</dt><dd>${v.euDatabase.submitter ? e(v.euDatabase.submitter) : e(w.toComplete)}</dd>
<dt>${e(w.euPoints.providerEntry)}</dt><dd>${v.euDatabase.providerEntryUrl ? `<a href="${e(v.euDatabase.providerEntryUrl)}" rel="nofollow noopener">${e(v.euDatabase.providerEntryUrl)}</a>` : e(w.toComplete)}</dd>
<dt>${e(w.euPoints.fria)}</dt><dd>${v.euDatabase.friaSummary ? paragraphs(v.euDatabase.friaSummary) : e(w.toComplete)}</dd>
<dt>${e(w.euPoints.dpia)}</dt><dd>${v.euDatabase.dpiaSummary ? paragraphs(v.euDatabase.dpiaSummary) : e(v.euDatabase.toComplete.includes('dpiaSummary') ? w.toComplete : w.notApplicable)}</dd>
</dl>`
    : '';
  const history = `<h2>${e(w.history)}</h2><ol>${versions
    .map((x) => `<li>${x.version === v.version ? `<strong aria-current="page">${e(w.version(x.version, latest))}</strong>` : `<a href="/register/${v.entryId}/versions/${x.version}?lang=${lang}">${e(w.version(x.version, latest))}</a>`}, ${e(w.publishedOn(date(x.publishedAt)))}</li>`)
    .join('')}</ol>`;
  const older = v.version !== latest ? `<p class="notice" role="note">${e(w.older)} <a href="/register/${v.entryId}?lang=${lang}">${e(w.latest)}</a></p>` : '';
  const body = `<p><a href="/register?lang=${lang}">${e(w.back)}</a></p>
<h1>${e(r.name)}</h1>${older}
<p>${e(w.entryOf(r.organization))} — ${e(w.version(v.version, latest))}, ${e(w.publishedOn(date(v.publishedAt)))}. ${e(w.approvedOn(date(v.approvedAt)))}</p>
<dl><dt>${e(w.classification)}</dt><dd>${e(classTitle(v.riskClass, lang, v.flow))}</dd>
${fields}</dl>${eu}${history}
<p class="muted">${e(w.standardNote)} <a href="/api/v1/register/${v.entryId}?lang=${lang}${v.version !== latest ? `&amp;version=${v.version}` : ''}">JSON</a></p>`;
  const path = v.version !== latest ? `/register/${v.entryId}/versions/${v.version}` : `/register/${v.entryId}`;
  return shell(lang, `${r.name} — ${w.title}`, body, (l) => `${path}?lang=${l}`);
}

export function missingPage(lang: Lang): string {
  const w = PAGE_WORDS[lang];
  return shell(lang, w.notFound, `<h1>${e(w.notFound)}</h1><p>${e(w.retracted)}</p><p><a href="/register?lang=${lang}">${e(w.back)}</a></p>`, (l) => `/register?lang=${l}`);
}
