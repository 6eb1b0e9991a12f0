import type { Strings } from '../i18n/index.ts';
import type { Evaluation } from '../lib/types.ts';

export function Progress({ t, evaluation }: { t: Strings; evaluation: Evaluation }) {
  const p = evaluation.progress;
  return (
    <div class="progress">
      <label for="progress-bar">{t.progressLabel}</label>
      <progress id="progress-bar" max={100} value={p.percent} aria-valuetext={`${p.percent}%`} />
      <span class="hint">{t.progressText(p.answered, p.percent)}</span>
    </div>
  );
}
