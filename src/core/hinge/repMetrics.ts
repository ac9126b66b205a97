import type { HingeRep } from '../report/report.ts';
import type { HingeSeries } from './hingeSeries.ts';
import { legValue, meanLegLengthPx, type LegChoice } from './legChoice.ts';
import type { RepIndices } from './segmentReps.ts';
import { trunkDriftDeg } from './trunkDrift.ts';

const DEG = 180 / Math.PI;
const orNull = (v: number): number | null => (Number.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null);

/** Extra per-rep numbers beyond metrics.md (additive fields of HingeRep). */
export interface HingeRepExtra {
  legs: LegChoice;
  startKind: 'top' | 'bottom';
  /** Signed hip flexion φ_trunk + φ_thigh at endT (biomech-notes §5.1; negative = extended past neutral). */
  lockoutHipFlexionDeg: number | null;
  /**
   * Most backward trunk inclination held for ≥ 0.2 s while standing after the rep (endT up to the
   * next rep's start, at most 1.5 s): biomech-notes §5.5 asks for a lean "sustained for > 0.2 s",
   * and the trunk often keeps leaning back after endT, where the hip angle is already still.
   */
  lockoutLeanBackDeg: number | null;
  /** Knee flexion at endT. */
  lockoutKneeFlexionDeg: number | null;
  /** How far hipMid went down from the standing reference to the bottom, / L̄. */
  hipDropRatio: number | null;
  /** Direction of the hip path standing → bottom: 0° straight back, 90° straight down. */
  hipPathDeg: number | null;
  /** Early rise: max increase of trunk inclination (more horizontal) while the hips rise the first half (§5.3 "hips shoot up"). */
  earlyRiseTrunkChangeDeg: number | null;
  /** Knee extension over that same early-rise window. */
  earlyRiseKneeExtensionDeg: number | null;
  /**
   * Issue 13 (swing): highest the wrists get above the shoulders from the bottom until the next rep
   * starts, in torso lengths (0 = shoulder height, −1 ≈ hanging arms at the hips). A swing brings them
   * to shoulder height or above; a deadlift's hang at the hips.
   */
  wristTopVsShoulderRatio?: number | null;
  /** Issue 13 (swing): wrist height above the hips at the bottom, torso lengths (negative = below the hips, the bell between the legs). */
  wristBottomVsHipRatio?: number | null;
  /** Issue 13 (good morning, squat): wrist height above the shoulders at the bottom, torso lengths (≈ 0 with the load held at the shoulders, ≈ −1 with hanging arms). */
  wristBottomVsShoulderRatio?: number | null;
  /**
   * Issue 13 (hips-rise-first evidence): the bar-below-knee instant of the ascent, s: the last frame of
   * the rise from the bottom during which the wrist midpoint is still below knee height. null when the
   * wrists are not below the knees at the bottom (an RDL stopping above the knees, a good morning, a squat).
   */
  barBelowKneeRiseT?: number | null;
  /** Issue 13: lockoutLeanBackDeg minus the trunk inclination of the lifter's own still standing posture (standingBaseline); negative = leaning back past their own stance. null when no standing frame exists. */
  lockoutTrunkVsStandingDeg?: number | null;
  /** Issue 13: lockoutHipFlexionDeg minus the standing posture's signed hip flexion; positive = short of their own stance. */
  lockoutHipVsStandingDeg?: number | null;
  /** Issue 13: lockoutKneeFlexionDeg minus the standing posture's knee flexion; positive = short of their own stance. */
  lockoutKneeVsStandingDeg?: number | null;
}

export type HingeRepMetrics = HingeRep & HingeRepExtra;

/**
 * Per-rep metrics exactly as metrics.md defines them, read on the filtered series at the rep's
 * sample indices. For a rep that starts at the floor the standing reference of hipBackShiftRatio is
 * the lockout (endT): at its startT the lifter is already at the bottom, so "bottom minus start"
 * would always be about 0 and say nothing.
 */
