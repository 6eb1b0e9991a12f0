// The result page: risk class in plain words with its basis, roles, duties with their dates,
// AI services, label texts to copy, commitments, points to review, the register entry, the law date.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatDate, type Lang, type Strings } from '../i18n/index.ts';
import type { Duty, Result as ResultData } from '../lib/types.ts';
import { Sources } from './Sources.tsx';

function CopyButton({ t, text }: { t: Strings; text: string }) {
  const [done, setDone] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone(true);
      setTimeout(() => setDone(false), 2000);
    } catch {
      setDone(false);
    }
  };
  return (
    <button type="button" class="secondary small" onClick={copy} aria-live="polite">
      {done ? t.copied : t.copy}
    </button>
  );
}

function DutyItem({ t, d, lang }: { t: Strings; d: Duty; lang: Lang }) {
  return (
    <li class="duty">
      <h4>{d.title}</h4>
      <p>{d.body}</p>
      <p class={d.appliesNow ? 'badge now' : 'badge later'}>
        {d.appliesFrom ? `${t.appliesFrom(formatDate(d.appliesFrom, lang))} — ` : ''}
        {d.appliesNow ? t.appliesNow : t.appliesLater}
      </p>
      {d.dateUncertain && <p class="hint">{d.dateUncertain}</p>}
      <Sources t={t} sources={d.source} />
      {d.labels && d.labels.length > 0 && (
        <div class="labels">
          <h5>{t.labelsTitle}</h5>
          <ul>
            {d.labels.map((l, i) =>
              (['fr', 'de', 'en'] as const).map((lg) => (
                <li key={`${i}-${lg}`} lang={lg}>
                  <span class="label-text">{l[lg]}</span> <CopyButton t={t} text={l[lg]} />
                </li>
              )),
            )}
          </ul>
        </div>
      )}
    </li>
  );
}

export function Result({ t, r, lang }: { t: Strings; r: ResultData; lang: Lang }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Same commit as the render (see Question): focus lands on the result's heading at once.
  useLayoutEffect(() => heading.current?.focus(), []);
  const cls = r.riskClass ?? 'minimal_risk';
  const serviceName = (id: string) => r.hosting?.services.find((s) => s.id === id)?.name ?? id;
  return (
    <section class="result" aria-labelledby="result-title">
      <h2 id="result-title" ref={heading} tabIndex={-1}>
        {t.resultTitle}
      </h2>
      <div class={`risk risk-${cls}`}>
        <h3>{t.riskClassTitle}</h3>
        <p class="risk-class">{t.riskClasses[cls] ?? cls}</p>
        <p>{t.riskExplain[cls]}</p>
        <dl>
          <dt>{t.basis}</dt>
          <dd>{r.basis.join('; ') || t.none}</dd>
          <dt>{t.roles}</dt>
          <dd>{r.roles.map((x) => t.roleNames[x] ?? x).join(', ') || t.none}</dd>
        </dl>
      </div>

      {r.flags.length > 0 && (
        <section aria-labelledby="flags-title" class="flags">
          <h3 id="flags-title">{t.flagsTitle}</h3>
          <ul>
            {r.flags.map((f) => (
              <li key={f.id}>
                {f.text} <span class="hint">({t.reviewer[f.reviewer] ?? f.reviewer})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="conclusions-title">
        <h3 id="conclusions-title">{t.conclusions}</h3>
        {r.conclusions.map((c) => (
          <div key={c.id} class="conclusion">
            <h4>{c.title}</h4>
            <p>{c.body}</p>
            <Sources t={t} sources={c.source} />
          </div>
        ))}
      </section>

      {r.duties.length > 0 && (
        <section aria-labelledby="duties-title">
          <h3 id="duties-title">{t.duties}</h3>
          <ul class="duties">
            {r.duties.map((d) => (
              <DutyItem key={d.id} t={t} d={d} lang={lang} />
            ))}
          </ul>
        </section>
      )}

      {r.hosting && (
        <section aria-labelledby="hosting-title">
          <h3 id="hosting-title">{t.hostingTitle}</h3>
          <p>
            <strong>{t.allowed}:</strong> {r.hosting.allowed.map(serviceName).join(', ') || t.none}
          </p>
          <h4>{t.excluded}</h4>
          <ul>
            {r.hosting.excluded.map((x) => (
              <li key={x.serviceId}>
                <strong>{serviceName(x.serviceId)}</strong>: {x.reason}
              </li>
            ))}
          </ul>
        </section>
      )}

      {(r.commitments.length > 0 || r.openPoints.length > 0) && (
        <section aria-labelledby="principles-title">
          <h3 id="principles-title">{t.commitments}</h3>
          <ul>
            {r.commitments.map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
          </ul>
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
        </section>
      )}

      {r.registerEntry && (
        <section aria-labelledby="register-title">
          <h3 id="register-title">{t.registerTitle}</h3>
          <dl class="register">
            {r.registerEntry.fields.map((f) => (
              <>
                <dt key={`${f.id}-t`}>{f.label}</dt>
                <dd key={`${f.id}-d`} class={f.toComplete ? 'to-complete' : undefined}>
                  {f.toComplete ? <em>[{t.toComplete}]</em> : f.value}
                </dd>
              </>
            ))}
          </dl>
        </section>
      )}

      <p class="law">
        {t.lawAsOf(formatDate(r.lawAsOf.reviewed, lang))} {r.lawAsOf.banner}
      </p>
      <p class="disclaimer">{r.disclaimer}</p>
    </section>
  );
}
