import type { MetricSummary, Report } from '../../core/report/report.ts';
import { HINGE_METRICS, RUN_FRONTAL_METRICS, RUN_SIDE_METRICS } from './metricCatalog.ts';

/** The metrics shown for a report's activity and view, in display order. */
export function metricsForReport(report: Report): readonly string[] {
  if (report.activity === 'hinge') return HINGE_METRICS;
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
  const metrics = metricsForReport(report);
  const part = (k: string): MetricSummary | undefined =>
    (report.run?.summary?.[k] as Record<string, MetricSummary> | undefined)?.[side];
  const count = part('count');
  const spread = part('spread');
  return metrics
    .filter((m) => m in s)
    .map((m) => ({ metric: m, value: num(s[m]), n: num(count?.[m]), iqr: num(spread?.[m]) }));
}

/** The set's movement pattern as the hinge analysis reports it (`hinge.pattern`, string or object). */
export interface PatternView {
  pattern: 'hinge' | 'squat' | 'in-between' | null;
  hipKneeRatio: number | null;
  kneeFlexionDeg: number | null;
  shinAngleDeg: number | null;
}

export function patternOf(report: Report): PatternView | null {
  const raw = report.hinge?.pattern ?? report.hinge?.movementPattern;
  if (raw == null) return null;
  const o = (typeof raw === 'string' ? { pattern: raw } : raw) as Record<string, unknown>;
  const p = o.pattern;
  return {
    pattern: p === 'hinge' || p === 'squat' || p === 'in-between' ? p : null,
    hipKneeRatio: num(o.hipKneeRatio),
    kneeFlexionDeg: num(o.kneeFlexionDeg),
    shinAngleDeg: num(o.shinAngleDeg),
  };
}

/** Median over the reps of one per-rep metric (null when none measured it). */
export function repMedian(report: Report, metric: string): number | null {
  const v = (report.hinge?.reps ?? [])
    .map((r) => num(r[metric]))
    .filter((x): x is number => x !== null)
    .sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}
