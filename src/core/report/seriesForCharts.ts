import { flexionDeg, inclinationDeg } from '../geometry/angles.ts';
import { conditionTrack, type ConditionOptions } from '../signal/conditionTrack.ts';
import { KP } from '../track/keypoints.ts';
import type { Track } from '../track/track.ts';

/** The key series the review charts plot, on the conditioned (uniform, zero-lag filtered) grid. */
export interface ChartSeries {
  /** Sample times, seconds from the start of the video. */
  t: Float64Array;
  /** Knee flexion, 180° − θ(hip, knee, ankle), per side, degrees. */
  kneeFlexionLeftDeg: Float64Array;
  kneeFlexionRightDeg: Float64Array;
  /** incl(hipMid → shoulderMid), degrees, positive toward the direction of travel/facing. */
  trunkAngleDeg: Float64Array;
  /** Right hip lower than the left, degrees: atan2(y_R − y_L, |x_L − x_R|) with image y down. */
  pelvicObliquityDeg: Float64Array;
  /** Hip-mid height above the lowest ankle level of the clip, in leg lengths. */
  hipHeightRatio: Float64Array;
  /** Direction of travel/facing used for the signed angles (+1 toward +x). */
  d: 1 | -1;
}

const DEG = 180 / Math.PI;

function medianOf(values: number[]): number {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}

function quantileOf(values: number[], q: number): number {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.floor(q * v.length))]! : NaN;
}

/**
 * Facing direction from the nose relative to the shoulders (the head leads in running and in a
 * hinge); +1 when undecidable. The report's own direction, when it has one, should be passed instead.
 */
export function facingDirection(x: Float64Array[]): 1 | -1 {
  const nose = x[KP.nose]!;
  const ls = x[KP.left_shoulder]!;
  const rs = x[KP.right_shoulder]!;
  const diffs: number[] = [];
  for (let i = 0; i < nose.length; i++) diffs.push(nose[i]! - (ls[i]! + rs[i]!) / 2);
  return medianOf(diffs) < 0 ? -1 : 1;
}

/**
 * Derives the chart series from a track (pure; the analysis worker runs it for long clips).
 * Uses the same conditioning as the analysis so the charts and the report's numbers agree.
 */
export function seriesForCharts(track: Track, opts: ConditionOptions & { d?: 1 | -1 } = {}): ChartSeries {
  const c = conditionTrack(track, opts);
  const n = c.t.length;
  const { x, y } = c;
  const d = opts.d ?? facingDirection(x);
  const at = (k: number, i: number) => [x[k]![i]!, y[k]![i]!] as const;
  const knee = (side: 'left' | 'right', i: number) => {
    const [hx, hy] = at(KP[`${side}_hip`], i);
    const [kx, ky] = at(KP[`${side}_knee`], i);
    const [ax, ay] = at(KP[`${side}_ankle`], i);
    return flexionDeg(hx, hy, kx, ky, ax, ay);
  };
  const kneeL = new Float64Array(n);
  const kneeR = new Float64Array(n);
  const trunk = new Float64Array(n);
  const pelvis = new Float64Array(n);
  const hipY = new Float64Array(n);
  const legLen: number[] = [];
  const ankleY: number[] = [];
  for (let i = 0; i < n; i++) {
    kneeL[i] = knee('left', i);
    kneeR[i] = knee('right', i);
    const [lhx, lhy] = at(KP.left_hip, i);
    const [rhx, rhy] = at(KP.right_hip, i);
    const [lsx, lsy] = at(KP.left_shoulder, i);
    const [rsx, rsy] = at(KP.right_shoulder, i);
    trunk[i] = inclinationDeg((lhx + rhx) / 2, (lhy + rhy) / 2, (lsx + rsx) / 2, (lsy + rsy) / 2, d);
    pelvis[i] = Math.atan2(rhy - lhy, Math.abs(lhx - rhx)) * DEG;
    hipY[i] = (lhy + rhy) / 2;
    for (const side of ['left', 'right'] as const) {
      const [hx, hy] = at(KP[`${side}_hip`], i);
      const [kx, ky] = at(KP[`${side}_knee`], i);
      const [ax, ay] = at(KP[`${side}_ankle`], i);
      legLen.push(Math.hypot(hx - kx, hy - ky) + Math.hypot(kx - ax, ky - ay));
      ankleY.push(ay);
    }
  }
  // Leg length L as in metrics.md (median over the clip); the floor as the 95th percentile of the
  // ankles' image y, so a few mis-detections below the feet do not move it.
  const L = medianOf(legLen);
  const floorY = quantileOf(ankleY, 0.95);
  const hipHeight = hipY.map((v) => (floorY - v) / L);
  return {
    t: c.t,
    kneeFlexionLeftDeg: kneeL,
    kneeFlexionRightDeg: kneeR,
    trunkAngleDeg: trunk,
    pelvicObliquityDeg: pelvis,
    hipHeightRatio: hipHeight,
    d,
  };
}
