// The result: first what the project lead acts on (class and why in one sentence, the plan of action,
// the hosting verdict, the downloads), then the details: obligations and recommendations apart, points
// to have checked, the register draft, the answers that decided, and every answer.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatDate, useI18n } from '../i18n/index.tsx';
import type { AssessmentState, Duty, Result as ResultData } from '../lib/types.ts';
import { Sources } from './Sources.tsx';
import { AnswerList } from './Answers.tsx';
import type { ComponentChildren } from 'preact';

function CopyButton({ text }: { text: string }) {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone(true);
    } catch {
      setDone(false);
    }
  };
  return (
    <button type="button" class="secondary small" onClick={copy}>
      {done ? t.copied : t.copy}
    </button>
  );
}
export { CopyButton };

function When({ d }: { d: Duty }) {
  const { t, lang } = useI18n();
  const parts = [d.appliesFrom ? `${t.appliesFrom(formatDate(d.appliesFrom, lang))} (${d.appliesNow ? t.appliesNow : t.appliesLater})` : t.appliesAsPublished];
  if (d.originalDate) parts.push(t.originalDate(formatDate(d.originalDate, lang)));
  if (d.status === 'reported') parts.push(t.reportedDate);
  return (
    <>
      <p class={d.appliesNow ? 'badge now' : 'badge later'}>{parts.join(' · ')}</p>
      {d.transitions.map((x) => (
        <p key={x.date} class="hint">
          {x.label} {formatDate(x.date, lang)}
        </p>
      ))}
    </>
  );
}

function DutyItem({ d, base }: { d: Duty; base: string }) {
  const { t } = useI18n();
  return (
    <li class={`duty duty-${d.kind}`} data-duty={d.id}>
      <p class={`kind kind-${d.kind}`}>{d.kindLabel}</p>
      <h4>{d.title}</h4>
      <p>{d.body}</p>
      <When d={d} />
      <Sources sources={d.sources} base={base} />
      {d.labels && d.labels.length > 0 && (
        <div class="labels">
          <h5>{t.labelsTitle}</h5>
          <ul>
            {d.labels.map((l, i) =>
              (['fr', 'de', 'en'] as const).map((lg) => (
                <li key={`${i}-${lg}`} lang={lg}>
                  <span class="label-text">{l[lg]}</span> <CopyButton text={l[lg]} />
                </li>
              )),
            )}
          </ul>
        </div>
      )}
    </li>
  );
}

function Section({ id, title, children, open = false }: { id: string; title: string; children: ComponentChildren; open?: boolean }) {
  return (
    <details class="result-section" id={id} open={open}>
      <summary>
        <h3>{title}</h3>
      </summary>
      {children}
    </details>
  );
}

interface Props {
  r: ResultData;
  state: AssessmentState;
  base: string;
  readOnly: boolean;
  autoFocus: boolean;
  onChange: (questionId: string) => void;
  /** The downloads and links, shown inside the first screen. */
  downloads: ComponentChildren;
}

