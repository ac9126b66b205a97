import { useI18n } from '../i18n/useI18n.ts';
import { inTypicalRange, METRICS, metricUnit } from './metricCatalog.ts';

/** A metric's value with its typical range beside it, marked when outside the range. */
export function MetricValue({ metric, value, rangeOnly = false }: { metric: string; value: number | null; rangeOnly?: boolean }) {
  const { t, fmt } = useI18n();
  const unit = metricUnit(metric);
  const range = METRICS[metric]?.range;
  const inside = inTypicalRange(metric, value);
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
      <small className="metric-range">{rangeText ? t('summary.typical', { range: rangeText }) : t('summary.noRange')}</small>
    </span>
  );
}
