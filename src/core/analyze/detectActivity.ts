import { hypot2 } from '../geometry/hypot2.ts';
import { quantile } from '../signal/median.ts';
import { KP } from '../track/keypoints.ts';
import type { Track } from '../track/track.ts';

export interface ActivityDetection {
  activity: 'run' | 'hinge';
  /** Interquartile range (p75 − p25) of the ankle-to-ankle offset, over the median leg length (the decision feature). */
  feetMotionRatio: number;
  /**
   * How many times the ankle-to-ankle offset (x or y, whichever swings more often) swung from one
   * side of its median to the other by more than FEET_SWING_RATIO·L: running alternates at every step.
   */
  feetAlternations: number;
}

/** The run/hinge threshold of feetMotionRatio [H] (see detectActivity). */
export const FEET_MOTION_RUN_RATIO = 0.13;
/**
 * Hysteresis of a feet alternation, L [H]: three standard deviations of the ankle-to-ankle offset's
 * keypoint noise (the fixtures' noise model: σ = 0.006 × body height ≈ 0.012 L per coordinate, so
 * ≈ 0.017 L on a difference of two ankles), so that noise about a planted stance is no swing.
 */
export const FEET_SWING_RATIO = 0.05;
/**
 * Fewest alternations that make a run [H]: one stride (A ahead, B ahead, A ahead again). A count,
 * not a rate, so a slow-motion run (×2–×10) counts as many as in real time. Every visible run
 * (mocap 1.3–2.4 s clips, male_side, overground_demo3, walk_demo4) has ≥ 5; the lifts whose feet
 * offset moves for another reason have 0–1: the coach demos deadlift_drill_dowel (the lifter turns
 * from oblique to front to side: feetMotionRatio 0.213, which alone read 'run') and
 * bar_path_drill_dowel (0.123). Chosen on those two clips.
 */
export const FEET_RUN_MIN_ALTERNATIONS = 2;

/**
 * Run vs hinge. In running (and walking) the feet move against each other all the time: the
 * ankle-to-ankle offset swings by ~1.5 L in a side view and ~0.2–0.3 L vertically from behind.
 * In a hinge or squat both feet stay planted, so the offset barely changes (keypoint noise).
 * Feature: the larger of the x and y interquartile ranges (p75 − p25) of (ankle_L − ankle_R) over L.
 * The IQR, not p95 − p5: in real lifting footage the bell/bar and the hands hide the ankles for a few
 * frames per rep, and those keypoint jumps filled the tails, so p95 − p5 of planted feet reached
 * 0.12–0.25 L (9/10 tby66 kettlebell takes and four coach demos were called 'run'). Running
 * alternates all the time, so its spread sits in the middle half as well.
 * Threshold 0.13 [H]: chosen on the tby66 takes (IQR ≤ 0.072) and the hamner rear-view mocap runs at
 * 2–5 m/s (IQR ≥ 0.214) — near their geometric mean 0.124; checked on data that did not choose it:
 * coach demos ≤ 0.075 except the two dowel drills (0.123; deadlift_drill_dowel 0.213: the alternation count decides),
 * dorn/hamner side runs, male_side, overground_demo3, walk_demo4 ≥ 0.59.
 * A run also needs the feet to alternate (FEET_RUN_MIN_ALTERNATIONS): a lifter who turns changes
 * the offset's projection without the feet moving against each other.
 */
export function detectActivity(track: Track, minScore = 0.3): ActivityDetection {
  const dx: number[] = [];
  const dy: number[] = [];
  const legs: number[] = [];
  // At most ~3000 frames are looked at: a decision, not a measurement.
  const stride = Math.max(1, Math.floor(track.frames.length / 3000));
  for (let fi = 0; fi < track.frames.length; fi += stride) {
    const f = track.frames[fi]!;
    if (f.kp.length !== 17) continue;
    const [la, ra, lh, lk] = [
      f.kp[KP.left_ankle]!,
      f.kp[KP.right_ankle]!,
      f.kp[KP.left_hip]!,
      f.kp[KP.left_knee]!,
    ];
    if (la[2] < minScore || ra[2] < minScore) continue;
    dx.push(la[0] - ra[0]);
    dy.push(la[1] - ra[1]);
    if (lh[2] >= minScore && lk[2] >= minScore)
      legs.push(hypot2(lh[0] - lk[0], lh[1] - lk[1]) + hypot2(lk[0] - la[0], lk[1] - la[1]));
  }
  const L = quantile(legs, 0.5);
  const range = (v: number[]) => quantile(v, 0.75) - quantile(v, 0.25);
  const [iqrX, iqrY] = [range(dx), range(dy)];
  const feetMotionRatio = L > 0 ? Math.max(iqrX, iqrY) / L : NaN;
  // Either axis: a front or oblique view may show the swing in x or in y.
  const feetAlternations =
    L > 0 ? Math.max(alternations(dx, FEET_SWING_RATIO * L), alternations(dy, FEET_SWING_RATIO * L)) : 0;
  return {
    activity:
      feetMotionRatio >= FEET_MOTION_RUN_RATIO && feetAlternations >= FEET_RUN_MIN_ALTERNATIONS
        ? 'run'
        : 'hinge',
    feetMotionRatio: Math.round(feetMotionRatio * 1000) / 1000,
    feetAlternations,
  };
}

/** Swings of v from above median + h to below median − h or back (a Schmitt trigger about the median). */
function alternations(v: readonly number[], h: number): number {
  const m = quantile(v, 0.5);
  let state = 0;
  let n = 0;
  for (const x of v) {
    const s = x > m + h ? 1 : x < m - h ? -1 : 0;
    if (s === 0 || s === state) continue;
    if (state !== 0) n++;
    state = s;
  }
  return n;
}
