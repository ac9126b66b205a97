import { hypot2 } from '../geometry/hypot2.ts';
import { conditionTrack } from '../signal/conditionTrack.ts';
import { median, quantile } from '../signal/median.ts';
import { KP } from '../track/keypoints.ts';
import type { Track } from '../track/track.ts';

/** The rhythm of a gait read from the keypoints alone, in the track's own (file) clock. */
export interface GaitPeriodicity {
  /** Stride period (one left + one right step), s in the track's clock; NaN when no rhythm. */
  strideS: number;
  /** Steps per minute in the track's clock (120 / strideS); NaN when no rhythm. */
  cadenceSpm: number;
  /** Autocorrelation of the feet spread at the step lag, 0..1: how clearly periodic the gait is. */
  strength: number;
  /**
   * Correlation of pelvis height with how far apart the feet are, over the stride cycle (-1..1).
   * Running: the pelvis is lowest at midstance (feet together) and highest in flight (feet
   * spread): positive. Walking vaults over a stiff leg: the pelvis is highest at midstance and
   * lowest in double support (feet spread): negative. NaN when it cannot be measured.
   */
  hipSpreadCorr: number;
  /** Number of whole strides the clip holds at that period. */
  strides: number;
  /**
   * Amplitude of the pelvis's vertical oscillation at the step frequency, over the leg length
   * (least-squares sinusoid with a linear trend, so a tilting or tracking camera does not count).
   * NaN when it cannot be measured.
   */
  hipAmplitudeRatio: number;
}

/** Shortest step looked for, s: 0.2 s is 300 steps/min, a sprinter's cadence. */
const MIN_STEP_S = 0.2;
/** A lag counts as the stride when its autocorrelation is at least this share of the best one [H]. */
const FIRST_PEAK_SHARE = 0.8;
/** A peak at half the chosen lag with at least this share of its autocorrelation is the step [H]. */
const HALF_PEAK_SHARE = 0.4;
/**
 * Longest step looked for, s in the track's clock: a 120 steps/min walk filmed at ×10 (0.5 s → 5 s)
 * with room to spare. Bounds the autocorrelation's cost on long clips.
 */
const MAX_STEP_S = 8;
/** At most this many frames (the middle of a longer clip) are read: a rhythm, not a measurement. */
const MAX_FRAMES = 6000;
/** Below this autocorrelation the feet move, but not in a rhythm [H]. */
const MIN_STRENGTH = 0.3;

const LEG_KEYPOINTS = [KP.left_hip, KP.right_hip, KP.left_knee, KP.right_knee, KP.left_ankle, KP.right_ankle];

const NONE: GaitPeriodicity = {
  strideS: NaN,
  cadenceSpm: NaN,
  strength: 0,
  hipSpreadCorr: NaN,
  strides: 0,
  hipAmplitudeRatio: NaN,
};

/**
 * The step period of a gait, without finding any foot contact: the autocorrelation of the feet
 * spread, |ankle-to-ankle offset| over the leg length (body-relative, so a panning or tracking camera and a
 * runner crossing the frame read the same as a treadmill) peaks at one step. The offset swings
 * by ~1.5 L horizontally in a side view and ~0.2–0.3 L vertically from behind; the axis with the
 * larger range is used. Works in any clock: a slow-motion file gives its period in file time, and
 * the caller decides which factor makes it real-time running.
 *
 * Also the phase of the pelvis height against the feet spread (`hipSpreadCorr`), which tells
 * running (pelvis lowest at midstance) from walking (highest at midstance) without contacts.
 */
