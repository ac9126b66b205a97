import type { Report } from '../../core/report/report.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { MetricsTable } from './MetricsTable.tsx';

interface Props {
  /** The model's own track's report (null until analysed) beside the corrected track's. */
  rawReport: Report | null;
  report: Report;
  analysing: boolean;
  analyzeMs: number | null;
}

/** The session's metrics: the model's against the corrected track's, and how long the analysis took. */
export function SessionMetrics({ rawReport, report, analysing, analyzeMs }: Props) {
  const { t } = useI18n();
  return (
    <section aria-label={t('trainer.metrics')} aria-busy={analysing} data-testid="session-analysis">
      <h3>{t('trainer.metrics')}</h3>
      {rawReport && (
        <MetricsTable
          t={t}
          a={rawReport}
          b={report}
          labelA={t('trainer.model')}
          labelB={t('trainer.corrected')}
          caption={t('trainer.metrics')}
          testId="session-metrics"
        />
      )}
      {analyzeMs !== null && (
        <p className="muted" data-testid="analyze-ms" data-ms={analyzeMs.toFixed(1)}>
          {t('trainer.analyzeMs', { ms: analyzeMs.toFixed(0) })}
        </p>
      )}
    </section>
  );
}
