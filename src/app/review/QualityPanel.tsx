import type { Report } from '../../core/report/report.ts';
import type { FramingIssue } from '../guide/framingCheck.ts';
import { FramingWarnings } from '../guide/FramingWarnings.tsx';
import { useI18n } from '../i18n/useI18n.ts';

/**
 * How trustworthy the clip is: the share of frames with a person, the mean keypoint score, our
 * framing checks (localised) and the analysis' own warnings. The analysis writes its warnings in
 * English only, so they are shown as they are, marked as English for assistive technology.
 */
export function QualityPanel({ report, framing }: { report: Report; framing: FramingIssue[] }) {
  const { t, fmt, locale } = useI18n();
  const q = report.quality;
  const localized = (q.warningsJa as string[] | undefined) ?? null;
  const warnings = locale === 'ja' && localized?.length === q.warnings.length ? localized : q.warnings;
  return (
    <section className="quality" aria-label={t('quality.title')}>
      <h3>{t('quality.title')}</h3>
      <p>{t('quality.pose', { p: fmt.unit(q.framesWithPose, 'percent'), s: fmt.num(q.meanScore, 2) })}</p>
      <FramingWarnings issues={framing} />
      {warnings.length > 0 && (
        <ul className="report-warnings" lang={warnings === q.warnings ? 'en' : locale}>
          {warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
