import { median } from '../signal/median.ts';
import type { HingeSeries } from './hingeSeries.ts';
import { legSeriesCombined, type LegChoice } from './legChoice.ts';

/**
 * The lifter's own still standing posture in this clip (issue 13): MoveNet places the hip and knee
 * keypoints with offsets that are fixed for a given person, camera and clothing (a straight knee
 * reads 10–15° flexed, a tall stance −17° to −25° "lean-back" on real deadlifts labelled good), so
 * lockout angles are judged against this posture, where the offsets cancel, not in absolute terms.
 */
export interface StandingBaseline {
  /** Signed hip flexion (biomech-notes §5.1) while standing still. */
  hipDeg: number;
  kneeDeg: number;
  trunkDeg: number;
  /** Frames used, and the time of the first. */
  frames: number;
  startT: number;
  /** True when the reference is the stance before the first rep, false when pooled over the clip. */
  beforeSet: boolean;
}

/** Least still standing time that makes a baseline: 0.3 s [H] (about one lockout pause). */
export const STANDING_MIN_S = 0.3;

/**
 * Frames where the hip angle is still (|rate| below `stillDegPerS`, the segmentation's own still
 * rate) and the signed hip flexion is inside the standing zone (below `maxStandingHipDeg`, the
 * segmentation's own "not standing" limit). The stance before the set (before `firstRepStartI`) is
 * the reference when it lasts STANDING_MIN_S: it is how this lifter stands when not lifting, so a
 * lean-back or a short lockout repeated on every rep still shows against it. Otherwise the still
 * standing frames of the whole clip are pooled (lockouts included: then a fault repeated on every
 * rep partly hides in its own reference, which the report cannot avoid without a stance to compare).
 * The baseline is the per-angle median of the chosen frames, so MoveNet's fixed offsets, present in
 * every frame, cancel. null when under STANDING_MIN_S of such frames exist.
 */
export function standingBaseline(
  s: HingeSeries,
  legs: LegChoice,
  hipRate: Float64Array,
  stillDegPerS: number,
  maxStandingHipDeg: number,
  firstRepStartI: number,
): StandingBaseline | null {
  const n = s.t.length;
  const hip = legSeriesCombined(s, legs, (l) => l.signedHipFlexDeg);
  const knee = legSeriesCombined(s, legs, (l) => l.kneeFlexDeg);
  const all: number[] = [];
  for (let i = 0; i < n; i++)
    if (
      Math.abs(hipRate[i]!) < stillDegPerS &&
      hip[i]! < maxStandingHipDeg &&
      Number.isFinite(knee[i]!) &&
      Number.isFinite(s.trunkDeg[i]!)
    )
      all.push(i);
  const minN = Math.max(2, Math.round(STANDING_MIN_S * s.fsHz));
  const before = all.filter((i) => i < firstRepStartI);
  const use = before.length >= minN ? before : all;
  if (use.length < minN) return null;
  return {
    hipDeg: median(use.map((i) => hip[i]!)),
    kneeDeg: median(use.map((i) => knee[i]!)),
    trunkDeg: median(use.map((i) => s.trunkDeg[i]!)),
    frames: use.length,
    startT: s.t[use[0]!]!,
    beforeSet: use === before,
  };
}