export function repMetrics(
  s: HingeSeries,
  legs: LegChoice,
  hip: Float64Array,
  rep: RepIndices,
  topEndI: number,
): HingeRepMetrics {
  const { startI, bottomI, endI } = rep;
  const t = (i: number) => Math.round(s.t[i]! * 1e4) / 1e4;
  const hipF = legValue(s, legs, (l) => l.hipFlexDeg, bottomI);
  const kneeF = legValue(s, legs, (l) => l.kneeFlexDeg, bottomI);
  const L = meanLegLengthPx(s);
  const refI = rep.startKind === 'top' ? startI : endI;
  // A floor start whose top is still clearly bent (> 20° signed hip flexion) has no standing
  // reference in the clip: the hips' back shift is then unknown, not small.
  const lockHip = legValue(s, legs, (l) => l.signedHipFlexDeg, endI);
  const noRef = rep.startKind === 'bottom' && !(lockHip <= 20);
  const back = noRef ? NaN : s.hipBehindAnklePx[bottomI]! - s.hipBehindAnklePx[refI]!;
  const drop = noRef ? NaN : s.hipMidYUp[refI]! - s.hipMidYUp[bottomI]!;
  const early = earlyRise(s, legs, hip, bottomI, endI);
  const barKneeI = barBelowKneeRiseI(s, bottomI, endI);
  return {
    startT: t(startI),
    bottomT: t(bottomI),
    endT: t(endI),
    trunkAngleDeg: orNull(s.trunkDeg[bottomI]!),
    hipFlexionDeg: orNull(hipF),
    kneeFlexionDeg: orNull(kneeF),
    hipKneeRatio: orNull(hipF / Math.max(kneeF, 5)),
    shinAngleDeg: orNull(legValue(s, legs, (l) => l.shinDeg, bottomI)),
    hipBackShiftRatio: orNull(back / L),
    trunkDriftDeg: orNull(trunkDriftDeg(hip, s.trunkDeg, startI, bottomI, endI)),
    lockoutTrunkDeg: orNull(s.trunkDeg[endI]!),
    legs,
    startKind: rep.startKind,
    lockoutHipFlexionDeg: orNull(lockHip),
    lockoutLeanBackDeg: orNull(
      sustainedMin(
        s.trunkDeg,
        endI,
        Math.min(topEndI, endI + Math.round(1.5 * s.fsHz)),
        Math.max(1, Math.round(0.2 * s.fsHz)),
      ),
    ),
    lockoutKneeFlexionDeg: orNull(legValue(s, legs, (l) => l.kneeFlexDeg, endI)),
    hipDropRatio: orNull(drop / L),
    hipPathDeg: orNull(Math.atan2(drop, back) * DEG),
    earlyRiseTrunkChangeDeg: orNull(early.trunk),
    earlyRiseKneeExtensionDeg: orNull(early.knee),
    wristTopVsShoulderRatio: orNull(
      maxOver(s.wristMidYUp, s.shoulderMidYUp, bottomI, topEndI) / s.torsoLengthPx,
    ),
    wristBottomVsHipRatio: orNull((s.wristMidYUp[bottomI]! - s.hipMidYUp[bottomI]!) / s.torsoLengthPx),
    barBelowKneeRiseT: barKneeI === null ? null : t(barKneeI),
    wristBottomVsShoulderRatio: orNull(
      (s.wristMidYUp[bottomI]! - s.shoulderMidYUp[bottomI]!) / s.torsoLengthPx,
    ),
  };
}

/** max over [a, b] of x − ref (NaN samples skipped). */
function maxOver(x: Float64Array, ref: Float64Array, a: number, b: number): number {
  let best = NaN;
  for (let i = a; i <= Math.min(b, x.length - 1); i++) {
    const v = x[i]! - ref[i]!;
    if (Number.isFinite(v) && !(v <= best)) best = v;
  }
  return best;
}

/** §5.3 (1): from the bottom until the hips have risen half of the rep range. */
function earlyRise(
  s: HingeSeries,
  legs: LegChoice,
  hip: Float64Array,
  bottomI: number,
  endI: number,
): { trunk: number; knee: number } {
  const half = (hip[bottomI]! + hip[endI]!) / 2;
  let best = NaN;
  let bestI = bottomI;
  for (let i = bottomI; i <= endI && hip[i]! >= half; i++) {
    const dTrunk = s.trunkDeg[i]! - s.trunkDeg[bottomI]!;
    if (!(dTrunk <= best)) {
      best = dTrunk;
      bestI = i;
    }
  }
  const knee =
    legValue(s, legs, (l) => l.kneeFlexDeg, bottomI) - legValue(s, legs, (l) => l.kneeFlexDeg, bestI);
  return { trunk: best, knee };
}

/** min over windows of `w` samples inside [a, b] of the window's max: a level held for w samples. */
function sustainedMin(x: Float64Array, a: number, b: number, w: number): number {
  let best = NaN;
  for (let i = a; i + w - 1 <= Math.min(b, x.length - 1); i++) {
    let mx = -Infinity;
    for (let k = i; k < i + w; k++) mx = Math.max(mx, x[k]!);
    if (Number.isFinite(mx) && !(mx >= best)) best = mx;
  }
  return Number.isFinite(best) ? best : x[a]!;
}

/** Last frame from the bottom on, while rising, with the wrists still below the knees; null if they are not below the knees at the bottom. */
function barBelowKneeRiseI(s: HingeSeries, bottomI: number, endI: number): number | null {
  const below = (i: number) => s.wristMidYUp[i]! < s.kneeMidYUp[i]!;
  if (!below(bottomI)) return null;
  let i = bottomI;
  while (i + 1 <= endI && below(i + 1)) i++;
  return i;
}
