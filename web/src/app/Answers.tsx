// The answers given on the current path; any of them can be changed (the path is walked again).
import type { Strings } from '../i18n/index.ts';
import type { AssessmentState } from '../lib/types.ts';

interface Props {
  t: Strings;
  state: AssessmentState;
  readOnly: boolean;
  onChange: (questionId: string) => void;
}

export function Answers({ t, state, readOnly, onChange }: Props) {
  const path = state.evaluation.path;
  if (!path.length) return null;
  return (
    <section class="answers" aria-labelledby="answers-title">
      <h2 id="answers-title">{t.answersTitle}</h2>
      <ol>
        {path.map((p) => (
          <li key={p.id}>
            <span class="answer-q">{p.text}</span>
            <span class="answer-a">{p.answerLabel}</span>
            {!readOnly && (
              <button type="button" class="link-button" onClick={() => onChange(p.id)} aria-label={`${t.change}: ${p.text}`}>
                {t.change}
              </button>
            )}
          </li>
        ))}
      </ol>
      {state.evaluation.unusedAnswers.length > 0 && (
        <p class="hint">
          {t.unusedNote}: {state.evaluation.unusedAnswers.length}
        </p>
      )}
    </section>
  );
}
