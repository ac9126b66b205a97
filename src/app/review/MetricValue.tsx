import { useI18n } from '../i18n/useI18n.ts';
import { inTypicalRange, metricRange, metricUnit, type NormSpeed } from '../metrics/metricCatalog.ts';

interface Props {
  metric: string;
  value: number | null;
  rangeOnly?: boolean;
  /** The run's speed, for the speed-dependent bands (report.run.speed). */
  speed?: NormSpeed | null;
  /** How many steps/reps the value rests on and their spread (interquartile range). */
  basis?: { n: number; iqr: number | null } | null;
}

/** A metric's value with its typical range beside it, marked when outside the range, and what it rests on. */
export function MetricValue({ metric, value, rangeOnly = false, speed = null, basis = null }: Props) {
  const { t, fmt } = useI18n();
  const unit = metricUnit(metric);
  const range = metricRange(metric, speed);
  const inside = inTypicalRange(metric, value, speed);
  const rangeText = range
    ? range[0] !== null && range[1] !== null
      ? `${fmt.unit(range[0], unit)} – ${fmt.unit(range[1], unit)}`
      : range[0] !== null
        ? `≥ ${fmt.unit(range[0], unit)}`
        : `≤ ${fmt.unit(range[1], unit)}`
    : null;
  return (
    <span className={`metric-value${inside === false ? ' outside' : ''}`}>
      {!rangeOnly && <strong>{fmt.unit(value, unit)}</strong>}
      {inside === false && <span className="visually-hidden"> ({t('summary.outside')})</span>}
      <small className="metric-range">
        {rangeText ? t('summary.typical', { range: rangeText }) : t('summary.noRange')}
      </small>
      {basis && (
        <small className="metric-basis" data-testid={`basis-${metric}`}>
          {basis.iqr !== null
            ? t('summary.basis', { n: basis.n, iqr: fmt.unit(basis.iqr, unit) })
            : t('summary.steps', { n: basis.n })}
          {basis.n < 7 && ` · ${t('summary.fewSteps')}`}
        </small>
      )}
    </span>
  );
}
