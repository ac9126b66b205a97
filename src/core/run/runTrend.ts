import type { RunMetric, RunStep } from '../report/report.ts';
import { seededStep, seededValue } from '../signal/seededRandom.ts';
import { median, quantile } from '../signal/median.ts';
import type { Side } from '../track/keypoints.ts';
import { cadenceSpm } from './cadence.ts';
import { metricValues, RUN_STEP_METRICS } from './runSummary.ts';

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
 * the nb positions that land in window B. They depend only on the two sizes and the seed, so every
 * metric of one leg with the same step counts shares them.
 */
export function permutationSplits(na: number, nb: number, seed = 1): Int32Array {
  const n = na + nb;
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const out = new Int32Array(PERMUTATIONS * nb);
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
    out.set(pool.subarray(na, n), k * nb);
  }
  return out;
}

/**
 * The NOISE_QUANTILE of |median(B) − median(A)| over random splits of a ∪ b into |a| and |b| values
 * (`splits` from permutationSplits). The two medians of each split are read from the pool's sorted
 * order: the ranks that fell in B are set bits of a bit set, and the order statistics either side of
 * each window's middle are the k-th set (B) or clear (A) bit, found by counting bits a 32-rank word
 * at a time. Exactly the medians of the two windows (ties included: the k-th marked rank holds the
 * k-th smallest value) in a few integer operations a step, which a 10-minute run (≈ 270 steps a
 * window, 1000 splits, 12 metrics, 2 legs) needs (issue 15).
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
  // The pool's values in order (a typed sort: no comparator call per comparison) and each value's
  // rank in it; tied values take successive ranks. Which of two tied values gets which rank changes
  // no window's values, so no median.
  const sorted = values.slice().sort();
  const rankOf = new Int32Array(n);
  const tiesTaken = new Int32Array(n);
  for (let id = 0; id < n; id++) {
    const v = values[id]!;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    rankOf[id] = lo + tiesTaken[lo]!++;
  }
  const nWords = (n + 31) >>> 5;
  // Ranks n and above do not exist: the last word's clear bits past them are not in A.
  const lastMask = n % 32 === 0 ? -1 : (1 << (n % 32)) - 1;
  // Order statistics either side of the middle of each window, and the interpolation weight,
  // as median() computes them.
  const posA = 0.5 * (na - 1);
  const posB = 0.5 * (nb - 1);
  const [aLo, aHi, bLo, bHi] = [Math.floor(posA), Math.ceil(posA), Math.floor(posB), Math.ceil(posB)];
  const d = new Float64Array(PERMUTATIONS);
  // The B ranks of 4 relabellings are marked in one pass, each relabelling in words of its own:
  // the 4 read-modify-writes of a pass do not wait on one another (one relabelling at a time, each
  // waited on the one before; runTrend of the 10-minute bench track, 26 noise floors: CPU 22.6 →
  // 17.6 ms, fastest of 31 runs, old and new interleaved).
  const words = new Int32Array(4 * nWords);
  for (let k0 = 0; k0 < PERMUTATIONS; k0 += 4) {
    words.fill(0);
    const p0 = k0 * nb;
    for (let p = p0; p < p0 + nb; p++) {
      const r0 = rankOf[splits[p]!]!;
      const r1 = rankOf[splits[p + nb]!]!;
      const r2 = rankOf[splits[p + 2 * nb]!]!;
      const r3 = rankOf[splits[p + 3 * nb]!]!;
      words[r0 >>> 5]! |= 1 << (r0 & 31);
      words[nWords + (r1 >>> 5)]! |= 1 << (r1 & 31);
      words[2 * nWords + (r2 >>> 5)]! |= 1 << (r2 & 31);
      words[3 * nWords + (r3 >>> 5)]! |= 1 << (r3 & 31);
    }
    for (let h = 0; h < 4; h++) {
      const off = h * nWords;
      let ca = 0;
      let cb = 0;
      let vaLo = NaN;
      let vaHi = NaN;
      let vbLo = NaN;
      let vbHi = NaN;
      for (let w = 0; w < nWords && (cb <= bHi || ca <= aHi); w++) {
        const inB = words[off + w]!;
        const inA = ~inB & (w === nWords - 1 ? lastMask : -1);
        const pb = bitCount(inB);
        const pa = bitCount(inA);
        const base = w << 5;
        if (cb <= bLo && bLo < cb + pb) vbLo = sorted[base + nthSetBit(inB, bLo - cb)]!;
        if (cb <= bHi && bHi < cb + pb) vbHi = sorted[base + nthSetBit(inB, bHi - cb)]!;
        if (ca <= aLo && aLo < ca + pa) vaLo = sorted[base + nthSetBit(inA, aLo - ca)]!;
        if (ca <= aHi && aHi < ca + pa) vaHi = sorted[base + nthSetBit(inA, aHi - ca)]!;
        cb += pb;
        ca += pa;
      }
      d[k0 + h] = Math.abs(vbLo + (vbHi - vbLo) * (posB - bLo) - (vaLo + (vaHi - vaLo) * (posA - aLo)));
    }
  }
  return quantile(d, NOISE_QUANTILE);
}

/** Number of set bits of a 32-bit word. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Bit index (0–31) of the k-th (0-based) set bit of a 32-bit word that has more than k set bits. */
function nthSetBit(x: number, k: number): number {
  for (; k > 0; k--) x &= x - 1;
  return 31 - Math.clz32(x & -x);
}

const splitsOf = (memo: Map<string, Int32Array>, na: number, nb: number): Int32Array => {
  const key = `${na},${nb}`;
  let s = memo.get(key);
  if (!s) memo.set(key, (s = permutationSplits(na, nb)));
  return s;
};

const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null);

function sideTrend(
  steps: readonly RunStep[],
  side: Side,
  minSteps: number,
  splitsBySize: Map<string, Int32Array>,
): SideTrend | null {
  const own = steps.filter((s) => s.side === side).sort((x, y) => x.contactT - y.contactT);
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
  // The relabellings depend only on the window sizes: both legs (and every metric) share them.
  const splitsBySize = new Map<string, Int32Array>();
  for (const side of ['left', 'right'] as const) {
    const t = sideTrend(steps, side, minSteps, splitsBySize);
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
