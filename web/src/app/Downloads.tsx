// The report in four formats, the draft file, the read-only link and (for the owner) the edit link and
// "new assessment", which says truthfully what happens to the current one before it goes.
import { useRef } from 'preact/hooks';
import { useI18n } from '../i18n/index.tsx';
import type { AssessmentState } from '../lib/types.ts';
import { saveDraft } from '../lib/draft.ts';
import { CopyButton } from './Result.tsx';

interface Props {
  state: AssessmentState;
  readOnly: boolean;
  /** A workspace assessment: no edit link, and no "new assessment" here (the workspace starts them). */
  inWorkspace?: boolean;
  reportUrl: (ext: 'pdf' | 'html' | 'md' | 'json', doc?: 'report' | 'fria' | 'dpia') => string;
  links: { share: string; edit: string };
  onStartAgain: () => void;
}

export const FORMATS = ['pdf', 'html', 'md', 'json'] as const;
/** The impact assessment drafts, each offered when the result holds the duty that requires it. */
export const DRAFTS = [['fria', 'art27_fria'], ['dpia', 'gdpr35_dpia']] as const;

function LinkField({ id, label, help, value }: { id: string; label: string; help: string; value: string }) {
  return (
    <div class="field link-field">
      <label for={id}>{label}</label>
      <div class="with-button">
        <input id={id} type="text" readOnly value={value} aria-describedby={`${id}-help`} onFocus={(ev) => (ev.target as HTMLInputElement).select()} />
        <CopyButton text={value} />
      </div>
      <p id={`${id}-help`} class="hint">
        {help}
      </p>
    </div>
  );
}

export function Downloads({ state, readOnly, inWorkspace, reportUrl, links, onStartAgain }: Props) {
  const { t, lang } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const label = { pdf: t.downloadPdf, html: t.downloadHtml, md: t.downloadMd, json: t.downloadJson };
  return (
    <section class="downloads" aria-labelledby="downloads-title">
      <h3 id="downloads-title">{t.downloads}</h3>
      <ul class="formats">
        {FORMATS.map((ext) => (
          <li key={ext}>
            <a href={reportUrl(ext)} download data-format={ext}>
              {label[ext]}
            </a>
          </li>
        ))}
        {!readOnly && (
          <li>
            <button type="button" class="link-button" onClick={() => saveDraft(state, lang)}>
              {t.saveDraft}
            </button>
          </li>
        )}
      </ul>
      {/* The impact assessments the result requires, as drafts pre-filled from the answers (titles from the result). */}
      {DRAFTS.map(([doc, duty]) => {
        const d = state.evaluation.result?.duties.find((x) => x.id === duty);
        return (
          d && (
            <div key={doc} class="impact-draft">
              <h4 id={`${doc}-draft-title`}>{t.draftOf(d.title)}</h4>
              <ul class="formats" aria-labelledby={`${doc}-draft-title`}>
                {FORMATS.map((ext) => (
                  <li key={ext}>
                    <a href={reportUrl(ext, doc)} download data-format={`${doc}-${ext}`}>
                      {label[ext]}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )
        );
      })}
      {links.share && <LinkField id="share-link" label={t.shareLink} help={t.shareHelp} value={links.share} />}
      {!readOnly && !inWorkspace && (
        <>
          <details class="edit-link">
            <summary>{t.editLink}</summary>
            {links.edit && <LinkField id="edit-link" label={t.editLink} help={t.editLinkHelp} value={links.edit} />}
          </details>
          <button type="button" class="secondary" onClick={() => dialog.current?.showModal()}>
            {t.newAssessment}
          </button>
          <dialog ref={dialog} class="confirm" aria-labelledby="new-title" aria-describedby="new-text">
            <h2 id="new-title">{t.newTitle}</h2>
            <p id="new-text">{t.newText}</p>
            {links.edit && <LinkField id="edit-link-dialog" label={t.editLink} help={t.editLinkHelp} value={links.edit} />}
            <div class="actions">
              <button type="button" class="secondary" onClick={() => saveDraft(state, lang)}>
                {t.saveDraft}
              </button>
              <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
                {t.cancel}
              </button>
              <button
                type="button"
                class="primary"
                onClick={() => {
                  dialog.current?.close();
                  onStartAgain();
                }}
              >
                {t.newConfirm}
              </button>
            </div>
          </dialog>
        </>
      )}
    </section>
  );
}
