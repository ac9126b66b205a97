import type { Report } from '../../core/report/report.ts';
import { SLOWMO_CANDIDATES } from '../../core/analyze/slowmoCandidates.ts';
import { useI18n } from '../i18n/useI18n.ts';

interface Props {
  /** The report of the current analysis, when there is one. */
  report: Report | null;
  /** Frame rate of the file as saved, frames/s. */
  fileFps: number;
  /** The slow-motion factor the clip is analysed with now (1: real time). */
  factor: number;
  onFactor(f: number): void;
}

/**
 * Slow-motion capture (issue 3 §7): phones save 60/120/240 fps clips to play back at 30 fps and
 * lab cameras 300 fps ones at 30 or 60, so the file clock runs 2–10× slow. When the analysis says the clip looks like slow motion, one button
 * re-analyses it at the suggested factor (the pose pass is not repeated); the factor can also be
 * set by hand, each option labelled with the capture rate it means for this file.
 */
export function SlowMotionPanel({ report, fileFps, factor, onFactor }: Props) {
  const { t, fmt } = useI18n();
  const suggested = report?.quality.suggestedSlowmoFactor;
  // The contact-free rhythm behind the suggestion (gaitPeriodicity), in the file's clock.
  const rhythm = report?.detected?.rhythmCadenceSpm;
  const fps = (f: number) => fmt.num(Math.round(f * fileFps), 0);
  return (
    <section className="slowmo" data-testid="slowmo">
      {typeof suggested === 'number' && factor === 1 && (
        <div className="slowmo-suggest" role="status">
          <p>{t('slowmo.suggest', { f: suggested, fps: fps(suggested) })}</p>
          {typeof rhythm === 'number' && (
            <p data-testid="slowmo-rhythm">
              {t('slowmo.rhythm', { c: fmt.num(rhythm, 0), f: suggested, r: fmt.num(rhythm * suggested, 0) })}
            </p>
          )}
          <button type="button" className="primary" onClick={() => onFactor(suggested)}>
            {t('slowmo.apply', { f: suggested })}
          </button>
        </div>
      )}
      <details open={factor !== 1}>
        <summary>{factor !== 1 ? t('slowmo.active', { f: factor }) : t('slowmo.title')}</summary>
        <label>
          {t('slowmo.factor')}{' '}
          <select value={factor} onChange={(e) => onFactor(Number(e.currentTarget.value))}>
            <option value={1}>{t('slowmo.real')}</option>
            {SLOWMO_CANDIDATES.map((f) => (
              <option key={f} value={f}>
                {t('slowmo.option', { f, fps: fps(f) })}
              </option>
            ))}
          </select>
        </label>
      </details>
    </section>
  );
}
