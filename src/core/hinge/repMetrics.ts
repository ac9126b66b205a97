import type { HingeRep, HingeRepSideMetrics, HingeRepTimes } from '../report/report.ts';
import type { HingeSeries } from './hingeSeries.ts';
import { legValue, meanLegLengthPx, type LegChoice } from './legChoice.ts';
import type { RepIndices } from './segmentReps.ts';
import { trunkDriftDeg } from './trunkDrift.ts';

const DEG = 180 / Math.PI;
const orNull = (v: number): number | null => (Number.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null);

/** A side-view rep: every side-view number present (the report's HingeRep has them optional). */
export type HingeRepMetrics = HingeRep & HingeRepSideMetrics;

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
): HingeRepTimes & HingeRepSideMetrics {
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
