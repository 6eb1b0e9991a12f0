// The organisation's assessments: filters in a plain GET form (the address holds the query, so that a
// view can be bookmarked and reloaded), sortable columns, CSV export, a new assessment, and taking over
// an anonymous one with its edit link. As the review queue: those others submitted for review.
import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../i18n/index.tsx';
import { STATUS_WORDS } from '../../../worker/workspace/role-words.ts';
import { STATUSES } from '../../../worker/workspace/roles.ts';
import type { PortfolioEntry } from '../../../worker/workspace/schemas.ts';
import type { Portfolio as PortfolioData } from './api.ts';
import { reasonOf, type PageProps } from './Workspace.tsx';

const SORTS = ['title', 'owner', 'riskClass', 'status', 'flowVersion', 'updatedAt'] as const;
type Sort = (typeof SORTS)[number];
const PAGE = 100; // the API's default page
const pageLink = (params: URLSearchParams, offset: number) => {
  const next = new URLSearchParams(params);
  next.set('offset', String(offset));
  return `${location.pathname}?${next.toString()}`;
};
const EDIT_LINK = /#edit=([0-9a-f]{32})\.([A-Za-z0-9_-]{20,100})\s*$/;

export function Portfolio({ api, me, lang, w, queue }: PageProps & { queue: boolean }) {
  const params = new URLSearchParams(location.search);
  if (queue) params.set('status', 'in_review');
  const query = `?${params.toString()}`;
  const [data, setData] = useState<PortfolioData | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [claimError, setClaimError] = useState('');
  useEffect(() => {
    api.portfolio(query).then(setData, (e) => setError(reasonOf(e, w)));
  }, []);
  const writer = me.user.role === 'project_lead' || me.user.role === 'admin';
  const sort = (params.get('sort') as Sort | null) ?? 'updatedAt';
  const order = params.get('order') ?? (sort === 'updatedAt' ? 'desc' : 'asc');
  const entries = (data?.entries ?? []).filter((e) => !queue || e.ownerId !== me.user.id);
  const mine = (data?.entries ?? []).filter((e) => e.ownerId === me.user.id && e.recheck).length;
  const date = (iso: string) => formatDate(iso.slice(0, 10), lang);

  const sortLink = (key: Sort, label: string) => {
    const next = new URLSearchParams(params);
    next.set('sort', key);
    next.set('order', sort === key && order === 'asc' ? 'desc' : 'asc');
    return (
      <th scope="col" aria-sort={sort === key ? (order === 'asc' ? 'ascending' : 'descending') : undefined}>
        <a href={`${location.pathname}?${next.toString()}`}>{label}</a>
      </th>
    );
  };
  const create = async () => {
    setBusy(true);
    try {
      const created = await api.create(lang);
      location.assign(`/workspace/a/${created.id}/answers`);
    } catch (e) {
      setError(reasonOf(e, w));
      setBusy(false);
    }
  };
  const claim = async (ev: Event) => {
    ev.preventDefault();
    const link = ((ev.target as HTMLFormElement).elements.namedItem('edit-link') as HTMLInputElement).value;
    const m = EDIT_LINK.exec(link);
    if (!m) return setClaimError(w.claimInvalid);
    setBusy(true);
    try {
      await api.claim(m[1]!, m[2]!, lang);
      location.assign(`/workspace/a/${m[1]}`);
    } catch (e) {
      setClaimError(reasonOf(e, w));
      setBusy(false);
    }
  };

  return (
    <>
      <h2>{queue ? w.reviewQueue : w.portfolio}</h2>
      {queue && <p>{w.queueIntro}</p>}
      {!queue && mine > 0 && (
        <p class="notice" role="status">
          {w.recheckBanner(mine)}
        </p>
      )}
      {!queue && (
        <form method="get" action="/workspace" role="search" class="filters">
          <div class="field">
            <label for="q">{w.search}</label>
            <input id="q" name="q" type="search" defaultValue={params.get('q') ?? ''} />
          </div>
          <div class="field">
            <label for="status">{w.status}</label>
            <select id="status" name="status" defaultValue={params.get('status') ?? ''}>
              <option value="">{w.any}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_WORDS[lang][s]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="riskClass">{w.riskClass}</label>
            <select id="riskClass" name="riskClass" defaultValue={params.get('riskClass') ?? ''}>
              <option value="">{w.any}</option>
              <option value="incomplete">{w.incomplete}</option>
              {classes(data?.entries ?? [], lang).map(([id, title]) => (
                <option key={id} value={id}>
                  {title}
                </option>
              ))}
            </select>
          </div>
          <div class="field checkbox">
            <input id="recheck" name="recheck" type="checkbox" value="true" defaultChecked={params.get('recheck') === 'true'} />
            <label for="recheck">{w.recheckOnly}</label>
          </div>
          <button type="submit" class="secondary">
            {w.apply}
          </button>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!data && !error && <p>{w.loading}</p>}
      {data && queue && entries.length === 0 && <p>{w.queueEmpty}</p>}
      {data && (!queue || entries.length > 0) && (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="portfolio-caption">
          <table class="portfolio">
            <caption id="portfolio-caption">{w.caption(data.organisation.name, entries.length)}</caption>
            <thead>
              <tr>
                {sortLink('title', w.colTitle)}
                {sortLink('owner', w.colOwner)}
                {sortLink('riskClass', w.colClass)}
                {sortLink('status', w.colStatus)}
                {sortLink('flowVersion', w.colVersion)}
                {sortLink('updatedAt', w.colUpdated)}
                <th scope="col">{w.colRecheck}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <a href={`/workspace/a/${e.id}`}>{e.title || w.untitled}</a>
                  </th>
                  <td>{e.ownerName}</td>
                  <td>{e.riskClassTitle ? e.riskClassTitle[lang] : w.incomplete}</td>
                  <td>
                    {STATUS_WORDS[lang][e.status]}
                    {e.publication && (
                      <>
                        <br />
                        {e.publication.outOfSync ? <strong>{w.registerOutOfSync(e.publication.version)}</strong> : w.registerPublished(e.publication.version)}
                      </>
                    )}
                  </td>
                  <td>{e.flowVersion}</td>
                  <td>{date(e.updatedAt)}</td>
                  <td>{e.recheck ? <strong>{w.recheckNeeded}</strong> : w.none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && data.total > data.entries.length && (
        <nav aria-label={w.pages} class="pages">
          {data.offset > 0 && <a href={pageLink(params, Math.max(0, data.offset - PAGE))}>{w.previousPage}</a>}{' '}
          <span>{w.pageOf(data.offset + 1, data.offset + data.entries.length, data.total)}</span>{' '}
          {data.offset + data.entries.length < data.total && <a href={pageLink(params, data.offset + PAGE)}>{w.nextPage}</a>}
        </nav>
      )}
      {data && !queue && (
        <p>
          <a href={`/api/v1/workspace/assessments.csv${query}`} download>
            {w.exportCsv}
          </a>
        </p>
      )}
      {!queue && writer && (
        <>
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={create}>
              {w.newAssessment}
            </button>
          </div>
          <form class="claim" onSubmit={claim}>
            <h3>{w.claimTitle}</h3>
            <div class="field">
              <label for="edit-link">{w.claimLabel}</label>
              <input id="edit-link" name="edit-link" type="url" required aria-describedby="edit-link-help" />
              <p id="edit-link-help" class="hint">
                {w.claimHelp}
              </p>
            </div>
            {claimError && (
              <p class="error" role="alert">
                {claimError}
              </p>
            )}
            <button type="submit" class="secondary" disabled={busy}>
              {w.claim}
            </button>
          </form>
        </>
      )}
    </>
  );
}

/** The classes present in the portfolio, titled in the page's language. */
function classes(entries: PortfolioEntry[], lang: 'fr' | 'de' | 'en'): [string, string][] {
  const seen = new Map<string, string>();
  for (const e of entries) if (e.riskClass && e.riskClassTitle) seen.set(e.riskClass, e.riskClassTitle[lang]);
  return [...seen].sort((a, b) => a[1].localeCompare(b[1]));
}
