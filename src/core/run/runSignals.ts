import { hypot2 } from '../geometry/hypot2.ts';
import { vectorAngleDeg } from '../geometry/angles.ts';
import type { ConditionedTrack } from '../signal/conditionTrack.ts';
import { quantileInPlace } from '../signal/median.ts';
import { sampleAt } from '../signal/resampleUniform.ts';
import { sideKeypoint, type Side } from '../track/keypoints.ts';

/** One leg's filtered series on the analysis grid (source px, image y down). */
export interface LegSeries {
  hipX: Float64Array;
  hipY: Float64Array;
  kneeX: Float64Array;
  kneeY: Float64Array;
  ankleX: Float64Array;
  ankleY: Float64Array;
  /** Knee flexion, 180° − θ(hip, knee, ankle), degrees. */
  kneeFlexDeg: Float64Array;
  /** `L` of metrics.md: median over the clip of |hip−knee| + |knee−ankle|, px (NaN if never seen). */
  legLengthPx: number;
  /** Mean model score of the leg's hip, knee and ankle per sample. */
  score: Float64Array;
}

/** Derived running signals shared by event detection and per-step metrics. */
export interface RunSignals {
  t0: number;
  fsHz: number;
  n: number;
  d: 1 | -1;
  hipMidX: Float64Array;
  hipMidY: Float64Array;
  shoulderMidX: Float64Array;
  shoulderMidY: Float64Array;
  leg: Record<Side, LegSeries>;
}

/**
 * Low-pass cut-off, as a multiple of the step frequency, below which a running clip's keypoints
 * are not filtered [H]: the default cut-offs (6 Hz at 30 fps, 10 Hz at ≥ 60 fps) were set for
 * jogging (≤ 3.2 steps/s on the Hamner fixtures, ≥ 1.9× the step rate) and flatten a sprinter's
 * stance, 0.12 s long at 4.3 steps/s (Dorn 9.4 m/s at 30 fps: peak stance knee flexion 5.7° low at
 * 6 Hz, 2.6° at 8 Hz, with the ground-truth events). Checked by scripts/generalization.ts.
 */
export const CUTOFF_STEP_MULTIPLE = 2;

/** The running cut-off: the default, raised to CUTOFF_STEP_MULTIPLE × step rate, below 0.4 fs. */
export function runCutoffHz(
  defaultHz: number,
  fsHz: number,
  stepS: number,
  multiple = CUTOFF_STEP_MULTIPLE,
): number {
  if (!(stepS > 0)) return defaultHz;
  return Math.min(0.4 * fsHz, Math.max(defaultHz, multiple / stepS));
}

function mid(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i]! + b[i]!) / 2;
  return out;
}

/**
 * One leg's series from a conditioned track. Module level, not a closure made per call: a closure
 * made anew on every analysis had its optimized code compiled anew too (V8 --trace-opt: its long
 * loop compiled on every run of the bench).
 */
function legOf(c: ConditionedTrack, side: Side): LegSeries {
  const n = c.t.length;
  const [h, k, a] = [sideKeypoint(side, 'hip'), sideKeypoint(side, 'knee'), sideKeypoint(side, 'ankle')];
  const kneeFlexDeg = new Float64Array(n);
  const len = new Float64Array(n);
  let nLen = 0;
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const hx = c.x[h]![i]!,
      hy = c.y[h]![i]!,
      kx = c.x[k]![i]!,
      ky = c.y[k]![i]!,
      ax = c.x[a]![i]!,
      ay = c.y[a]![i]!;
    // The thigh and shank lengths serve both the knee angle (flexionDeg's numbers) and L.
    const thigh = hypot2(hx - kx, hy - ky);
    const shank = hypot2(kx - ax, ky - ay);
    kneeFlexDeg[i] = 180 - vectorAngleDeg(hx - kx, hy - ky, ax - kx, ay - ky, thigh, shank);
    const l = thigh + shank;
    if (Number.isFinite(l)) len[nLen++] = l;
    score[i] = (c.score[h]![i]! + c.score[k]![i]! + c.score[a]![i]!) / 3;
  }
  return {
    hipX: c.x[h]!,
    hipY: c.y[h]!,
    kneeX: c.x[k]!,
    kneeY: c.y[k]!,
    ankleX: c.x[a]!,
    ankleY: c.y[a]!,
    kneeFlexDeg,
    legLengthPx: quantileInPlace(len, nLen, 0.5),
    score,
  };
}

