import type { HingeRepMetricKey, MetricSummary, Report, RunMetric } from '../../core/report/report.ts';
import { RUN_FRONTAL_METRICS, RUN_SIDE_METRICS } from '../metrics/metricCatalog.ts';

/** The running metrics shown for a report's view, in display order (hinge: HINGE_METRICS). */
export function runMetricsFor(report: Report): readonly RunMetric[] {
  return report.view === 'side' ? RUN_SIDE_METRICS : RUN_FRONTAL_METRICS;
}

/** One row of a per-side card: the metric and its value (null when the clip could not measure it). */
export interface SummaryRow {
  metric: string;
  value: number | null;
  /** Steps the median rests on (summary.count) and their interquartile range (summary.spread). */
  n: number | null;
  iqr: number | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Rows of one side's card from the report's per-side medians. Metrics the view cannot measure are
 * left out rather than shown empty, unless the report lists them.
 */
export function summaryRows(report: Report, side: 'left' | 'right'): SummaryRow[] {
  const s: MetricSummary | undefined = report.run?.summary?.[side];
  if (!s) return [];
  const metrics = report.activity === 'hinge' ? [] : runMetricsFor(report);
  const count = report.run?.summary?.count?.[side];
  const spread = report.run?.summary?.spread?.[side];
  return metrics
    .filter((m) => m in s)
    .map((m) => ({ metric: m, value: num(s[m]), n: num(count?.[m]), iqr: num(spread?.[m]) }));
}

/** The set's movement pattern as the hinge analysis reports it (`hinge.pattern`). */
export interface PatternView {
  pattern: 'hinge' | 'squat' | 'in-between' | null;
  hipKneeRatio: number | null;
  kneeFlexionDeg: number | null;
  shinAngleDeg: number | null;
}

export function patternOf(report: Report): PatternView | null {
  const o = report.hinge?.pattern;
  if (o == null) return null;
  return {
    pattern: o.pattern,
    hipKneeRatio: num(o.hipKneeRatio),
    kneeFlexionDeg: num(o.kneeFlexionDeg),
    shinAngleDeg: num(o.shinAngleDeg),
  };
}

/** Median over the reps of one per-rep metric (null when none measured it). */
export function repMedian(report: Report, metric: HingeRepMetricKey): number | null {
  const v = (report.hinge?.reps ?? [])
    .map((r) => num(r[metric]))
    .filter((x): x is number => x !== null)
    .sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}
