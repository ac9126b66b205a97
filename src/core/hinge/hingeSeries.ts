import { flexionDeg, inclinationDeg } from '../geometry/angles.ts';
import type { ConditionedTrack } from '../signal/conditionTrack.ts';
import { median } from '../signal/median.ts';
import { KP, sideKeypoint, type Side } from '../track/keypoints.ts';

/** Per-leg angle series, degrees, NaN where a keypoint is missing. */
export interface LegSeries {
  /** 180° − θ(shoulder, hip, knee) of that side (metrics.md hipFlexionDeg). */
  hipFlexDeg: Float64Array;
  /** 180° − θ(hip, knee, ankle). */
  kneeFlexDeg: Float64Array;
  /** incl(ankle→knee), positive when the knee is ahead of the ankle. */
  shinDeg: Float64Array;
  /** incl(hip→knee), positive when the knee is ahead of the hip (for the signed hip angle, §5.1). */
  thighDeg: Float64Array;
  /**
   * Signed hip flexion φ_trunk + φ_thigh (biomech-notes §5.1), this side's thigh with the mid trunk:
   * unlike the acos form it goes negative past straight instead of bouncing off 0. Used for the
   * lockout (incomplete-lockout); reps use the contract's acos form.
   */
  signedHipFlexDeg: Float64Array;
  /** Median over the clip of |hip−knee| + |knee−ankle|, px (metrics.md L). */
  legLengthPx: number;
  /** Median over frames with a person of the mean score of hip, knee and ankle. */
  score: number;
}

/** Time series the hinge analysis works on, on the conditioned track's uniform grid. */
export interface HingeSeries {
  t: Float64Array;
  fsHz: number;
  d: 1 | -1;
  left: LegSeries;
  right: LegSeries;
  /** incl(hipMid→shoulderMid), degrees (0 upright, 90 horizontal, negative leaning back). */
  trunkDeg: Float64Array;
  /** d·(x_ankleMid − x_hipMid), px: how far the hips sit behind the ankles. */
  hipBehindAnklePx: Float64Array;
  /** y_up of hipMid, px. */
  hipMidYUp: Float64Array;
  /** Issue 13 (swing): y_up of shoulderMid and of the mid-point of the wrists, px. */
  shoulderMidYUp: Float64Array;
  wristMidYUp: Float64Array;
  /** Issue 13 (hips-rise-first evidence): y_up of the mid-point of the knees, px. */
  kneeMidYUp: Float64Array;
  /** Issue 13 (oblique camera): |x_leftShoulder − x_rightShoulder|, px (≈ 0 in a true side view). */
  shoulderSepXPx: Float64Array;
  /** Median over the clip of |hipMid − shoulderMid|, px: the torso length the two above are scaled by. */
  torsoLengthPx: number;
}

const mid = (a: number, b: number): number =>
  Number.isFinite(a) && Number.isFinite(b) ? (a + b) / 2 : Number.isFinite(a) ? a : b;

function legSeries(c: ConditionedTrack, side: Side, d: 1 | -1, trunk: Float64Array): LegSeries {
  const n = c.t.length;
  const [s, h, k, a] = (['shoulder', 'hip', 'knee', 'ankle'] as const).map((j) => sideKeypoint(side, j)) as [
    number,
    number,
    number,
    number,
  ];
  const X = c.x;
  const Y = c.y;
  const hip = new Float64Array(n);
  const knee = new Float64Array(n);
  const shin = new Float64Array(n);
  const thigh = new Float64Array(n);
  const len: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < n; i++) {
    hip[i] = flexionDeg(X[s]![i]!, Y[s]![i]!, X[h]![i]!, Y[h]![i]!, X[k]![i]!, Y[k]![i]!);
    knee[i] = flexionDeg(X[h]![i]!, Y[h]![i]!, X[k]![i]!, Y[k]![i]!, X[a]![i]!, Y[a]![i]!);
    shin[i] = inclinationDeg(X[a]![i]!, Y[a]![i]!, X[k]![i]!, Y[k]![i]!, d);
    thigh[i] = -inclinationDeg(X[k]![i]!, Y[k]![i]!, X[h]![i]!, Y[h]![i]!, d);
    len.push(
      Math.hypot(X[h]![i]! - X[k]![i]!, Y[h]![i]! - Y[k]![i]!) +
        Math.hypot(X[k]![i]! - X[a]![i]!, Y[k]![i]! - Y[a]![i]!),
    );
    const sc = (c.score[h]![i]! + c.score[k]![i]! + c.score[a]![i]!) / 3;
    if (sc > 0) scores.push(sc);
  }
  const signed = new Float64Array(n);
  for (let i = 0; i < n; i++) signed[i] = trunk[i]! + thigh[i]!;
  return {
    hipFlexDeg: hip,
    kneeFlexDeg: knee,
    shinDeg: shin,
    thighDeg: thigh,
    signedHipFlexDeg: signed,
    legLengthPx: median(len),
    score: scores.length ? median(scores) : 0,
  };
}