/** Builds the running signals from a conditioned track and the direction of travel `d`. */
export function runSignals(c: ConditionedTrack, d: 1 | -1): RunSignals {
  const n = c.t.length;
  const l = legOf(c, 'left');
  const r = legOf(c, 'right');
  return {
    t0: n ? c.t[0]! : 0,
    fsHz: c.fsHz,
    n,
    d,
    hipMidX: mid(l.hipX, r.hipX),
    hipMidY: mid(l.hipY, r.hipY),
    shoulderMidX: mid(c.x[5]!, c.x[6]!),
    shoulderMidY: mid(c.y[5]!, c.y[6]!),
    leg: { left: l, right: r },
  };
}

/** Value of a signal at time `t` (linear interpolation between grid samples; NaN outside). */
export function signalAt(s: RunSignals, x: ArrayLike<number>, t: number): number {
  return sampleAt(x, s.t0, s.fsHz, t);
}

/**
 * The grid samples strictly inside (tA, tB) as [first, first + inside) (inside 0: none), and the
 * window's times as the ground-truth convention reads them: tA, the samples inside, tB. Depends on
 * the times only, so every signal read over one window shares it.
 */
export interface SignalWindow {
  tA: number;
  tB: number;
  first: number;
  inside: number;
  /** tA, the inside samples' times, tB (inside + 2 values). */
  t: number[];
}

/** The window [tA, tB] of the grid (signalOver's samples). */
export function signalWindow(s: RunSignals, tA: number, tB: number): SignalWindow {
  const i0 = Math.floor((tA - s.t0) * s.fsHz) + 1;
  let first = -1;
  let end = s.n;
  for (let i = Math.max(0, i0); i < s.n; i++) {
    const ti = s.t0 + i / s.fsHz;
    if (ti >= tB - 1e-9) {
      end = i;
      break;
    }
    if (ti > tA + 1e-9 && first < 0) first = i;
  }
  const inside = first < 0 ? 0 : end - first;
  // A plain array allocated at its length (a typed array costs more to make, and a step makes several).
  const t = new Array<number>(inside + 2);
  t[0] = tA;
  for (let q = 0; q < inside; q++) t[q + 1] = s.t0 + (first + q) / s.fsHz;
  t[inside + 1] = tB;
  return { tA, tB, first, inside, t };
}

/**
 * A signal's values over a window (signalWindow): the value at tA, every grid sample strictly
 * inside, and the value at tB, parallel to the window's times.
 */
export function valuesOver(s: RunSignals, w: SignalWindow, x: ArrayLike<number>): number[] {
  const v = new Array<number>(w.inside + 2);
  v[0] = signalAt(s, x, w.tA);
  for (let q = 0; q < w.inside; q++) v[q + 1] = x[w.first + q]!;
  v[w.inside + 1] = signalAt(s, x, w.tB);
  return v;
}

/**
 * Samples of a signal over [tA, tB] as in the ground-truth convention: the value at tA, every
 * grid sample strictly inside, and the value at tB. Returns parallel time/value arrays.
 */
export function signalOver(
  s: RunSignals,
  x: ArrayLike<number>,
  tA: number,
  tB: number,
): { t: number[]; v: number[] } {
  const w = signalWindow(s, tA, tB);
  return { t: w.t, v: valuesOver(s, w, x) };
}

/** Grid index nearest to time `t` (clamped). */
export function indexAt(s: RunSignals, t: number): number {
  return Math.min(s.n - 1, Math.max(0, Math.round((t - s.t0) * s.fsHz)));
}
