import type { HingeRep, HingeRepMetricKey, MetricSpread, RepSpread } from '../report/report.ts';
import { isOwnKey } from '../report/ownKey.ts';

export type { MetricSpread, RepSpread };

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

/** The names of the rep's own numbers other than its times, in the rep's field order. */
const metricKeysOf = (rep: HingeRep): HingeRepMetricKey[] =>
  Object.keys(rep).filter(
    (k): k is HingeRepMetricKey => isOwnKey(rep, k) && typeof rep[k] === 'number' && !NOT_METRICS.has(k),
  );

/** Rep-to-rep spread of the bottom position, lockout and tempo (rep duration and phases). */
export function repSpread(reps: readonly HingeRep[]): RepSpread {
  const out: RepSpread = {};
  for (const k of SPREAD_METRICS) out[k] = metricSpread(reps.map((x) => x[k] ?? NaN));
  out.repDurationS = metricSpread(reps.map((x) => x.endT - x.startT));
  out.loweringS = metricSpread(reps.map((x) => x.loweringS));
  out.risingS = metricSpread(reps.map((x) => x.risingS));
  // Issue 18: every other per-rep number too (lockout, tempo phases, wrist, bar…), so the compare's
  // "is this change real?" has each hinge metric's SD and n, as the run has summary.sd.
  for (const rep of reps)
    for (const k of metricKeysOf(rep)) if (!(k in out)) out[k] = metricSpread(reps.map((x) => x[k] ?? NaN));
  return out;
}
