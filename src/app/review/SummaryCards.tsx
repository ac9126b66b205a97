import type { Report } from '../../core/report/report.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { HINGE_METRICS } from '../metrics/metricCatalog.ts';
import { MetricValue } from './MetricValue.tsx';
import { patternOf, repMedian, summaryRows } from './summaryRows.ts';

/** Clip-level headline cards and the per-side (run) or per-set (hinge) cards. */
export function SummaryCards({ report }: { report: Report }) {
  const { t, fmt, metric } = useI18n();
  const view = t(`view.${report.view}`);
  if (report.activity === 'hinge') {
    const p = patternOf(report);
    return (
      <section className="cards" aria-label={t('summary.title')}>
        <article className="card headline" data-testid="rep-count">
          <h3>{t('summary.reps')}</h3>
          <p className="big">{fmt.num(report.hinge?.repCount ?? 0, 0)}</p>
          <p className="hint">{t('summary.view', { view })}</p>
        </article>
        <article className="card headline" data-testid="hinge-pattern">
          <h3>{t('summary.pattern')}</h3>
          <p className="big">
            {t(
              p?.pattern === 'hinge'
                ? 'pattern.hinge'
                : p?.pattern === 'squat'
                  ? 'pattern.squat'
                  : p?.pattern === 'in-between'
                    ? 'pattern.hybrid'
                    : 'pattern.unknown',
            )}
          </p>
          {p && (
            <p className="hint">
              {metric('hipKneeRatio')} {fmt.num(p.hipKneeRatio, 2)} · {metric('kneeFlexionDeg')}{' '}
              {fmt.unit(p.kneeFlexionDeg, 'deg')}
            </p>
          )}
        </article>
        <article className="card">
          <h3>{t('table.reps')}</h3>
          <dl>
            {HINGE_METRICS.map((m) => (
              <div key={m} className="row">
                <dt>{metric(m)}</dt>
                <dd>
                  <MetricValue metric={m} value={repMedian(report, m)} />
                </dd>
              </div>
            ))}
          </dl>
        </article>
      </section>
    );
  }
  const steps = report.run?.steps ?? [];
  const speed = report.run?.speed ?? null;
  return (
    <section className="cards" aria-label={t('summary.title')}>
      <article className="card headline" data-testid="cadence">
        <h3>{t('summary.cadence')}</h3>
        <p className="big">{fmt.unit(report.run?.cadenceSpm ?? null, 'spm')}</p>
        <MetricValue metric="cadenceSpm" value={report.run?.cadenceSpm ?? null} rangeOnly speed={speed} />
        <p className="hint">
          {t('summary.steps', { n: steps.length })} · {t('summary.view', { view })}
        </p>
        {speed && (
          <p className="hint" data-testid="norm-speed">
            {t(speed.source === 'user' ? 'summary.speedGiven' : 'summary.speedEstimated', {
              v: fmt.num(speed.mps, 1),
            })}
          </p>
        )}
      </article>
      {(['left', 'right'] as const).map((side) => (
        <article key={side} className={`card side-${side}`} data-testid={`card-${side}`}>
          <h3>
            {t(`side.${side}`)}{' '}
            <small>{t('summary.steps', { n: steps.filter((s) => s.side === side).length })}</small>
          </h3>
          <dl>
            {summaryRows(report, side).map((r) => (
              <div key={r.metric} className="row">
                <dt>{metric(r.metric)}</dt>
                <dd>
                  <MetricValue
                    metric={r.metric}
                    value={r.value}
                    speed={speed}
                    basis={r.n !== null ? { n: r.n, iqr: r.iqr } : null}
                  />
                </dd>
              </div>
            ))}
          </dl>
        </article>
      ))}
    </section>
  );
}
