import type { MetricSummary, RunMetric, RunStep, RunSummary } from '../report/report.ts';
import { median, quantile } from '../signal/median.ts';
import { sampleSd } from '../signal/sampleSd.ts';
import type { Side } from '../track/keypoints.ts';

/** Per-step metrics that are summarised (both views; absent ones are skipped). */
export const RUN_STEP_METRICS = [
  'kneeFlexionAtContactDeg',
  'peakKneeFlexionStanceDeg',
  'shankAngleAtContactDeg',
  'footAheadOfHipRatio',
  'footAheadOfComRatio',
  'kneeForwardTravelRatio',
  'trunkLeanDeg',
  'hipDropStanceRatio',
  'verticalOscillationRatio',
  'contactTimeS',
  'trailingLegRatio',
  'pelvicDropDeg',
  'kneeFppaDeg',
  'stepWidthRatio',
] as const satisfies readonly RunMetric[];
export type { RunMetric };

/** True when `k` names a per-step running metric (for keys read from a report or a threshold table). */
export function isRunMetric(k: string): k is RunMetric {
  return (RUN_STEP_METRICS as readonly string[]).includes(k);
}

const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null);

/** Finite values of one metric over the steps of one side (or both when side is null). */
export function metricValues(steps: readonly RunStep[], m: RunMetric, side: Side | null): number[] {
  const out: number[] = [];
  for (const s of steps) {
    if (side !== null && s.side !== side) continue;
    const v = s[m];
    if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  }
  return out;
}

/** One side's per-metric summaries (sideSummaries). */
export interface SideSummaries {
  /** Median per metric (absent where no step has a value). */
  median: MetricSummary;
  /** Interquartile range per metric (at least 2 values): the step-to-step spread. */
  spread: MetricSummary;
  /**
   * How many steps each summary number rests on (a metric can be missing on some steps, e.g. no
   * toe-off at the clip's end), so the median and the spread say their weight.
   */
  count: NonNullable<RunSummary['count']>['left'];
  /** Step-to-step sample standard deviation per metric (at least 2 values; compare's noise floor). */
  sd: MetricSummary;
}

/**
 * The median, spread, count and standard deviation of each metric over one side's steps, each
 * metric's values gathered once for all four (gathering them once per summary read every step's
 * every metric four times: 180,000 property reads by varying name for a 10-minute run).
 */
export function sideSummaries(steps: readonly RunStep[], side: Side): SideSummaries {
  const out: SideSummaries = { median: {}, spread: {}, count: {}, sd: {} };
  for (const m of RUN_STEP_METRICS) {
    const v = metricValues(steps, m, side);
    if (v.length) {
      out.median[m] = round(median(v));
      out.count[m] = v.length;
    }
    if (v.length >= 2) {
      out.spread[m] = round(quantile(v, 0.75) - quantile(v, 0.25));
      out.sd[m] = round(sampleSd(v));
    }
  }
  return out;
}

/**
 * Left–right asymmetry per metric: `left − right` of the medians and the index
 * `|L − R| / mean(|L|, |R|)` (biomech-notes.md §8.4), where both sides have a value.
 */
export function sideAsymmetry(
  left: MetricSummary,
  right: MetricSummary,
): NonNullable<RunSummary['asymmetry']> {
  const out: NonNullable<RunSummary['asymmetry']> = {};
  for (const m of RUN_STEP_METRICS) {
    const l = left[m];
    const r = right[m];
    if (typeof l !== 'number' || typeof r !== 'number') continue;
    const mean = (Math.abs(l) + Math.abs(r)) / 2;
    out[m] = { diff: round(l - r), index: mean > 1e-9 ? round(Math.abs(l - r) / mean) : null };
  }
  return out;
}
