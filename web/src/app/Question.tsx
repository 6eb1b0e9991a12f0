// One question: its text as the legend, help on demand, the legal source, and the answer controls.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnswerValue, QuestionView } from '../lib/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { Sources } from './Sources.tsx';

interface Props {
  q: QuestionView;
  /** Where the API and the law texts live ('' for the same origin). */
  base: string;
  /** "Question X of about Y", or the editing notice. */
  heading: string;
  initial?: AnswerValue;
  busy: boolean;
  canGoBack: boolean;
  editing: boolean;
  onSubmit: (value: AnswerValue) => void;
  onBack: () => void;
  onCancel: () => void;
  /** Focus the question when it appears (never on a page's first load: the user has not acted yet). */
  autoFocus: boolean;
  /**
   * Hidden fields of the form. Until the app runs (or without it) the form is a plain POST to the
   * page, which the server answers with the next question (worker/pages/app-page.tsx).
   */
  formFields?: Record<string, string>;
}

export function Question({ q, base, heading: caption, initial, busy, canGoBack, editing, onSubmit, onBack, onCancel, autoFocus, formFields = {} }: Props) {
  const { t } = useI18n();
  // An answer kept from elsewhere (set aside, a draft) is offered only where the question still accepts it.
  const accepted = (v: AnswerValue | undefined) =>
    v === undefined || q.kind === 'text' ? v : (Array.isArray(v) ? v : [v]).every((x) => q.options.some((o) => o.id === x)) && Array.isArray(v) === (q.kind === 'multiple') ? v : undefined;
  const [value, setValue] = useState<AnswerValue | undefined>(accepted(initial));
  const [showHelp, setShowHelp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = (s: string) => `q-${q.id}-${s}`;

  // Each question is its own instance (keyed by id): state starts fresh, and focus moves to it so
  // that keyboard and screen-reader users start there. A layout effect runs in the same commit that
  // inserts the heading, so focus never rests on <body> between two questions.
  useLayoutEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, []);

  const submit = (e: Event) => {
    e.preventDefault();
    if (q.kind === 'text') {
      const text = typeof value === 'string' ? value : '';
      if (!q.optional && !text.trim()) return setError(t.requiredText);
      return onSubmit(text);
    }
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return setError(t.requiredChoice);
    onSubmit(value);
  };

  const toggle = (optionId: string, exclusive: boolean | undefined, checked: boolean) => {
    const current = Array.isArray(value) ? value : [];
    if (!checked) return setValue(current.filter((v) => v !== optionId));
    if (exclusive) return setValue([optionId]);
    const exclusives = q.options.filter((o) => o.exclusive).map((o) => o.id);
    setValue([...current.filter((v) => !exclusives.includes(v)), optionId]);
  };

  const hasUnsure = q.options.some((o) => o.id === 'unsure');
  const describedBy = [error ? id('error') : '', showHelp ? id('help') : '', id('source')].filter(Boolean).join(' ');

  return (
    <form class="question" method="post" data-question={q.id} data-kind={q.kind} onSubmit={submit} noValidate aria-labelledby={id('title')}>
      <input type="hidden" name="question" value={q.id} />
      {Object.entries(formFields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p class="question-number">{caption}</p>
      <h2 id={id('title')} ref={heading} tabIndex={-1} class="question-text">
        {q.text}
      </h2>
      <div class="question-tools">
        <button type="button" class="link-button" aria-expanded={showHelp} aria-controls={id('help')} onClick={() => setShowHelp(!showHelp)}>
          {showHelp ? t.hideHelp : t.help}
        </button>
      </div>
      <div id={id('help')} class="help" hidden={!showHelp}>
        <p>{q.help}</p>
      </div>
      <Sources sources={q.sources} base={base} id={id('source')} />
      {error && (
        <p id={id('error')} class="error" role="alert">
          {error}
        </p>
      )}
      {q.kind === 'text' ? (
        <div class="field">
          <label for={id('input')} class="visually-hidden">
            {q.text}
          </label>
          {(q.maxLength ?? 0) > 200 ? (
            <textarea
              id={id('input')}
              name={q.id}
              maxLength={q.maxLength}
              rows={5}
              value={typeof value === 'string' ? value : ''}
              aria-describedby={`${describedBy} ${id('count')}`}
              aria-invalid={error ? true : undefined}
              onInput={(e) => setValue((e.target as HTMLTextAreaElement).value)}
            />
          ) : (
            <input
              id={id('input')}
              name={q.id}
              type="text"
              maxLength={q.maxLength}
              value={typeof value === 'string' ? value : ''}
              aria-describedby={`${describedBy} ${id('count')}`}
              aria-invalid={error ? true : undefined}
              onInput={(e) => setValue((e.target as HTMLInputElement).value)}
            />
          )}
          <p id={id('count')} class="hint">
            {t.charactersLeft((q.maxLength ?? 0) - (typeof value === 'string' ? value.length : 0))}
          </p>
          {q.tree === 'intro' && <p class="hint warning">{t.personalDataWarning}</p>}
        </div>
      ) : (
        <fieldset aria-describedby={describedBy}>
          <legend class="visually-hidden">{q.text}</legend>
          {q.options.map((o) => {
            const checked = q.kind === 'single' ? value === o.id : Array.isArray(value) && value.includes(o.id);
            return (
              <div class="option" key={o.id}>
                <input
                  id={id(`o-${o.id}`)}
                  type={q.kind === 'single' ? 'radio' : 'checkbox'}
                  name={q.id}
                  value={o.id}
                  checked={checked}
                  onChange={(e) => (q.kind === 'single' ? setValue(o.id) : toggle(o.id, o.exclusive, (e.target as HTMLInputElement).checked))}
                />
                <label for={id(`o-${o.id}`)}>{o.label}</label>
              </div>
            );
          })}
          {hasUnsure && <p class="hint">{t.unsureNote}</p>}
        </fieldset>
      )}
      <div class="actions">
        {editing ? (
          <button type="button" class="secondary" onClick={onCancel} disabled={busy}>
            {t.cancel}
          </button>
        ) : (
          canGoBack && (
            <button
              type="submit"
              name="op"
              value="back"
              formNoValidate
              class="secondary"
              onClick={(e) => {
                e.preventDefault();
                onBack();
              }}
              disabled={busy}
            >
              {t.back}
            </button>
          )
        )}
        <button type="submit" name="op" value="answer" class="primary" disabled={busy}>
          {editing ? t.save : t.next}
        </button>
      </div>
    </form>
  );
}
