import type { Track } from '../track/track.ts';
import { trackSeries } from '../track/trackSeries.ts';
import { butterworthLowpassPairInPlace } from './butterworth.ts';
import { gapFill } from './gapFill.ts';
import { gapFillCubic } from './gapFillCubic.ts';
import { hampel } from './hampel.ts';
import { quantileInPlace } from './median.ts';
import {
  resampleByPlan,
  resampleByPlanInPlace,
  resampleByPlanInPlace3,
  resamplePlan,
  uniformGrid,
} from './resampleUniform.ts';

export interface ConditionOptions {
  /** Keypoints below this score are missing (NaN). Default 0.3. */
  minScore?: number;
  /** Zero-lag low-pass cut-off, Hz. Default from `defaultCutoffHz`. */
  cutoffHz?: number;
  /** Activity, for the default cut-off. */
  activity?: 'run' | 'hinge';
  /** Longest gap filled by interpolation, seconds. Default 0.15 s. */
  maxGapS?: number;
  /** Hampel half window in samples (0 = off). Default 3 (a 7-sample window, Pose2Sim's default). */
  hampelHalfWindow?: number;
  /** Short-gap interpolation: 'linear' (default) or 'cubic' (Hermite; keeps curved paths). */
  gapFill?: 'linear' | 'cubic';
  /** Uniform analysis rate, Hz. Default: the track's median frame rate. */
  fsHz?: number;
  /**
   * Only these keypoints (COCO-17 indices) are conditioned; the others' series are all NaN (every
   * such series is one shared all-NaN buffer: read it, never write it). Default all. Each keypoint
   * is conditioned on its own, so those listed come out the same.
   */
  keypoints?: readonly number[];
  /**
   * Keep the raw series (default true). False: `rawX` and `rawY` are empty lists, and each raw
   * series is cleaned in place instead of in a copy (28 fewer 288 KB buffers for a running pass of
   * a 10-minute track); `x`, `y` and `score` are the same.
   */
  keepRaw?: boolean;
}

/** A track on a uniform time grid, raw and filtered series side by side (Kinovea's habit). */
export interface ConditionedTrack {
  /** Uniform grid, seconds from the start of the video. */
  t: Float64Array;
  fsHz: number;
  cutoffHz: number;
  /**
   * Resampled and confidence-gated, no other processing. [keypoint][sample], px. Empty lists when
   * the caller asked for none (`keepRaw: false`).
   */
  rawX: Float64Array[];
  rawY: Float64Array[];
  /** Outliers rejected, short gaps filled, zero-lag low-passed. [keypoint][sample], px. */
  x: Float64Array[];
  y: Float64Array[];
  /** Resampled score per keypoint. */
  score: Float64Array[];
}

/**
 * Cut-off by activity and rate (biomech-notes.md §1, Pose2Sim guidance): running 6 Hz at 30 fps,
 * up to 10 Hz at ≥ 60 fps; lifting 5 Hz. Always well below Nyquist.
 */
export function defaultCutoffHz(activity: 'run' | 'hinge' | undefined, fsHz: number): number {
  const want = activity === 'hinge' ? 5 : fsHz >= 55 ? 10 : 6;
  return Math.min(want, 0.4 * fsHz);
}

/**
 * The track's frame rate: the median frame interval (robust to dropped and repeated frames) tells
 * how many nominal intervals the clip spans, and the span over that count gives the rate (falls back
 * to the nominal fps). The median alone is a rounded interval (timestamps are rounded to the
 * microsecond or the stream's time base): 1/60 s reads 16.667 ms, 2e-5 too long, and a grid at
 * that rate slid 0.06 of a frame behind the frames over 3000 frames (50 s at 60 fps) and dropped the last frame of
 * most clips (src/core/signal/resampleUniform.test.ts).
 */
export function trackRateHz(track: Track): number {
  const f = track.frames;
  // The finite positive intervals, gathered into one buffer for an in-place median.
  const dts = new Float64Array(Math.max(0, f.length - 1));
  let n = 0;
  for (let i = 1; i < f.length; i++) {
    const d = f[i]!.t - f[i - 1]!.t;
    if (d > 0 && d !== Infinity) dts[n++] = d;
  }
  const dt = quantileInPlace(dts, n, 0.5);
  if (!(Number.isFinite(dt) && dt > 0)) return track.fps;
  const span = f[f.length - 1]!.t - f[0]!.t;
  const intervals = Math.round(span / dt);
  return intervals > 0 && span > 0 ? intervals / span : 1 / dt;
}

