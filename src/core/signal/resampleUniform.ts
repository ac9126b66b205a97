/**
 * Linear resampling of an irregularly timed series onto a uniform grid (the Butterworth filter and
 * event detectors need a fixed rate). Across a gap in the source timestamps longer than `maxGapS`,
 * or next to a NaN sample, the result is NaN: nothing is invented.
 */
export function resampleUniform(
  tS: ArrayLike<number>,
  x: ArrayLike<number>,
  gridT: Float64Array,
  maxGapS = Infinity,
): Float64Array {
  return resampleByPlan(resamplePlan(tS, gridT, maxGapS), x);
}

/**
 * Where each grid sample comes from, which depends only on the timestamps: every keypoint series
 * of a track shares it, so the search along the source times runs once, not once per series.
 */
export interface ResamplePlan {
  /** Source sample each grid sample reads (and the one after it when interpolating); −1: NaN. */
  from: Int32Array;
  /** Interpolation weight of the next source sample; NaN: a copy of `from` alone. */
  weight: Float64Array;
  /**
   * Every grid sample copies the source sample of the same index (a steady frame rate, no frame
   * dropped or repeated: most tracks), so a series resamples to a plain copy of itself.
   */
  identity?: boolean;
  /**
   * The grid is no longer than the source and every grid sample reads source samples at or after
   * its own index: a series the caller owns can be resampled over itself, front to back (each
   * source sample is read before its slot is written).
   */
  overSource?: boolean;
}

/**
 * How close, as a share of the grid step, a grid sample may lie to a frame (or beyond the first or
 * last timestamp) and still copy that frame. Timestamps are rounded (to the microsecond in track
 * files, to the stream time base from ffmpeg), so grid samples sit up to ~1e-4 of a step off their
 * frames: with the old 1e-9 tolerance the last frame fell off the grid on every 60 fps mocap draw
 * (a 1.29 s clip ended at 1.267 s), and every other sample was a blend of two frames, so one
 * missing frame blanked two samples.
 */
export const GRID_END_TOLERANCE = 0.01;

/** The resampling plan of source times `tS` onto `gridT` (resampleUniform's rules). */
export function resamplePlan(tS: ArrayLike<number>, gridT: Float64Array, maxGapS = Infinity): ResamplePlan {
  const from = new Int32Array(gridT.length).fill(-1);
  const weight = new Float64Array(gridT.length).fill(NaN);
  const n = tS.length;
  if (n === 0) return { from, weight };
  const tol = gridT.length > 1 ? GRID_END_TOLERANCE * (gridT[1]! - gridT[0]!) : 1e-9;
  let j = 0;
  for (let i = 0; i < gridT.length; i++) {
    const tq = gridT[i]!;
    while (j < n - 2 && tS[j + 1]! < tq) j++;
    const t0 = tS[j]!;
    const t1 = tS[Math.min(j + 1, n - 1)]!;
    if (n === 1 || tq <= t0) {
      if (Math.abs(tq - t0) < tol) from[i] = j;
      continue;
    }
    if (tq > t1) {
      if (Math.abs(tq - t1) < tol) from[i] = Math.min(j + 1, n - 1);
      continue;
    }
    if (t1 - t0 > maxGapS) continue;
    const w = t1 > t0 ? (tq - t0) / (t1 - t0) : 0;
    // A grid sample this close to a frame is that frame (a copy, not a blend with a neighbour that
    // may be missing).
    if (w < GRID_END_TOLERANCE) from[i] = j;
    else if (w > 1 - GRID_END_TOLERANCE) from[i] = j + 1;
    else {
      from[i] = j;
      weight[i] = w;
    }
  }
  let identity = gridT.length === n;
  for (let i = 0; identity && i < n; i++) identity = from[i] === i && weight[i] !== weight[i];
  let overSource = gridT.length <= n;
  for (let i = 0; overSource && i < gridT.length; i++) overSource = from[i]! < 0 || from[i]! >= i;
  return { from, weight, identity, overSource };
}

