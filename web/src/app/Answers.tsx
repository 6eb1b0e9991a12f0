// The answers given on the current path, each one to change; and the answers an earlier change took
// off the path, kept and shown as still to confirm (they come back if the path returns to them).
import { useI18n } from '../i18n/index.tsx';
import type { AssessmentState } from '../lib/types.ts';

interface Props {
  state: AssessmentState;
  readOnly: boolean;
  onChange: (questionId: string) => void;
  /** Only the questions that decided the class ("why"). */
  only?: string[];
}

export function AnswerList({ state, readOnly, onChange, only }: Props) {
  const { t } = useI18n();
  const steps = state.evaluation.path.filter((p) => !only || only.includes(p.id));
  return (
    <ol class="answer-list">
      {steps.map((p) => (
        <li key={p.id} data-answer={p.id}>
          <span class="answer-q">{p.text}</span>
          <span class="answer-a">{p.answerLabel}</span>
          {!readOnly && (
            <button type="button" class="link-button" onClick={() => onChange(p.id)} aria-label={`${t.change} — ${p.text}`}>
              {t.change}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

export function Answers({ state, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const e = state.evaluation;
  if (!e.path.length) return null;
  return (
    <section class="answers" aria-labelledby="answers-title">
      <h2 id="answers-title">
        {t.answersTitle} <span class="hint">({t.answersCount(e.path.length)})</span>
      </h2>
      <AnswerList state={state} readOnly={readOnly} onChange={onChange} />
      {e.offPath.length > 0 && (
        <div class="to-confirm">
          <h3>{t.toConfirmTitle}</h3>
          <p class="hint">{t.toConfirmHelp}</p>
          <ul>
            {e.offPath.map((p) => (
              <li key={p.id} data-pending={p.id}>
                <span class="answer-q">{p.text}</span>
                <span class="answer-a">{p.answerLabel}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
