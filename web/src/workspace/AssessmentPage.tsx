// One assessment of the workspace: what it concludes, its review status and approval, the actions the
// member's role allows (submit, request changes, approve), the answers with their comment threads
// beside each question, the comments on the whole, the re-check when a newer version is published,
// and the audit trail.
import { useEffect, useState } from 'preact/hooks';
import { STRINGS, formatDate } from '../i18n/index.tsx';
import { ROLE_WORDS, STATUS_WORDS } from '../../../worker/workspace/role-words.ts';
import type { AssessmentState } from '../lib/types.ts';
import type { AuditEntry, Comment, RecheckPreview } from './api.ts';
import { reasonOf, type PageProps } from './Workspace.tsx';
import { Publication } from './Publication.tsx';
import { DRAFTS, FORMATS } from '../app/Downloads.tsx';

export function AssessmentPage({ api, me, lang, w, id }: PageProps & { id: string }) {
  const [state, setState] = useState<AssessmentState | null>(null);
  const [comments, setComments] = useState<Comment[]>([]);
  const [audit, setAudit] = useState<AuditEntry[]>([]);
  const [preview, setPreview] = useState<RecheckPreview | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const date = (iso: string) => formatDate(iso.slice(0, 10), lang);
  const roles = ROLE_WORDS[lang];
  const t = STRINGS[lang];

  const load = async () => {
    const [s, c, a] = await Promise.all([api.read(id, lang), api.comments(id), api.audit(id)]);
    setState(s);
    setComments(c.comments);
    setAudit(a.entries);
  };
  useEffect(() => {
    load().catch((e) => setMessage({ error: true, text: reasonOf(e, w) }));
  }, [lang]);
  /** Runs a change, reloads the page's data; true when it went through. */
  const act = async (work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await work();
      await load();
      setMessage({ error: false, text: w.changesSaved });
      return true;
    } catch (e) {
      setMessage({ error: true, text: reasonOf(e, w) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const alert = message && (
    <p class={message.error ? 'error' : 'notice'} role={message.error ? 'alert' : 'status'}>
      {message.text}
    </p>
  );
  if (!state) return alert || <p>{w.loading}</p>;
  const r = state.review;
  const e = state.evaluation;
  const author = r?.owner.id === me.user.id;
  const canWrite = author || me.user.role === 'admin';
  const canReview = !author && (me.user.role === 'reviewer' || me.user.role === 'admin');
  const title = typeof state.answers.intro_title === 'string' ? state.answers.intro_title : e.path.find((p) => typeof p.answer === 'string')?.answer;
  const threads = (question: string | null) => comments.filter((c) => c.parent === null && c.question === question);

  return (
    <>
      <p>
        <a href="/workspace">{w.back}</a>
      </p>
      <h2>{(typeof title === 'string' && title) || w.untitled}</h2>
      {alert}
      <dl>
        <dt>{w.owner}</dt>
        <dd>{r?.owner.name}</dd>
        <dt>{w.colClass}</dt>
        <dd>{e.complete && e.result ? e.result.riskClassTitle : w.incomplete}</dd>
        <dt>{w.version}</dt>
        <dd>
          {state.meta.flowId} {state.meta.version}
        </dd>
        <dt>{w.updated}</dt>
        <dd>{date(state.meta.updatedAt)}</dd>
      </dl>

      {state.newerVersion && (
        <section class="notice" aria-labelledby="recheck-title">
          <h3 id="recheck-title">{w.recheckTitle(state.newerVersion)}</h3>
          {!preview ? (
            <button type="button" class="secondary" disabled={busy} onClick={() => void api.recheck(id).then(setPreview, (err) => setMessage({ error: true, text: reasonOf(err, w) }))}>
              {w.recheckPreview}
            </button>
          ) : (
            <dl>
              <dt>{w.toConfirm}</dt>
              <dd>{preview.toConfirm.length}</dd>
              <dt>{w.askedAgain}</dt>
              <dd>{preview.askedAgain.join(', ') || w.none}</dd>
              <dt>{w.notCarried}</dt>
              <dd>{preview.notCarried.map((n) => n.question).join(', ') || w.none}</dd>
            </dl>
          )}
          {canWrite && (
            <button type="button" class="primary" disabled={busy} onClick={() => void act(() => api.migrate(id, lang))}>
              {w.recheckNow}
            </button>
          )}
        </section>
      )}

      <section aria-labelledby="review-title">
        <h3 id="review-title">
          {w.review}: {r ? STATUS_WORDS[lang][r.status] : w.none}
        </h3>
        {r && <p>{w.round(r.round)}</p>}
        {r?.approval ? (
          <>
            <p class="approved">
              <strong>{w.approvedBy(r.approval.by.name, roles[r.approval.by.role], date(r.approval.at))}</strong>
            </p>
            <p class="hint">
              {w.answersHash}: <code>{r.approval.answersHash}</code>
            </p>
          </>
        ) : (
          <p class="not-approved">
            <strong>{w.notApproved}</strong>
          </p>
        )}
        {r && !r.approval && r.previousApprovals.length > 0 && <p>{w.previousApproval(r.previousApprovals.at(-1)!.round, r.previousApprovals.at(-1)!.by.name, date(r.previousApprovals.at(-1)!.at))}</p>}
        <div class="actions">
          {canWrite && r && (r.status === 'draft' || r.status === 'changes_requested') && (
            <button type="button" class="primary" disabled={busy || !e.complete} aria-describedby={e.complete ? undefined : 'submit-hint'} onClick={() => void act(() => api.submit(id, lang))}>
              {w.submit}
            </button>
          )}
          {canWrite && (
            <a class="button secondary" href={`/workspace/a/${id}/answers`} aria-describedby={r?.status === 'approved' ? 'change-hint' : undefined}>
              {w.changeAnswers}
            </a>
          )}
        </div>
        {canWrite && !e.complete && (
          <p id="submit-hint" class="hint">
            {w.submitIncomplete}
          </p>
        )}
        {canWrite && r?.status === 'approved' && (
          <p id="change-hint" class="hint">
            {w.changeAfterApproval}
          </p>
        )}
        {canReview && r?.status === 'in_review' && (
          <form
            class="review-form"
            onSubmit={(ev) => {
              ev.preventDefault();
              const submitter = (ev as SubmitEvent).submitter as HTMLButtonElement | null;
              const note = ((ev.target as HTMLFormElement).elements.namedItem('note') as HTMLTextAreaElement).value.trim();
              if (submitter?.value === 'approve') void act(() => api.approve(id, state.meta.revision, lang));
              else void act(() => api.requestChanges(id, note, lang));
            }}
          >
            <div class="field">
              <label for="review-note">{w.note}</label>
              <textarea id="review-note" name="note" rows={3} maxLength={4000} />
            </div>
            <p id="approve-help" class="hint">
              {w.approveHelp}
            </p>
            <div class="actions">
              <button type="submit" value="changes" class="secondary" disabled={busy}>
                {w.requestChanges}
              </button>
              <button type="submit" value="approve" class="primary" disabled={busy} aria-describedby="approve-help">
                {w.approve}
              </button>
            </div>
          </form>
        )}
      </section>

      <Publication {...{ api, me, lang, w, id, busy, act }} approved={r?.status === 'approved'} />

      <section aria-labelledby="answers-title">
        <h3 id="answers-title">{w.answers}</h3>
        <ol class="review-answers">
          {e.path.map((step) => (
            <li key={step.id} id={`q-${step.id}`}>
              <p class="answer-q">{step.text ?? step.id}</p>
              <p class="answer-a">{step.answerLabel ?? String(step.answer)}</p>
              <Threads list={threads(step.id)} all={comments} question={step.id} label={step.text ?? step.id} {...{ api, me, lang, w, id, busy, act, setComments }} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="general-title">
        <h3 id="general-title">{w.commentGeneral}</h3>
        <Threads list={threads(null)} all={comments} question={null} label={w.commentGeneral} {...{ api, me, lang, w, id, busy, act, setComments }} open />
      </section>

      <section aria-labelledby="downloads-title">
        <h3 id="downloads-title">{w.downloads}</h3>
        <ul class="formats">
          {(['pdf', 'html', 'md', 'json'] as const).map((f) => (
            <li key={f}>
              <a href={`/api/v1/assessments/${id}/report.${f}?lang=${lang}`} download>
                {f.toUpperCase()}
              </a>
            </li>
          ))}
        </ul>
        {DRAFTS.map(([doc, duty]) => {
          const d = e.result?.duties.find((x) => x.id === duty);
          return (
            d && (
              <div key={doc}>
                <h4 id={`${doc}-draft-title`}>{t.draftOf(d.title)}</h4>
                <ul class="formats" aria-labelledby={`${doc}-draft-title`}>
                  {FORMATS.map((f) => (
                    <li key={f}>
                      <a href={`/api/v1/assessments/${id}/${doc}.${f}?lang=${lang}`} download>
                        {f.toUpperCase()}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )
          );
        })}
      </section>

      <details class="audit">
        <summary>{w.audit}</summary>
        <ol>
          {audit.map((a) => (
            <li key={a.seq}>
              {date(a.at)} {a.at.slice(11, 16)} — {a.actor.name || roles.edit_token}
              {a.actor.role !== 'edit_token' ? ` (${roles[a.actor.role]})` : ''} — {w.auditActions[a.action] ?? a.action}
              {typeof a.detail.question === 'string' ? `: ${a.detail.question}` : ''}
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}

interface ThreadsProps extends PageProps {
  id: string;
  list: Comment[];
  all: Comment[];
  question: string | null;
  label: string;
  busy: boolean;
  open?: boolean;
  act: (work: () => Promise<unknown>) => Promise<boolean>;
  setComments: (c: Comment[]) => void;
}

/** The threads on one question (or on the whole), each with its replies, reply and resolve; a form for a new one. */
function Threads({ api, lang, w, id, list, all, question, label, busy, open, act }: ThreadsProps) {
  const date = (iso: string) => formatDate(iso.slice(0, 10), lang);
  const key = question ?? 'general';
  const send = (parent: string | null) => (ev: Event) => {
    ev.preventDefault();
    const f = ev.target as HTMLFormElement;
    const body = (f.elements.namedItem('body') as HTMLTextAreaElement).value.trim();
    if (body) void act(() => api.comment(id, body, parent ? null : question, parent)).then((ok) => ok && f.reset());
  };
  return (
    <div class="threads">
      {list.map((c) => (
        <div key={c.id} class={`thread${c.resolved ? ' resolved' : ''}`} role="group" aria-label={`${c.author.name}, ${date(c.at)}`}>
          {[c, ...all.filter((x) => x.parent === c.id)].map((x) => (
            <blockquote key={x.id} class="comment">
              <p>{x.body}</p>
              <footer>
                {x.author.name}, {date(x.at)}
              </footer>
            </blockquote>
          ))}
          {c.resolved ? (
            <p class="hint">{w.resolvedBy(c.resolved.by.name, date(c.resolved.at))}</p>
          ) : (
            <>
              <form class="reply" onSubmit={send(c.id)}>
                <label for={`reply-${c.id}`}>{w.reply}</label>
                <textarea id={`reply-${c.id}`} name="body" rows={2} maxLength={4000} required />
                <div class="actions">
                  <button type="submit" class="secondary" disabled={busy}>
                    {w.send}
                  </button>
                  <button type="button" class="secondary" disabled={busy} onClick={() => void act(() => api.resolve(id, c.id))}>
                    {w.resolve}
                  </button>
                </div>
              </form>
            </>
          )}
        </div>
      ))}
      <details open={open}>
        <summary>
          {question ? w.commentOn : w.commentLabel}
          {list.length ? ` (${w.comments(list.length)})` : ''}
        </summary>
        <form class="new-comment" onSubmit={send(null)}>
          <label for={`comment-${key}`}>
            {w.commentLabel}
            <span class="visually-hidden">: {label}</span>
          </label>
          <textarea id={`comment-${key}`} name="body" rows={3} maxLength={4000} required />
          <button type="submit" class="secondary" disabled={busy}>
            {w.send}
          </button>
        </form>
      </details>
    </div>
  );
}
