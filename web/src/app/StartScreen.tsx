// The start page: what the project lead gets, how long it takes, who runs the service, what is stored
// and for how long, then the first question right away, and a draft to resume.
import { useI18n } from '../i18n/index.tsx';
import type { AnswerValue, Config, QuestionView } from '../lib/types.ts';
import { Question } from './Question.tsx';

interface Props {
  first: QuestionView | null;
  config: Config | null;
  base: string;
  busy: boolean;
  /** Sent by the question's form when the app is not running yet. */
  formFields: Record<string, string>;
  onStart: (question: string, value: AnswerValue) => void;
  onDraft: (file: File) => void;
}

export function StartScreen({ first, config, base, busy, formFields, onStart, onDraft }: Props) {
  const { t } = useI18n();
  return (
    <section class="start" aria-labelledby="start-heading">
      <h2 id="start-heading" class="visually-hidden">
        {t.appTitle}
      </h2>
      <p class="lead">{t.appIntro}</p>
      <ul class="what">
        {t.startWhat.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      <p>{t.startLength}</p>
      <div class="about hint">
        {config?.operator.name && <p>{t.startOperator(config.operator.name, config.operator.contact)}</p>}
        {config && <p>{t.startStorage(config.retentionDays)}</p>}
        <p>{t.startShare}</p>
      </div>
      {first ? (
        <Question key={first.id} q={first} base={base} heading={t.startTitle} autoFocus={false} formFields={formFields} busy={busy} canGoBack={false} editing={false} onSubmit={(v) => onStart(first.id, v)} onBack={() => undefined} onCancel={() => undefined} />
      ) : (
        <p>{t.loading}</p>
      )}
      <div class="field draft">
        <label for="draft-file">{t.loadDraft}</label>
        <input
          id="draft-file"
          type="file"
          accept="application/json,.json,application/pdf,.pdf"
          aria-describedby="draft-help"
          onChange={(ev) => {
            const f = (ev.target as HTMLInputElement).files?.[0];
            if (f) onDraft(f);
          }}
        />
        <p id="draft-help" class="hint">
          {t.loadDraftHelp}
        </p>
      </div>
    </section>
  );
}