export function Result({ r, state, base, readOnly, autoFocus, onChange, downloads }: Props) {
  const { t, lang } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // Same commit as the render (see Question): focus lands on the result's heading at once, once the user has acted.
  useLayoutEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, []);
  const cls = r.riskClass ?? 'minimal_risk';
  const obligations = r.duties.filter((d) => d.kind === 'obligation');
  const recommendations = r.duties.filter((d) => d.kind === 'recommendation');
  const serviceName = (id: string) => r.hosting?.services.find((s) => s.id === id)?.name ?? id;
  const hostingLine = r.hosting?.verdict?.text ?? (r.hosting ? `${t.allowed} ${r.hosting.allowed.map(serviceName).join(', ') || t.none}` : null);

  return (
    <section class="result" aria-labelledby="result-title">
      <div class="result-first">
        <h2 id="result-title" ref={heading} tabIndex={-1}>
          {t.resultTitle}
        </h2>
        <div class={`risk risk-${cls}`}>
          <p class="risk-class">{r.riskClassTitle}</p>
          <p class="reason">{r.reason}</p>
          <p class="explain">
            {r.riskClassExplanation} <strong>{t.roles}</strong> {r.roleLabels.join(', ') || t.none}
          </p>
        </div>
        {r.actions.length > 0 && (
          <section class="plan" aria-labelledby="plan-title">
            <h3 id="plan-title">{t.planTitle}</h3>
            <ol>
              {r.actions.map((a) => (
                <li key={a.id} data-action={a.id} class={`kind-${a.kind}`}>
                  <span class="step-title">{a.title}</span>
                  <span class="step-meta">
                    <span class="visually-hidden">{t.owner} </span>
                    <span class="owner">{a.ownerLabel}</span> · <span class="visually-hidden">{t.due} </span>
                    <span class="due">{a.due.label}</span> · <span class={`kind kind-${a.kind}`}>{a.kindLabel}</span>
                  </span>
                </li>
              ))}
            </ol>
          </section>
        )}
        {hostingLine && (
          <p class={`hosting-line ${r.hosting?.verdict && !r.hosting.verdict.ok ? 'bad' : ''}`}>
            <strong>{t.hostingTitle}</strong> {hostingLine}
          </p>
        )}
        {downloads}
        {r.notices.map((n) => (
          <p key={n.id} class="notice law-notice">
            {n.text}
          </p>
        ))}
      </div>

      {obligations.length > 0 && (
        <Section id="obligations" title={t.obligationsTitle} open>
          <ul class="duties">
            {obligations.map((d) => (
              <DutyItem key={d.id} d={d} base={base} />
            ))}
          </ul>
        </Section>
      )}
      {recommendations.length > 0 && (
        <Section id="recommendations" title={t.recommendationsTitle}>
          <ul class="duties">
            {recommendations.map((d) => (
              <DutyItem key={d.id} d={d} base={base} />
            ))}
          </ul>
        </Section>
      )}
      {r.flags.length > 0 && (
        <Section id="flags" title={t.flagsTitle}>
          <ul class="flags">
            {r.flags.map((f, i) => (
              <li key={`${f.id}-${i}`}>
                {f.text} <span class="hint">({f.reviewerLabel})</span>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {(r.commitments.length > 0 || r.openPoints.length > 0) && (
        <Section id="principles" title={`${t.commitments} · ${t.openPoints}`}>
          {r.openPoints.length > 0 && (
            <>
              <h4>{t.openPoints}</h4>
              <ul>
                {r.openPoints.map((c) => (
                  <li key={c.id}>{c.text}</li>
                ))}
              </ul>
            </>
          )}
          {r.commitments.length > 0 && (
            <>
              <h4>{t.commitments}</h4>
              <ul>
                {r.commitments.map((c) => (
                  <li key={c.id}>{c.text}</li>
                ))}
              </ul>
            </>
          )}
        </Section>
      )}
      {r.hosting && !r.hosting.verdict && r.hosting.excluded.length > 0 && (
        <Section id="hosting" title={t.hostingTitle}>
          <h4>{t.excluded}</h4>
          <ul>
            {r.hosting.excluded.map((x) => (
              <li key={x.serviceId}>
                <strong>{serviceName(x.serviceId)}</strong> — {x.reason}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {r.registerEntry && (
        <Section id="register" title={t.registerTitle}>
          <dl class="register">
            {r.registerEntry.fields.map((f) => [
              <dt key={`${f.id}-t`}>{f.label}</dt>,
              <dd key={`${f.id}-d`} class={f.toComplete ? 'to-complete' : undefined}>
                {f.toComplete ? <em>[{t.toComplete}]</em> : f.value}
                {f.hint && <span class="hint"> {f.hint}</span>}
              </dd>,
            ])}
          </dl>
        </Section>
      )}
      {r.decisive.length > 0 && (
        <Section id="why" title={t.whyTitle}>
          <p class="hint">{t.whyHelp}</p>
          <AnswerList state={state} readOnly={readOnly} onChange={onChange} only={r.decisive} />
          <Sources sources={r.basisSources} base={base} />
        </Section>
      )}
      <Section id="conclusions" title={t.conclusionsTitle}>
        {r.conclusions.map((c) => (
          <div key={c.id} class="conclusion">
            <h4>{c.title}</h4>
            <p>{c.body}</p>
            <Sources sources={c.sources} base={base} />
          </div>
        ))}
      </Section>
      <Section id="all-answers" title={t.allAnswers}>
        <AnswerList state={state} readOnly={readOnly} onChange={onChange} />
      </Section>
      <p class="law">
        {t.lawAsOf(formatDate(r.lawAsOf.reviewed, lang))} {r.lawAsOf.banner}
      </p>
      <p class="disclaimer">{r.disclaimer}</p>
    </section>
  );
}