export function gaitPeriodicity(whole: Track, minScore = 0.3): GaitPeriodicity {
  if (whole.frames.length < 10) return NONE;
  const from = Math.max(0, Math.floor((whole.frames.length - MAX_FRAMES) / 2));
  const track = from > 0 ? { ...whole, frames: whole.frames.slice(from, from + MAX_FRAMES) } : whole;
  // Only the legs are read: the other keypoints are not conditioned.
  const c = conditionTrack(track, {
    activity: 'run',
    minScore,
    maxGapS: 4 / Math.max(1, track.fps),
    keypoints: LEG_KEYPOINTS,
    keepRaw: false,
  });
  const n = c.t.length;
  const fs = c.fsHz;
  const leg = new Float64Array(n).fill(NaN);
  const fx = new Float64Array(n);
  const fy = new Float64Array(n);
  const hip = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    fx[i] = c.x[KP.left_ankle]![i]! - c.x[KP.right_ankle]![i]!;
    fy[i] = c.y[KP.left_ankle]![i]! - c.y[KP.right_ankle]![i]!;
    hip[i] = -(c.y[KP.left_hip]![i]! + c.y[KP.right_hip]![i]!) / 2;
    const lenL = legLengthAt(c.x, c.y, KP.left_hip, KP.left_knee, KP.left_ankle, i);
    const lenR = legLengthAt(c.x, c.y, KP.right_hip, KP.right_knee, KP.right_ankle, i);
    const okL = Number.isFinite(lenL);
    const okR = Number.isFinite(lenR);
    leg[i] = okL && okR ? Math.max(lenL, lenR) : okL ? lenL : okR ? lenR : NaN;
  }
  const L = median(leg);
  if (!(L > 0)) return NONE;
  const range = (v: Float64Array) => quantile(v, 0.95) - quantile(v, 0.05);
  const sideways = range(fx) >= range(fy);
  const feet = sideways ? fx : fy;
  // The spread |offset| peaks once per step whichever leg is ahead, so a left/right label swap of
  // the pose model does not break the rhythm.
  const spread = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    feet[i]! /= L;
    spread[i] = Math.abs(feet[i]!);
    hip[i]! /= L;
  }
  const minLag = Math.max(2, Math.round(MIN_STEP_S * fs));
  const maxLag = Math.min(Math.floor(n / 2), Math.round(MAX_STEP_S * fs) + 1);
  if (maxLag <= minLag + 2) return NONE;
  const ac = autocorrelation(spread, maxLag + 1);
  const peaks: number[] = [];
  for (let k = minLag; k < maxLag; k++)
    if (ac[k]! > ac[k - 1]! && ac[k]! >= ac[k + 1]! && ac[k]! > 0) peaks.push(k);
  if (peaks.length === 0) return NONE;
  const best = Math.max(...peaks.map((k) => ac[k]!));
  if (best < MIN_STRENGTH) return NONE;
  // The first lag that nearly matches the best one is the step (later ones are its multiples).
  let k = peaks.find((p) => ac[p]! >= FIRST_PEAK_SHARE * best)!;
  // Left and right steps that look unlike each other (a far leg half hidden, a limp) make the
  // stride repeat more clearly than the step: a clear peak at half the lag is the step.
  const half = peaks.find((p) => p >= 0.4 * k && p <= 0.6 * k && ac[p]! >= HALF_PEAK_SHARE * ac[k]!);
  if (half !== undefined) k = half;
  const [a, b, cc] = [ac[k - 1]!, ac[k]!, ac[k + 1]!];
  const den = a - 2 * b + cc;
  const lag = k + (den < 0 ? Math.max(-0.5, Math.min(0.5, (0.5 * (a - cc)) / den)) : 0);
  const strideS = (2 * lag) / fs;
  // The phase test reads a side view: from behind, the feet spread vertically at mid-swing.
  const hipSpreadCorr = sideways ? phaseCorr(hip, spread, 2 * lag) : NaN;
  const durationS = n / fs;
  return {
    strideS,
    cadenceSpm: 120 / strideS,
    strength: Math.round(b * 1000) / 1000,
    hipSpreadCorr: Math.round(hipSpreadCorr * 1000) / 1000,
    strides: Math.floor(durationS / strideS),
    hipAmplitudeRatio: Math.round(sinusoidAmplitude(c.t, hip, 2 / strideS) * 1e5) / 1e5,
  };
}

/** Hip–knee plus knee–ankle length at sample i, px (module level: this runs for every sample). */
function legLengthAt(
  x: Float64Array[],
  y: Float64Array[],
  h: number,
  k: number,
  a: number,
  i: number,
): number {
  return (
    hypot2(x[h]![i]! - x[k]![i]!, y[h]![i]! - y[k]![i]!) +
    hypot2(x[k]![i]! - x[a]![i]!, y[k]![i]! - y[a]![i]!)
  );
}

/** Amplitude of the least-squares fit a + b·t + c·cos(2πft) + d·sin(2πft) to the finite samples. */
function sinusoidAmplitude(t: Float64Array, y: Float64Array, fHz: number): number {
  const A = Array.from({ length: 4 }, () => new Float64Array(4));
  const r = new Float64Array(4);
  let m = 0;
  for (let i = 0; i < y.length; i++) {
    if (!Number.isFinite(y[i]!)) continue;
    const w = 2 * Math.PI * fHz * t[i]!;
    const x = [1, t[i]! - t[0]!, Math.cos(w), Math.sin(w)];
    for (let a = 0; a < 4; a++) {
      r[a]! += x[a]! * y[i]!;
      for (let b = 0; b < 4; b++) A[a]![b]! += x[a]! * x[b]!;
    }
    m++;
  }
  if (m < 10) return NaN;
  // Gaussian elimination on the 4×4 normal equations.
  for (let i = 0; i < 4; i++) {
    if (Math.abs(A[i]![i]!) < 1e-12) return NaN;
    for (let j = i + 1; j < 4; j++) {
      const f = A[j]![i]! / A[i]![i]!;
      for (let k = i; k < 4; k++) A[j]![k]! -= f * A[i]![k]!;
      r[j]! -= f * r[i]!;
    }
  }
  const sol = new Float64Array(4);
  for (let i = 3; i >= 0; i--) {
    let v = r[i]!;
    for (let k = i + 1; k < 4; k++) v -= A[i]![k]! * sol[k]!;
    sol[i] = v / A[i]![i]!;
  }
  return hypot2(sol[2]!, sol[3]!);
}

