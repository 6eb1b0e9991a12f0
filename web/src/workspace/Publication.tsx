// The assessment's entry in the public register: its status for every member (published, out of sync),
// and for register editors and admins the publication form: what the assessment leaves open, a preview
// of exactly what becomes public with what to check, withholding with a reason, publish, retract.
import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../i18n/index.tsx';
import { FIELD_LABELS, FLAG_LABELS, STATUS_LABELS } from '../../../worker/register/words.ts';
import { EDITOR_TEXT_FIELDS, PUBLICATION_STATUSES, WITHHOLDABLE } from '../../../worker/register/fields.ts';
import { REGISTER_EDITORS } from '../../../worker/workspace/roles.ts';
import type { PublicationDetails, PublicationPreview, PublicationState } from './api.ts';
import { reasonOf, type PageProps } from './Workspace.tsx';

type Form = { status: PublicationDetails['status']; startDate: string; endDate: string; contact: string; themes: string; link: string; texts: Record<string, string>; deployerAddress: string; submitter: string; providerEntryUrl: string; friaSummary: string; dpiaSummary: string; withheld: Record<string, string | undefined> };
const EU_FIELDS = ['deployerAddress', 'submitter', 'providerEntryUrl', 'friaSummary', 'dpiaSummary'] as const;

const thisMonth = () => new Date().toISOString().slice(0, 7);

function formOf(d: PublicationDetails | null): Form {
  return {
    status: d?.status ?? 'in_development',
    startDate: d?.startDate ?? thisMonth(),
    endDate: d?.endDate ?? '',
    contact: d?.contact ?? '',
    themes: d?.themes.join(', ') ?? '',
    link: d?.link ?? '',
    texts: { ...(d?.texts ?? {}) } as Record<string, string>,
    deployerAddress: d?.euDatabase?.deployerAddress ?? '',
    submitter: d?.euDatabase?.submitter ?? '',
    providerEntryUrl: d?.euDatabase?.providerEntryUrl ?? '',
    friaSummary: d?.euDatabase?.friaSummary ?? '',
    dpiaSummary: d?.euDatabase?.dpiaSummary ?? '',
    withheld: Object.fromEntries((d?.withheld ?? []).map((x) => [x.field, x.reason])),
  };
}

/** The request body of a form: empty fields left out, so that the API names what is missing. */
function detailsOf(f: Form): PublicationDetails {
  const texts = Object.fromEntries(Object.entries(f.texts).filter(([, v]) => v.trim())) as PublicationDetails['texts'];
  return {
    status: f.status,
    startDate: f.startDate,
    ...(f.endDate ? { endDate: f.endDate } : {}),
    contact: f.contact.trim(),
    themes: f.themes.split(',').map((t) => t.trim()).filter(Boolean),
    ...(f.link.trim() ? { link: f.link.trim() } : {}),
    texts,
    ...(EU_FIELDS.some((k) => f[k].trim()) ? { euDatabase: Object.fromEntries(EU_FIELDS.filter((k) => f[k].trim()).map((k) => [k, f[k].trim()])) } : {}),
    withheld: Object.entries(f.withheld)
      .filter((x): x is [string, string] => x[1] !== undefined)
      .map(([field, reason]) => ({ field: field as PublicationDetails['withheld'][number]['field'], reason })),
  };
}

