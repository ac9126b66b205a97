import type { RunStep } from '../report/report.ts';
import { seededRandom } from '../signal/seededRandom.ts';
import { median, quantile, quantileInPlace } from '../signal/median.ts';
import type { Side } from '../track/keypoints.ts';
import { cadenceSpm } from './cadence.ts';
import { metricValues, RUN_STEP_METRICS } from './runSummary.ts';

/**
 * Steps per side in each compared window. Dingenen et al. 2018 (biomech-notes.md caveat 3): a stable
 * mean of a 2D running variable needs ≥ 7 steps per side; a median of fewer is mostly noise.
 */
export const TREND_MIN_STEPS = 7;
/** Random relabellings of the two windows' steps for the noise floor. */
const PERMUTATIONS = 1000;
/**
 * Share of relabelled changes the real change must exceed: 95 % with a Bonferroni correction for
 * the ~10 (metric, leg) changes one clip tests at once (1 − 0.05/10), so a steady clip is silent
 * on all of them together, not on each one 95 % of the time. With 0.95 instead, male_side.mp4
 * (steady, 5 steps per leg-window) showed a "breakdown" of the far leg's hip drop.
 */
const NOISE_QUANTILE = 0.995;

export interface MetricTrend {
  first: number | null;
  last: number | null;
  /** last − first of the window medians. */
  change: number | null;
  /**
   * What step-to-step variability alone produces: the 99.5th percentile of |median(B) − median(A)|
   * when the two windows' steps are shuffled between them (a permutation test; a steady run is
   * exchangeable in time). A change is real only beyond it.
   */
  noiseFloor: number | null;
}

export interface SideTrend {
  side: Side;
  /** Time windows (contact times, seconds) of the first and last third of this leg's steps. */
  firstS: [number, number];
  lastS: [number, number];
  nFirst: number;
  nLast: number;
  /** Contact times of the steps in each window (evidence is spread over them). */
  firstT: number[];
  lastT: number[];
  metrics: Record<string, MetricTrend>;
}

export interface RunTrend {
  /** Steps per side per window required before a trend is computed. */
  minStepsPerWindow: number;
  /** Per leg (the legs are never pooled: a side view's near and far leg differ systematically). */
  sides: Partial<Record<Side, SideTrend>>;
  cadenceFirstSpm: number | null;
  cadenceLastSpm: number | null;
  /** Median step time (IC to next IC, both feet) last third − first third, s, and its noise floor. */
  stepTimeChangeS: number | null;
  stepTimeNoiseFloorS: number | null;
}

/** The NOISE_QUANTILE of |median(B) − median(A)| over random splits of a ∪ b into |a| and |b| values. */
export function permutationNoiseFloor(a: readonly number[], b: readonly number[], seed = 1): number {
  const pool = Float64Array.from([...a, ...b]);
  const na = a.length;
  const nb = b.length;
  const scratch = new Float64Array(Math.max(na, nb));
  const r = seededRandom(seed);
  const d = new Float64Array(PERMUTATIONS);
  for (let k = 0; k < PERMUTATIONS; k++) {
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      const t = pool[i]!;
      pool[i] = pool[j]!;
      pool[j] = t;
    }
    // The medians of the two relabelled windows (a's size first, b's after), on a scratch copy so
    // that the pool keeps its order for the next shuffle.
    scratch.set(pool.subarray(na));
    const mb = quantileInPlace(scratch, nb, 0.5);
    scratch.set(pool.subarray(0, na));
    const ma = quantileInPlace(scratch, na, 0.5);
    d[k] = Math.abs(mb - ma);
  }
  return quantile(d, NOISE_QUANTILE);
}

const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null);

function sideTrend(steps: readonly RunStep[], side: Side, minSteps: number): SideTrend | null {
  const own = steps.filter((s) => s.side === side).sort((x, y) => x.contactT - y.contactT);
  const k = Math.floor(own.length / 3);
  if (k < minSteps) return null;
  const first = own.slice(0, k);
  const last = own.slice(own.length - k);
  const metrics: Record<string, MetricTrend> = {};
  for (const m of RUN_STEP_METRICS) {
    const a = metricValues(first, m, side);
    const b = metricValues(last, m, side);
    if (a.length < minSteps || b.length < minSteps) continue;
    const fa = median(a);
    const fb = median(b);
    metrics[m] = { first: round(fa), last: round(fb), change: round(fb - fa), noiseFloor: round(permutationNoiseFloor(a, b)) };
  }
  return {
    side,
    firstS: [first[0]!.contactT, first[k - 1]!.contactT],
    lastS: [last[0]!.contactT, last[k - 1]!.contactT],
    nFirst: k,
    nLast: k,
    firstT: first.map((s) => s.contactT),
    lastT: last.map((s) => s.contactT),
    metrics,
  };
}

/**
 * First-third vs last-third comparison of each leg's steps, for late-run breakdown. A leg gets a
 * trend only with at least `minSteps` steps in each third (so ≥ 3·minSteps steps of that leg); each
 * metric's change comes with the noise floor that step-to-step variability explains. Null when
 * neither leg has enough steps.
 */
export function runTrend(steps: readonly RunStep[], minSteps = TREND_MIN_STEPS): RunTrend | null {
  const sides: Partial<Record<Side, SideTrend>> = {};
  for (const side of ['left', 'right'] as const) {
    const t = sideTrend(steps, side, minSteps);
    if (t) sides[side] = t;
  }
  if (!sides.left && !sides.right) return null;
  const all = [...steps].sort((x, y) => x.contactT - y.contactT);
  const k = Math.floor(all.length / 3);
  const dt = (w: RunStep[]) => w.slice(1).map((s, i) => s.contactT - w[i]!.contactT);
  const a = dt(all.slice(0, k));
  const b = dt(all.slice(all.length - k));
  const ok = a.length >= minSteps && b.length >= minSteps;
  return {
    minStepsPerWindow: minSteps,
    sides,
    cadenceFirstSpm: cadenceSpm(all.slice(0, k)),
    cadenceLastSpm: cadenceSpm(all.slice(all.length - k)),
    stepTimeChangeS: ok ? round(median(b) - median(a)) : null,
    stepTimeNoiseFloorS: ok ? round(permutationNoiseFloor(a, b)) : null,
  };
}