/** Series `x` (on the plan's source times) resampled onto the plan's grid. */
export function resampleByPlan(plan: ResamplePlan, x: ArrayLike<number>): Float64Array {
  // The same values as the loop gives for an identity plan (out[i] = x[i]), copied at once.
  if (plan.identity && x instanceof Float64Array && x.length === plan.from.length) return x.slice();
  return resampleInto(plan, x, new Float64Array(plan.from.length));
}

/**
 * Series `x`, a buffer the caller owns, resampled onto the plan's grid over itself (`x` is
 * overwritten; no new buffer): the same values as resampleByPlan. Only for a plan `overSource`.
 * Returns `x`, or a view of its first grid-length samples when the grid is shorter.
 */
export function resampleByPlanInPlace(plan: ResamplePlan, x: Float64Array): Float64Array {
  if (!plan.overSource || x.length < plan.from.length)
    throw new Error('resampleByPlanInPlace: plan not over the source');
  resampleInto(plan, x, x);
  return x.length === plan.from.length ? x : x.subarray(0, plan.from.length);
}

/**
 * Three series of one keypoint (x, y and score, buffers the caller owns) resampled over themselves
 * in one pass: the same values as three resampleByPlanInPlace calls, with the plan read once per
 * grid sample instead of three times. Only for a plan `overSource`.
 */
export function resampleByPlanInPlace3(
  plan: ResamplePlan,
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
): [Float64Array, Float64Array, Float64Array] {
  const len = plan.from.length;
  if (!plan.overSource || a.length < len || b.length < len || c.length < len)
    throw new Error('resampleByPlanInPlace3: plan not over the source');
  const { from, weight } = plan;
  for (let i = 0; i < len; i++) {
    const j = from[i]!;
    const w = weight[i]!;
    if (j < 0) {
      a[i] = NaN;
      b[i] = NaN;
      c[i] = NaN;
    } else if (w !== w) {
      a[i] = a[j]!;
      b[i] = b[j]!;
      c[i] = c[j]!;
    } else {
      const va = a[j]!;
      const vb = b[j]!;
      const vc = c[j]!;
      a[i] = va + w * (a[j + 1]! - va);
      b[i] = vb + w * (b[j + 1]! - vb);
      c[i] = vc + w * (c[j + 1]! - vc);
    }
  }
  const view = (x: Float64Array) => (x.length === len ? x : x.subarray(0, len));
  return [view(a), view(b), view(c)];
}

/** The resampling loop, written into `out` (which may be `x` itself for a plan `overSource`). */
function resampleInto(plan: ResamplePlan, x: ArrayLike<number>, out: Float64Array): Float64Array {
  const { from, weight } = plan;
  for (let i = 0; i < from.length; i++) {
    const j = from[i]!;
    const w = weight[i]!;
    if (j < 0) out[i] = NaN;
    else if (w !== w) out[i] = x[j]!;
    else {
      const a = x[j]!;
      out[i] = a + w * (x[j + 1]! - a);
    }
  }
  return out;
}

/** A uniform time grid from the first to the last timestamp at `fsHz`. */
export function uniformGrid(t0: number, t1: number, fsHz: number): Float64Array {
  // The last timestamp is on the grid when it is within GRID_END_TOLERANCE of a grid sample.
  const n = Math.max(0, Math.floor((t1 - t0) * fsHz + GRID_END_TOLERANCE) + 1);
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) g[i] = t0 + i / fsHz;
  return g;
}

/** Value of a uniformly sampled series at time `tq` (linear interpolation; NaN outside or next to NaN). */
export function sampleAt(x: ArrayLike<number>, t0: number, fsHz: number, tq: number): number {
  const u = (tq - t0) * fsHz;
  const i = Math.floor(u);
  if (i < 0 || i >= x.length) return NaN;
  const w = u - i;
  if (i === x.length - 1 || w < 1e-9) return w < 1e-9 || i === x.length - 1 ? x[i]! : NaN;
  return x[i]! + w * (x[i + 1]! - x[i]!);
}
