import { cadenceSpm } from './cadence.ts';
import type { MetricSummary, RunStep } from '../report/report.ts';
import { median, quantile } from '../signal/median.ts';
import type { Side } from '../track/keypoints.ts';

/** Per-step metrics that are summarised (both views; absent ones are skipped). */
export const RUN_STEP_METRICS = [
  'kneeFlexionAtContactDeg', 'peakKneeFlexionStanceDeg', 'shankAngleAtContactDeg', 'footAheadOfHipRatio',
  'footAheadOfComRatio', 'kneeForwardTravelRatio', 'trunkLeanDeg', 'hipDropStanceRatio', 'verticalOscillationRatio',
  'contactTimeS', 'trailingLegRatio', 'pelvicDropDeg', 'kneeFppaDeg', 'stepWidthRatio',
] as const;
export type RunMetric = (typeof RUN_STEP_METRICS)[number];

const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null);

/** Finite values of one metric over the steps of one side (or both when side is null). */
export function metricValues(steps: readonly RunStep[], m: string, side: Side | null): number[] {
  return steps.filter((s) => side === null || s.side === side).map((s) => s[m]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

/** Median per metric for one side (null where no step has a value). */
export function sideMedians(steps: readonly RunStep[], side: Side): MetricSummary {
  const out: MetricSummary = {};
  for (const m of RUN_STEP_METRICS) {
    const v = metricValues(steps, m, side);
    if (v.length) out[m] = round(median(v));
  }
  return out;
}

/** Interquartile range per metric for one side: the step-to-step spread. */
export function sideSpread(steps: readonly RunStep[], side: Side): MetricSummary {
  const out: MetricSummary = {};
  for (const m of RUN_STEP_METRICS) {
    const v = metricValues(steps, m, side);
    if (v.length >= 2) out[m] = round(quantile(v, 0.75) - quantile(v, 0.25));
  }
  return out;
}

/**
 * Left–right asymmetry per metric: `left − right` of the medians and the index
 * `|L − R| / mean(|L|, |R|)` (biomech-notes.md §8.4), where both sides have a value.
 */
export function sideAsymmetry(left: MetricSummary, right: MetricSummary): Record<string, { diff: number | null; index: number | null }> {
  const out: Record<string, { diff: number | null; index: number | null }> = {};
  for (const m of RUN_STEP_METRICS) {
    const l = left[m];
    const r = right[m];
    if (typeof l !== 'number' || typeof r !== 'number') continue;
    const mean = (Math.abs(l) + Math.abs(r)) / 2;
    out[m] = { diff: round(l - r), index: mean > 1e-9 ? round(Math.abs(l - r) / mean) : null };
  }
  return out;
}

export interface RunTrend {
  /** Time windows (seconds) of the first and last part. */
  firstS: [number, number];
  lastS: [number, number];
  /** Steps in each part. */
  nFirst: number;
  nLast: number;
  /** Per metric: median over the first part, over the last part, and last − first. */
  metrics: Record<string, { first: number | null; last: number | null; change: number | null }>;
  cadenceFirstSpm: number | null;
  cadenceLastSpm: number | null;
}

/**
 * First-third vs last-third comparison of a clip (both sides pooled), for late-run breakdown. Null
 * when there are fewer than 6 steps in a third (too few to compare anything).
 */
export function runTrend(steps: readonly RunStep[]): RunTrend | null {
  const k = Math.floor(steps.length / 3);
  if (k < 6) return null;
  const first = steps.slice(0, k);
  const last = steps.slice(steps.length - k);
  const metrics: RunTrend['metrics'] = {};
  for (const m of RUN_STEP_METRICS) {
    const a = metricValues(first, m, null);
    const b = metricValues(last, m, null);
    if (!a.length && !b.length) continue;
    const fa = a.length >= 3 ? median(a) : NaN;
    const fb = b.length >= 3 ? median(b) : NaN;
    metrics[m] = { first: round(fa), last: round(fb), change: round(fb - fa) };
  }
  return {
    firstS: [first[0]!.contactT, first[k - 1]!.contactT],
    lastS: [last[0]!.contactT, last[k - 1]!.contactT],
    nFirst: k,
    nLast: k,
    metrics,
    cadenceFirstSpm: cadenceSpm(first),
    cadenceLastSpm: cadenceSpm(last),
  };
}
