import type { Report } from '../../core/report/report.ts';
import type { FramingIssue } from '../guide/framingCheck.ts';
import { FramingWarnings } from '../guide/FramingWarnings.tsx';
import { useI18n } from '../i18n/useI18n.ts';

/**
 * How trustworthy the clip is: the share of frames with a person, the mean keypoint score, our
 * framing checks (localised) and the analysis' own warnings, in the current language
 * (`quality.warningText`). A report written before the analysis translated its warnings has them
 * in English only: other languages then show them folded away and marked as English.
 */
export function QualityPanel({ report, framing }: { report: Report; framing: FramingIssue[] }) {
  const { t, fmt, locale, pick } = useI18n();
  const q = report.quality;
  const localized = q.warningText?.length === q.warnings.length ? q.warningText : null;
  return (
    <section className="quality" aria-label={t('quality.title')}>
      <h3>{t('quality.title')}</h3>
      <p>{t('quality.pose', { p: fmt.unit(q.framesWithPose, 'percent'), s: fmt.num(q.meanScore, 2) })}</p>
      <FramingWarnings issues={framing} />
      {q.warnings.length > 0 &&
        (localized || locale === 'en' ? (
          <ul className="report-warnings">
            {(localized ? localized.map(pick) : q.warnings).map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        ) : (
          <details className="report-warnings">
            <summary>{t('quality.warningsEnglish', { n: q.warnings.length })}</summary>
            <ul lang="en">
              {q.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </details>
        ))}
    </section>
  );
}
