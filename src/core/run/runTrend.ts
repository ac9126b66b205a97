import type { RunMetric, RunStep } from '../report/report.ts';
import { seededStep, seededValue } from '../signal/seededRandom.ts';
import { median, quantile } from '../signal/median.ts';
import type { Side } from '../track/keypoints.ts';
import { cadenceSpm } from './cadence.ts';
import { metricValues, RUN_STEP_METRICS } from './runSummary.ts';
import { byContactT } from './byContactT.ts';

/**
 * Steps per side in each compared window. Dingenen et al. 2018 (biomech-notes.md caveat 3): a stable
 * mean of a 2D running variable needs ≥ 7 steps per side; a median of fewer is mostly noise.
 */
export const TREND_MIN_STEPS = 7;
/** Random relabellings of the two windows' steps for the noise floor (permutationNoiseFloor: a multiple of 4). */
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
  metrics: Partial<Record<RunMetric, MetricTrend>>;
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

/**
 * The random relabellings of a pool of na + nb steps: PERMUTATIONS successive Fisher–Yates shuffles
 * of the positions 0…n−1 (the pool keeps its order from one shuffle to the next), and of each shuffle
 * the set of positions that land in window B, as a bit set: relabelling k's words are
 * [k·w, k·w + w) with w = ⌈n/32⌉, position p at bit p % 32 of word ⌊p/32⌋. They depend only on the
 * two sizes and the seed, so every metric of one leg with the same step counts shares them.
 */
export function permutationSplits(na: number, nb: number, seed = 1): Int32Array {
  const n = na + nb;
  const nWords = (n + 31) >>> 5;
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const out = new Int32Array(PERMUTATIONS * nWords);
  // seededRandom(seed)'s numbers, its state in a local (a 10-minute run draws ~2 million).
  let a = seed | 0;
  for (let k = 0; k < PERMUTATIONS; k++) {
    for (let i = n - 1; i > 0; i--) {
      a = seededStep(a);
      const j = Math.floor(seededValue(a) * (i + 1));
      const t = pool[i]!;
      pool[i] = pool[j]!;
      pool[j] = t;
    }
    const off = k * nWords;
    for (let q = na; q < n; q++) {
      const p = pool[q]!;
      out[off + (p >>> 5)]! |= 1 << (p & 31);
    }
  }
  return out;
}

/**
 * The NOISE_QUANTILE of |median(B) − median(A)| over random splits of a ∪ b into |a| and |b| values
 * (`splits` from permutationSplits: B's positions as bit sets). The two medians of each split are
 * read from the pool's sorted order without visiting B's values one by one: how many of B's values
 * rank below the pool's middle rank M is a count of set bits of (B's bit set AND the positions
 * that rank below M), a 32-position word at a time; the order statistics either side of each
 * window's middle then lie a few ranks from M (a window of half the pool has its median within a
 * few ranks of the pool's), found by stepping down from M − 1 and up from M, each rank's position
 * looked up in B's bit set. Exactly the medians of the two windows (ties included: the k-th rank of
 * B holds the k-th smallest value of B), in ~20 word operations and ~20 steps per split instead of
 * one step per value of B (a 10-minute run: ≈ 270 steps a window, 1000 splits, 12 metrics, 2 legs;
 * issue 15).
 */