export function Publication({ api, me, lang, w, id, approved, busy, act }: PageProps & { id: string; approved: boolean; busy: boolean; act: (work: () => Promise<unknown>) => Promise<boolean> }) {
  const s = w.publication;
  const [state, setState] = useState<PublicationState | null | undefined>(undefined);
  const [form, setForm] = useState<Form>(formOf(null));
  const [preview, setPreview] = useState<{ of: string; result: PublicationPreview } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const editor = (REGISTER_EDITORS as readonly string[]).includes(me.user.role);
  const date = (iso: string) => formatDate(iso.slice(0, 10), lang);

  const load = async () => {
    const p = (await api.publication(id)).publication;
    setState(p);
    setForm(formOf(p?.details ?? null));
  };
  useEffect(() => {
    load().catch((e) => setError(reasonOf(e, w)));
  }, [id]);

  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });
  const current = JSON.stringify(detailsOf(form));
  const fresh = preview?.of === current;
  const row = (field: string) => preview?.result.fields.find((f) => f.field === field);
  const runPreview = async () => {
    setError(null);
    try {
      setPreview({ of: current, result: await api.previewPublication(id, detailsOf(form), lang) });
    } catch (e) {
      setPreview(null);
      setError(reasonOf(e, w));
    }
  };

  if (state === undefined) return error ? <p class="error" role="alert">{error}</p> : <p>{w.loading}</p>;
  const withholdable = (field: string) => (WITHHOLDABLE as readonly string[]).includes(field);
  const input = (name: keyof Form, label: string, props: Record<string, unknown> = {}, hint?: string) => (
    <div class="field">
      <label for={`pub-${name}`}>{label}</label>
      {hint && (
        <p id={`pub-${name}-hint`} class="hint">
          {hint}
        </p>
      )}
      <input id={`pub-${name}`} value={form[name] as string} onInput={(ev) => set({ [name]: (ev.target as HTMLInputElement).value } as Partial<Form>)} aria-describedby={hint ? `pub-${name}-hint` : undefined} {...props} />
    </div>
  );

  return (
    <section aria-labelledby="register-title">
      <h3 id="register-title">{s.title}</h3>
      {state ? (
        <>
          <p>{s.published(state.version, date(state.publishedAt), state.publishedBy.name)}</p>
          {state.outOfSync && (
            <p class="not-approved" role="status">
              <strong>{s.outOfSync(state.version)}</strong>
            </p>
          )}
          <p>
            <a href={`/register/${state.entryId}?lang=${lang}`}>{s.publicPage}</a>
          </p>
        </>
      ) : (
        <p>{s.notPublished}</p>
      )}
      {!editor ? (
        <p class="hint">{s.onlyEditors}</p>
      ) : (
        <form
          class="publication-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            void runPreview();
          }}
        >
          <p class="hint">{s.intro}</p>
          <div class="field">
            <label for="pub-status">{s.status}</label>
            <select id="pub-status" value={form.status} onChange={(ev) => set({ status: (ev.target as HTMLSelectElement).value as Form['status'] })}>
              {PUBLICATION_STATUSES.map((x) => (
                <option key={x} value={x}>
                  {STATUS_LABELS[x][lang]}
                </option>
              ))}
            </select>
          </div>
          {input('startDate', s.startDate, { type: 'month', required: true })}
          {form.status === 'out_of_use' && input('endDate', s.endDate, { type: 'month' })}
          {input('contact', s.contact, { type: 'text', required: true, maxLength: 200, autocomplete: 'off' }, s.contactHint)}
          {input('themes', s.themes, { type: 'text', required: true, maxLength: 600 }, s.themesHint)}
          {input('link', s.link, { type: 'url', maxLength: 500 })}
          <fieldset>
            <legend>{s.texts}</legend>
            <p class="hint">{s.textsHint}</p>
            {EDITOR_TEXT_FIELDS.map((field) => {
              const r = row(field);
              if (r && r.origin === 'assessment')
                return (
                  <p key={field}>
                    <strong>{FIELD_LABELS[field]![lang]}</strong> — {s.fromAssessment}
                  </p>
                );
              return (
                <div class="field" key={field}>
                  <label for={`pub-text-${field}`}>
                    {FIELD_LABELS[field]![lang]}
                    {field === 'legal_basis' ? ` (${s.optional})` : ''}
                  </label>
                  <textarea id={`pub-text-${field}`} rows={3} maxLength={2499} value={form.texts[field] ?? ''} onInput={(ev) => set({ texts: { ...form.texts, [field]: (ev.target as HTMLTextAreaElement).value } })} />
                </div>
              );
            })}
          </fieldset>
          {(row('eu_database_submitter') || EU_FIELDS.some((k) => form[k])) && (
            <fieldset>
              <legend>{s.euTitle}</legend>
              {preview?.result.euDatabase?.section === 'non_public' && <p class="notice">{s.euNonPublic}</p>}
              {input('deployerAddress', s.deployerAddress, { type: 'text', maxLength: 300 })}
              {input('submitter', s.submitter, { type: 'text', maxLength: 300 })}
              {input('providerEntryUrl', s.providerEntryUrl, { type: 'url', maxLength: 500 })}
              {preview?.result.euDatabase?.section !== 'non_public' &&
                (['friaSummary', 'dpiaSummary'] as const).map((k) => {
                  const suggestion = preview?.result.suggestions[k];
                  return (
                    (k === 'friaSummary' || row('eu_database_dpia_summary')) && (
                      <div class="field" key={k}>
                        <label for={`pub-${k}`}>{s[k]}</label>
                        <p id={`pub-${k}-hint`} class="hint">
                          {s.summaryHint}
                        </p>
                        <textarea id={`pub-${k}`} rows={4} maxLength={2499} aria-describedby={`pub-${k}-hint`} value={form[k]} onInput={(ev) => set({ [k]: (ev.target as HTMLTextAreaElement).value } as Partial<Form>)} />
                        {suggestion && !form[k] && (
                          <button type="button" class="secondary small" onClick={() => set({ [k]: suggestion } as Partial<Form>)}>
                            {s.startFromDraft}
                          </button>
                        )}
                      </div>
                    )
                  );
                })}
            </fieldset>
          )}
          <div class="actions">
            <button type="submit" class="secondary" disabled={busy}>
              {s.preview}
            </button>
          </div>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          {preview && (
            <div class="publication-preview" aria-live="polite">
              <h4>{s.previewTitle}</h4>
              {!fresh && <p class="notice">{s.previewStale}</p>}
              {preview.result.blockers.length > 0 && (
                <div class="error" role="alert">
                  <p>
                    <strong>{s.blockers}</strong>
                  </p>
                  <ul>
                    {preview.result.blockers.map((b) => (
                      <li key={`${b.name}-${b.code}`}>
                        {b.name.startsWith('/texts/') ? `${FIELD_LABELS[b.name.slice(7)]?.[lang] ?? b.name}: ` : ''}
                        {b.reason}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <table class="preview-table">
                <thead>
                  <tr>
                    <th scope="col">{s.colField}</th>
                    <th scope="col">{s.colValue}</th>
                    <th scope="col">{s.colCheck}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.result.fields.map((f) => (
                    <tr key={f.field}>
                      <th scope="row">
                        {f.label}
                        <br />
                        <span class="hint">{s.origin[f.origin]}</span>
                      </th>
                      <td>
                        {f.value ?? '—'}
                        {f.shortened && <p class="hint">{s.shortened}</p>}
                      </td>
                      <td>
                        {f.flags.length ? (
                          <ul>
                            {f.flags.map((x) => (
                              <li key={x}>{FLAG_LABELS[x][lang]}</li>
                            ))}
                          </ul>
                        ) : (
                          s.nothingToCheck
                        )}
                        {withholdable(f.field) && (f.value !== null || form.withheld[f.field] !== undefined) && (
                          <div class="withhold">
                            <div class="field checkbox">
                              <input
                                type="checkbox"
                                id={`withhold-${f.field}`}
                                checked={form.withheld[f.field] !== undefined}
                                onChange={(ev) => set({ withheld: { ...form.withheld, [f.field]: (ev.target as HTMLInputElement).checked ? '' : undefined } })}
                              />
                              <label for={`withhold-${f.field}`}>
                                {s.withhold}
                                <span class="visually-hidden">: {f.label}</span>
                              </label>
                            </div>
                            {form.withheld[f.field] !== undefined && (
                              <div class="field">
                                <label for={`withhold-reason-${f.field}`}>{s.withholdReason}</label>
                                <input id={`withhold-reason-${f.field}`} type="text" maxLength={300} required value={form.withheld[f.field]} onInput={(ev) => set({ withheld: { ...form.withheld, [f.field]: (ev.target as HTMLInputElement).value } })} />
                              </div>
                            )}
                          </div>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div class="actions">
                <button
                  type="button"
                  class="primary"
                  disabled={busy || !fresh || !preview.result.publishable || !approved}
                  onClick={() => void act(async () => { await api.publish(id, detailsOf(form), lang); setPreview(null); await load(); })}
                >
                  {state ? s.republish : s.publish}
                </button>
              </div>
            </div>
          )}
          {state && (
            <div class="actions">
              {!confirming ? (
                <button type="button" class="secondary" disabled={busy} onClick={() => setConfirming(true)}>
                  {s.retract}
                </button>
              ) : (
                <button type="button" class="danger" disabled={busy} onClick={() => void act(async () => { await api.retract(id); setConfirming(false); await load(); })}>
                  {s.retractConfirm}
                </button>
              )}
            </div>
          )}
        </form>
      )}
    </section>
  );
}
