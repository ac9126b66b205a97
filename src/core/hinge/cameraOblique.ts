import { median } from '../signal/median.ts';
import type { HingeSeries } from './hingeSeries.ts';

/**
 * How far the camera is turned away from a true side view (issue 13, oblique cameras). Seen exactly
 * from the side the two shoulders overlap; turned by θ they appear W·sin θ apart, W being the
 * shoulder width. W/T, shoulder width over the hip-to-shoulder torso length, is about 0.8 (biacromial
 * breadth ~0.36–0.40 m over a ~0.45–0.50 m trunk; anthropometry, not the clips). The visible clips
 * check it: the tby66 `_2` takes, labelled ~45° front-oblique, read 0.55–0.59 (θ ≈ 44–48°), the
 * side views 0.01–0.09.
 */
export const SHOULDER_WIDTH_PER_TORSO = 0.8;

/**
 * From this many degrees off the side view, sagittal angles are read noticeably too small: a 45°
 * angle reads tan⁻¹(tan 45°·cos θ), 2.8° too small at 25° and 4.1° at 30°, comparable with MoveNet's
 * own 4–8° angle error (biomech-notes §6). Chosen from that geometry, not fitted: on the visible clips
 * (scripts/flag-validity.ts) every side view reads ≤ 7° and every oblique one ≥ 33°.
 */
export const OBLIQUE_WARN_DEG = 25;

/**
 * Flags validated on oblique views: on the tby66 `_2` takes (~45°) hips-rise-first fires on h only
 * and squatting-the-hinge on k only, and neither fires on any oblique coach demo. The others were
 * not shown to hold there (incomplete-lockout warned on r_2, whose lockouts are full; hips-not-back
 * and the lean-back read foreshortened distances and angles), so they stay at info on an oblique view.
 */
export const OBLIQUE_VALIDATED_FLAGS: readonly string[] = ['hips-rise-first', 'squatting-the-hinge'];

export interface CameraOblique {
  /** Median shoulder x-separation / torso length over frames where both are seen. */
  shoulderSepRatio: number;
  /** asin(ratio / SHOULDER_WIDTH_PER_TORSO), degrees (90 when the ratio exceeds the width). */
  offSideDeg: number;
}

export function cameraOblique(s: HingeSeries): CameraOblique | null {
  const T = s.torsoLengthPx;
  if (!(T > 0)) return null;
  const r: number[] = [];
  for (let i = 0; i < s.t.length; i++)
    if (Number.isFinite(s.shoulderSepXPx[i]!)) r.push(s.shoulderSepXPx[i]! / T);
  if (!r.length) return null;
  const ratio = median(r);
  return {
    shoulderSepRatio: ratio,
    offSideDeg: (Math.asin(Math.min(1, ratio / SHOULDER_WIDTH_PER_TORSO)) * 180) / Math.PI,
  };
}