/**
 * Facing direction d when the caller gives none. The knee always bends forward, so while the knees
 * are bent the knee lies ahead of the hip–ankle line; the nose ahead of the ears is the fallback
 * for clips with straight knees throughout.
 */
export function hingeDirection(c: ConditionedTrack): 1 | -1 {
  let kneeVote = 0;
  let noseVote = 0;
  for (let i = 0; i < c.t.length; i++) {
    for (const side of ['left', 'right'] as const) {
      const h = sideKeypoint(side, 'hip');
      const k = sideKeypoint(side, 'knee');
      const a = sideKeypoint(side, 'ankle');
      const off = c.x[k]![i]! - (c.x[h]![i]! + c.x[a]![i]!) / 2;
      const legPx = Math.hypot(c.x[h]![i]! - c.x[a]![i]!, c.y[h]![i]! - c.y[a]![i]!);
      // Only frames with a clear bend (offset > 5% of the hip–ankle distance) vote.
      if (Number.isFinite(off) && Math.abs(off) > 0.05 * legPx) kneeVote += Math.sign(off);
    }
    const ear = mid(c.x[KP.left_ear]![i]!, c.x[KP.right_ear]![i]!);
    const nose = c.x[KP.nose]![i]! - ear;
    if (Number.isFinite(nose)) noseVote += Math.sign(nose);
  }
  if (Math.abs(kneeVote) >= 0.2 * c.fsHz) return kneeVote > 0 ? 1 : -1;
  return noseVote < 0 ? -1 : 1;
}

/** Builds the hinge series from a conditioned track; `d` from the caller or `hingeDirection`. */
export function hingeSeries(c: ConditionedTrack, dIn?: 1 | -1): HingeSeries {
  const d = dIn ?? hingeDirection(c);
  const n = c.t.length;
  const trunk = new Float64Array(n);
  const behind = new Float64Array(n);
  const hipY = new Float64Array(n);
  const shY = new Float64Array(n);
  const wrY = new Float64Array(n);
  const knY = new Float64Array(n);
  const shSep = new Float64Array(n);
  const torso: number[] = [];
  const X = c.x;
  const Y = c.y;
  for (let i = 0; i < n; i++) {
    const hx = mid(X[KP.left_hip]![i]!, X[KP.right_hip]![i]!);
    const hy = mid(Y[KP.left_hip]![i]!, Y[KP.right_hip]![i]!);
    const sx = mid(X[KP.left_shoulder]![i]!, X[KP.right_shoulder]![i]!);
    const sy = mid(Y[KP.left_shoulder]![i]!, Y[KP.right_shoulder]![i]!);
    const ax = mid(X[KP.left_ankle]![i]!, X[KP.right_ankle]![i]!);
    trunk[i] = inclinationDeg(hx, hy, sx, sy, d);
    behind[i] = d * (ax - hx);
    hipY[i] = -hy;
    shY[i] = -sy;
    wrY[i] = -mid(Y[KP.left_wrist]![i]!, Y[KP.right_wrist]![i]!);
    knY[i] = -mid(Y[KP.left_knee]![i]!, Y[KP.right_knee]![i]!);
    shSep[i] = Math.abs(X[KP.left_shoulder]![i]! - X[KP.right_shoulder]![i]!);
    const tl = Math.hypot(sx - hx, sy - hy);
    if (Number.isFinite(tl)) torso.push(tl);
  }
  return {
    t: c.t,
    fsHz: c.fsHz,
    d,
    left: legSeries(c, 'left', d, trunk),
    right: legSeries(c, 'right', d, trunk),
    trunkDeg: trunk,
    hipBehindAnklePx: behind,
    hipMidYUp: hipY,
    shoulderMidYUp: shY,
    wristMidYUp: wrY,
    kneeMidYUp: knY,
    shoulderSepXPx: shSep,
    torsoLengthPx: torso.length ? median(torso) : NaN,
  };
}
