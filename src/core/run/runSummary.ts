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

/** Median per metric for one side (null where no step has a value). */
export function sideMedians(steps: readonly RunStep[], side: Side): MetricSummary {
  const out: MetricSummary = {};
  for (const m of RUN_STEP_METRICS) {
    const v = metricValues(steps, m, side);
    if (v.length) out[m] = round(median(v));
  }
  return out;
}

/** Step-to-step sample standard deviation per metric for one side (what compare's noise floor uses). */
export function sideSd(steps: readonly RunStep[], side: Side): MetricSummary {
  const out: MetricSummary = {};
  for (const m of RUN_STEP_METRICS) {
    const v = metricValues(steps, m, side);
    if (v.length >= 2) out[m] = round(sampleSd(v));
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
 * How many steps each summary number rests on, per metric for one side (a metric can be missing on
 * some steps, e.g. no toe-off at the clip's end), so the median and the spread say their weight.
 */
export function sideCounts(steps: readonly RunStep[], side: Side): NonNullable<RunSummary['count']>['left'] {
  const out: NonNullable<RunSummary['count']>['left'] = {};
  for (const m of RUN_STEP_METRICS) {
    const n = metricValues(steps, m, side).length;
    if (n) out[m] = n;
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
