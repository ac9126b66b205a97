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
  return {
    n,
    mean: r(mean),
    sd: r(sd),
    min: r(Math.min(...v)),
    max: r(Math.max(...v)),
    firstToLast: n > 1 ? r(v[n - 1]! - v[0]!) : null,
  };
}

const SPREAD_METRICS = [
  'trunkAngleDeg',
  'hipFlexionDeg',
  'kneeFlexionDeg',
  'hipKneeRatio',
  'shinAngleDeg',
  'hipBackShiftRatio',
  'trunkDriftDeg',
  'lockoutTrunkDeg',
] as const;

/** Times and the detection confidence of a rep: not metrics. */
const NOT_METRICS = new Set(['startT', 'bottomT', 'endT', 'confidence']);
const numberOf = (v: unknown): number => (typeof v === 'number' ? v : NaN);

/** Rep-to-rep spread of the bottom position, lockout and tempo (rep duration and phases). */
export function repSpread(reps: (HingeRepMetrics & RepPhases)[]): RepSpread {
  const out: RepSpread = {};
  for (const k of SPREAD_METRICS)
    out[k] = metricSpread(reps.map((x) => (typeof x[k] === 'number' ? (x[k] as number) : NaN)));
  out.repDurationS = metricSpread(reps.map((x) => x.endT - x.startT));
  out.loweringS = metricSpread(reps.map((x) => x.loweringS));
  out.risingS = metricSpread(reps.map((x) => x.risingS));
  // Issue 18: every other per-rep number too (lockout, tempo phases, wrist, bar…), so the compare's
  // "is this change real?" has each hinge metric's SD and n, as the run has summary.sd.
  for (const rep of reps)
    for (const [k, v] of Object.entries(rep))
      if (typeof v === 'number' && !(k in out) && !NOT_METRICS.has(k))
        out[k] = metricSpread(reps.map((x) => numberOf((x as unknown as Record<string, unknown>)[k])));
  return out;
}
