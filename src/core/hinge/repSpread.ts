import type { HingeRepMetrics } from './repMetrics.ts';
import type { RepPhases } from './repPhases.ts';

/** Spread of one per-rep number over the set. */
export interface MetricSpread {
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); null with fewer than 2 reps. */
  sd: number | null;
  min: number | null;
  max: number | null;
  /** Last rep minus first rep (a trend over the set, biomech-notes §5.3 (3)). */
  firstToLast: number | null;
}

export type RepSpread = Record<string, MetricSpread>;

const r = (v: number): number | null => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : null);

export function metricSpread(values: number[]): MetricSpread {
  const v = values.filter(Number.isFinite);
  const n = v.length;
  if (n === 0) return { n, mean: null, sd: null, min: null, max: null, firstToLast: null };
  const mean = v.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : NaN;
  return { n, mean: r(mean), sd: r(sd), min: r(Math.min(...v)), max: r(Math.max(...v)), firstToLast: n > 1 ? r(v[n - 1]! - v[0]!) : null };
}

const SPREAD_METRICS = ['trunkAngleDeg', 'hipFlexionDeg', 'kneeFlexionDeg', 'hipKneeRatio', 'shinAngleDeg', 'hipBackShiftRatio', 'trunkDriftDeg', 'lockoutTrunkDeg'] as const;

/** Rep-to-rep spread of the bottom position, lockout and tempo (rep duration and phases). */
export function repSpread(reps: (HingeRepMetrics & RepPhases)[]): RepSpread {
  const out: RepSpread = {};
  for (const k of SPREAD_METRICS) out[k] = metricSpread(reps.map((x) => (typeof x[k] === 'number' ? (x[k] as number) : NaN)));
  out.repDurationS = metricSpread(reps.map((x) => x.endT - x.startT));
  out.loweringS = metricSpread(reps.map((x) => x.loweringS));
  out.risingS = metricSpread(reps.map((x) => x.risingS));
  return out;
}