/**
 * Confidence gating → uniform resampling → Hampel outlier rejection → short-gap filling →
 * zero-lag Butterworth (the order of biomech-notes.md §1).
 */
export function conditionTrack(track: Track, opts: ConditionOptions = {}): ConditionedTrack {
  const s = trackSeries(track, opts.minScore ?? 0.3, opts.keypoints);
  const fsHz = opts.fsHz ?? trackRateHz(track);
  const cutoffHz = opts.cutoffHz ?? defaultCutoffHz(opts.activity, fsHz);
  const n = s.t.length;
  const grid = n ? uniformGrid(s.t[0]!, s.t[n - 1]!, fsHz) : new Float64Array(0);
  const maxGap = Math.round((opts.maxGapS ?? 0.15) * fsHz);
  const hw = opts.hampelHalfWindow ?? 3;
  // Source frames further apart than ~3 nominal frames are a gap in the video, not a sample.
  const maxDt = 3.5 / fsHz;
  const plan = resamplePlan(s.t, grid, maxDt);
  const wanted = (k: number) => !opts.keypoints || opts.keypoints.includes(k);
  // The keypoints not conditioned share one all-NaN series (15 buffers fewer for a running pass).
  const none = opts.keypoints ? new Float64Array(grid.length).fill(NaN) : new Float64Array(0);
  // trackSeries' buffers are this function's own: on a steady-rate track (identity plan) they are
  // the resampled series as they are, not copied, and where the plan allows, resampled over
  // themselves (a 10-minute track's 42 series: 12 MB of fresh buffers fewer).
  const rs = (v: Float64Array, k: number) =>
    !wanted(k)
      ? none
      : plan.identity && v.length === grid.length
        ? v
        : plan.overSource
          ? resampleByPlanInPlace(plan, v)
          : resampleByPlan(plan, v);
  // Where the series are resampled over themselves, each keypoint's x, y and score go in one pass.
  const together = plan.overSource && !(plan.identity && n === grid.length);
  const rawX: Float64Array[] = [];
  const rawY: Float64Array[] = [];
  const score: Float64Array[] = [];
  for (let k = 0; k < s.x.length; k++) {
    const [x, y, sc] =
      together && wanted(k)
        ? resampleByPlanInPlace3(plan, s.x[k]!, s.y[k]!, s.score[k]!)
        : [rs(s.x[k]!, k), rs(s.y[k]!, k), rs(s.score[k]!, k)];
    rawX.push(x);
    rawY.push(y);
    score.push(sc);
  }
  // A grid sample next to an authored source sample is trusted: a trainer's correction is the
  // truth, not an outlier (a 1-frame correction must change the metric it feeds).
  // (Only series with a correction are resampled: most tracks have none.)
  const trusted = s.authored.map((a, k) => (a ? rs(a, k) : undefined));
  // Without the raw series, each resampled series (this function's own buffer) is cleaned in place.
  const keepRaw = opts.keepRaw ?? true;
  // Outliers rejected and short gaps filled, in a buffer of this function's own: Hampel's output is
  // a fresh buffer, or the raw one not kept, filled in place; else the filling copies (the raw
  // series kept stay as they are).
  const fill = (v: Float64Array, k: number) => {
    const h = hw > 0 ? hampel(v, hw, 3, 1.0, trusted[k], !keepRaw) : v;
    const own = h !== v || !keepRaw;
    return (opts.gapFill === 'cubic' ? gapFillCubic : gapFill)(h, maxGap, own);
  };
  const x: Float64Array[] = [];
  const y: Float64Array[] = [];
  for (let k = 0; k < rawX.length; k++) {
    if (!wanted(k)) {
      x.push(none);
      y.push(none);
      continue;
    }
    const fx = fill(rawX[k]!, k);
    const fy = fill(rawY[k]!, k);
    // x and y low-passed together (the same numbers as one at a time, about twice as fast).
    butterworthLowpassPairInPlace(fx, fy, fsHz, cutoffHz, 4);
    x.push(fx);
    y.push(fy);
  }
  return {
    t: grid,
    fsHz,
    cutoffHz,
    rawX: keepRaw ? rawX : [],
    rawY: keepRaw ? rawY : [],
    x,
    y,
    score,
  };
}