/**
 * Normalised autocorrelation of a series with NaN gaps, lags 0..maxLag-1 (pairs with a NaN are
 * skipped). A lag with fewer valid pairs than the lag itself (less than two periods of data) is 0:
 * a handful of pairs correlates by chance.
 */
function autocorrelation(x: Float64Array, maxLag: number): Float64Array {
  let s = 0;
  let m = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isFinite(v)) continue;
    s += v;
    m++;
  }
  const mean = m ? s / m : 0;
  const d = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) d[i] = x[i]! - mean;
  const out = new Float64Array(maxLag);
  // Without a missing sample every pair counts: the same sums without the checks.
  let allFinite = true;
  for (let i = 0; i < d.length && allFinite; i++) allFinite = Number.isFinite(d[i]!);
  if (allFinite) {
    const n = d.length;
    // Σ p² over the first m samples, summed from the first as each lag sums it: lag k's is
    // head[n − k], the same number.
    const head = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) head[i + 1] = head[i]! + d[i]! * d[i]!;
    // Two lags per pass over the samples (each sum still adds its terms in the same order), so the
    // sums' dependent additions interleave: the pass costs about what one lag's costs.
    for (let k = 0; k < maxLag; k += 2) {
      const two = k + 1 < maxLag;
      let num = 0;
      let eb = 0;
      let num1 = 0;
      let eb1 = 0;
      const end1 = two ? Math.max(0, n - k - 1) : 0;
      for (let i = 0; i < end1; i++) {
        const p = d[i]!;
        const q = d[i + k]!;
        const q1 = d[i + k + 1]!;
        num += p * q;
        eb += q * q;
        num1 += p * q1;
        eb1 += q1 * q1;
      }
      for (let i = end1; i + k < n; i++) {
        const p = d[i]!;
        const q = d[i + k]!;
        num += p * q;
        eb += q * q;
      }
      out[k] = lagCorr(num, head[Math.max(0, n - k)]!, eb, Math.max(0, n - k), k);
      if (two) out[k + 1] = lagCorr(num1, head[Math.max(0, n - k - 1)]!, eb1, Math.max(0, n - k - 1), k + 1);
    }
  }
  for (let k = 0; !allFinite && k < maxLag; k++) {
    let num = 0;
    let ea = 0;
    let eb = 0;
    let pairs = 0;
    for (let i = 0; i + k < d.length; i++) {
      const p = d[i]!;
      const q = d[i + k]!;
      if (!Number.isFinite(p) || !Number.isFinite(q)) continue;
      num += p * q;
      ea += p * p;
      eb += q * q;
      pairs++;
    }
    out[k] = lagCorr(num, ea, eb, pairs, k);
  }
  return out;
}

/** One lag's correlation from its sums; 0 with too few pairs or a flat side. */
function lagCorr(num: number, ea: number, eb: number, pairs: number, k: number): number {
  return pairs >= Math.max(10, k) && ea > 0 && eb > 0 ? num / Math.sqrt(ea * eb) : 0;
}

/**
 * Pearson correlation of the pelvis height with the feet spread |offset|, both with their moving
 * average over one stride removed (a camera that pans, tilts or zooms changes them slowly).
 */
function phaseCorr(hip: Float64Array, spread: Float64Array, strideSamples: number): number {
  const w = Math.max(1, Math.round(strideSamples));
  const half = Math.floor(w / 2);
  const detrend = (v: Float64Array) => {
    // Running sums of the finite values and of their count: the window mean in O(1) per sample.
    const sum = new Float64Array(v.length + 1);
    const cnt = new Float64Array(v.length + 1);
    for (let i = 0; i < v.length; i++) {
      const ok = Number.isFinite(v[i]!);
      sum[i + 1] = sum[i]! + (ok ? v[i]! : 0);
      cnt[i + 1] = cnt[i]! + (ok ? 1 : 0);
    }
    const out = new Float64Array(v.length).fill(NaN);
    for (let i = half; i + half < v.length; i++) {
      const m = cnt[i + half + 1]! - cnt[i - half]!;
      if (m > 0.8 * (2 * half + 1) && Number.isFinite(v[i]!))
        out[i] = v[i]! - (sum[i + half + 1]! - sum[i - half]!) / m;
    }
    return out;
  };
  const h = detrend(hip);
  const f = detrend(spread);
  let sh = 0,
    sf = 0,
    shh = 0,
    sff = 0,
    shf = 0,
    m = 0;
  for (let i = 0; i < h.length; i++) {
    const a = h[i]!;
    const b = f[i]!;
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    sh += a;
    sf += b;
    shh += a * a;
    sff += b * b;
    shf += a * b;
    m++;
  }
  if (m < 10) return NaN;
  const cov = shf / m - (sh / m) * (sf / m);
  const vh = shh / m - (sh / m) ** 2;
  const vf = sff / m - (sf / m) ** 2;
  return vh > 0 && vf > 0 ? cov / Math.sqrt(vh * vf) : NaN;
}
