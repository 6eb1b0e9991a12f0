// Honest progress: "question X of about Y" from the likely path ahead, and a bar that never goes back.
import { useI18n } from '../i18n/index.tsx';
import type { Evaluation } from '../lib/types.ts';

/** The caption of the current question: its number and the estimated total. */
export function questionCaption(t: ReturnType<typeof useI18n>['t'], e: Evaluation): string {
  return t.questionOfAbout(e.path.length + 1, e.progress.estimatedTotal);
}

export function Progress({ percent }: { percent: number }) {
  const { t } = useI18n();
  return (
    <div class="progress">
      <label for="progress-bar">{t.progressLabel}</label>
      <progress id="progress-bar" max={100} value={percent} aria-valuetext={t.percentDone(percent)} />
      <span class="hint">{t.percentDone(percent)}</span>
    </div>
  );
}