export function permutationNoiseFloor(
  a: readonly number[],
  b: readonly number[],
  splits = permutationSplits(a.length, b.length),
): number {
  const na = a.length;
  const nb = b.length;
  const n = na + nb;
  const values = new Float64Array(n);
  for (let i = 0; i < na; i++) values[i] = a[i]!;
  for (let i = 0; i < nb; i++) values[na + i] = b[i]!;
  // The pool's values in order (a typed sort: no comparator call per comparison), each value's rank
  // in it and the position holding each rank; tied values take successive ranks. Which of two tied
  // values gets which rank changes no window's values, so no median.
  const sorted = values.slice().sort();
  const idOfRank = new Int32Array(n);
  const tiesTaken = new Int32Array(n);
  const nWords = (n + 31) >>> 5;
  // Positions whose rank is below the middle rank M.
  const mid = n >>> 1;
  const below = new Int32Array(nWords);
  for (let id = 0; id < n; id++) {
    const v = values[id]!;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const m = (lo + hi) >>> 1;
      if (sorted[m]! < v) lo = m + 1;
      else hi = m;
    }
    const rank = lo + tiesTaken[lo]!++;
    idOfRank[rank] = id;
    if (rank < mid) below[id >>> 5]! |= 1 << (id & 31);
  }
  // Order statistics either side of the middle of each window, and the interpolation weight,
  // as median() computes them.
  const posA = 0.5 * (na - 1);
  const posB = 0.5 * (nb - 1);
  const [aLo, aHi, bLo, bHi] = [Math.floor(posA), Math.ceil(posA), Math.floor(posB), Math.ceil(posB)];
  const d = new Float64Array(PERMUTATIONS);
  for (let k = 0; k < PERMUTATIONS; k++) {
    const off = k * nWords;
    // B's values ranked below M; the rest of the ranks below M are A's.
    let cb = 0;
    for (let w = 0; w < nWords; w++) cb += bitCount(splits[off + w]! & below[w]!);
    let vaLo = NaN;
    let vaHi = NaN;
    let vbLo = NaN;
    let vbHi = NaN;
    // Down from M − 1: a value of B met here is B's (count below it)-th smallest, 0-based; on while
    // an order statistic wanted lies lower. Whether a rank is B's is a coin toss no branch
    // predictor learns, so it only moves the counts: `kb` is this rank's index in B, −1 when the
    // rank is A's (`ka` the other way round), and the comparisons with the wanted indices are
    // almost always false (runTrend, 22 noise floors of the 10-minute bench track: 7.4 → 6.0 ms
    // against an `if` on the bit).
    let ib = cb;
    let ia = mid - cb;
    for (let r = mid - 1; r >= 0 && (ib > bLo || ia > aLo); r--) {
      const id = idOfRank[r]!;
      const inB = (splits[off + (id >>> 5)]! >>> (id & 31)) & 1;
      ib -= inB;
      ia -= inB ^ 1;
      const kb = (ib & -inB) | (inB - 1);
      const ka = (ia & (inB - 1)) | -inB;
      if (kb === bLo) vbLo = sorted[r]!;
      if (kb === bHi) vbHi = sorted[r]!;
      if (ka === aLo) vaLo = sorted[r]!;
      if (ka === aHi) vaHi = sorted[r]!;
    }
    // Up from M, on while an order statistic wanted lies higher.
    ib = cb;
    ia = mid - cb;
    for (let r = mid; r < n && (ib <= bHi || ia <= aHi); r++) {
      const id = idOfRank[r]!;
      const inB = (splits[off + (id >>> 5)]! >>> (id & 31)) & 1;
      const kb = (ib & -inB) | (inB - 1);
      const ka = (ia & (inB - 1)) | -inB;
      if (kb === bLo) vbLo = sorted[r]!;
      if (kb === bHi) vbHi = sorted[r]!;
      if (ka === aLo) vaLo = sorted[r]!;
      if (ka === aHi) vaHi = sorted[r]!;
      ib += inB;
      ia += inB ^ 1;
    }
    d[k] = Math.abs(vbLo + (vbHi - vbLo) * (posB - bLo) - (vaLo + (vaHi - vaLo) * (posA - aLo)));
  }
  return quantile(d, NOISE_QUANTILE);
}

/** Number of set bits of a 32-bit word. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

const splitsOf = (memo: Map<string, Int32Array>, na: number, nb: number): Int32Array => {
  const key = `${na},${nb}`;
  let s = memo.get(key);
  if (!s) memo.set(key, (s = permutationSplits(na, nb)));
  return s;
};

const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null);

/** The steps' contact times (a loop: no per-call arrow to recompile, see byContactT.ts). */
function contactTimes(steps: readonly RunStep[]): number[] {
  const out: number[] = [];
  for (const s of steps) out.push(s.contactT);
  return out;
}

function sideTrend(
  steps: readonly RunStep[],
  side: Side,
  minSteps: number,
  splitsBySize: Map<string, Int32Array>,
): SideTrend | null {
  const own: RunStep[] = [];
  for (const s of steps) if (s.side === side) own.push(s);
  own.sort(byContactT);
  const k = Math.floor(own.length / 3);
  if (k < minSteps) return null;
  const first = own.slice(0, k);
  const last = own.slice(own.length - k);
  const metrics: Partial<Record<RunMetric, MetricTrend>> = {};
  for (const m of RUN_STEP_METRICS) {
    const a = metricValues(first, m, side);
    const b = metricValues(last, m, side);
    if (a.length < minSteps || b.length < minSteps) continue;
    const fa = median(a);
    const fb = median(b);
    metrics[m] = {
      first: round(fa),
      last: round(fb),
      change: round(fb - fa),
      noiseFloor: round(permutationNoiseFloor(a, b, splitsOf(splitsBySize, a.length, b.length))),
    };
  }
  return {
    side,
    firstS: [first[0]!.contactT, first[k - 1]!.contactT],
    lastS: [last[0]!.contactT, last[k - 1]!.contactT],
    nFirst: k,
    nLast: k,
    firstT: contactTimes(first),
    lastT: contactTimes(last),
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
  // The relabellings depend only on the window sizes: both legs (and every metric) share them.
  const splitsBySize = new Map<string, Int32Array>();
  for (const side of ['left', 'right'] as const) {
    const t = sideTrend(steps, side, minSteps, splitsBySize);
    if (t) sides[side] = t;
  }
  if (!sides.left && !sides.right) return null;
  const all = [...steps].sort(byContactT);
  const k = Math.floor(all.length / 3);
  const dt = (w: RunStep[]) => {
    const out: number[] = [];
    for (let i = 1; i < w.length; i++) out.push(w[i]!.contactT - w[i - 1]!.contactT);
    return out;
  };
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
