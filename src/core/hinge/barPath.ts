import type { ConditionedTrack } from '../signal/conditionTrack.ts';
import { median } from '../signal/median.ts';
import { LEG_SHARE_OF_HEIGHT } from '../track/anthropometry.ts';
import { KP } from '../track/keypoints.ts';
import { concentricPhase } from './concentricPhase.ts';

/**
 * Issue 18: the bar of a deadlift or RDL, from the keypoints hipcheck already has. The hands hold
 * the bar, so the mid-point of the wrists is the bar's path (a proxy: the bar sits a few cm below
 * and in front of the wrist centres, the same offset all rep long, so its motion is the bar's).
 * Read on the conditioned track (confidence gating, Hampel, 5 Hz zero-lag Butterworth for hinge),
 * whose low-pass also makes the derivative usable for the peak velocity.
 */

/**
 * Mid-foot ahead of the ankle joint centre, in leg lengths: foot length ≈ 0.152 H and hip-to-ankle
 * (thigh + shank) ≈ 0.491 H (Winter 2009, Biomechanics and Motor Control of Human Movement, Fig. 4.1),
 * and the ankle joint stands about a quarter of the foot from the heel, so the middle of the foot
 * lies ≈ 0.25 × 0.152 H = 0.038 H = 0.08 L ahead of it. Anthropometry, not chosen on any clip.
 */
export const MIDFOOT_AHEAD_OF_ANKLE_RATIO = 0.08;

export interface RepBar {
  /** Max |bar x − mid-foot x at the bottom| over the rep, in leg lengths. */
  barPathMaxDeviationRatio: number | null;
  barPathMaxDeviationCm: number | null;
  /** The vertical over the mid-foot at the bottom of the rep, x in source pixels (where the figure draws it). */
  barMidfootXPx: number | null;
  /** When the bar was farthest from the mid-foot line, seconds (the bar-drift flag's evidence frame). */
  barPathMaxDeviationT: number | null;
  /** Concentric mean and peak vertical velocity of the bar, m/s (null without a scale). */
  barConcentricMeanVelocityMps: number | null;
  barConcentricPeakVelocityMps: number | null;
  /** The same mean in leg lengths per second: relative velocity, always available. */
  barConcentricMeanVelocityLps: number | null;
  /** The concentric phase the velocities cover, seconds. */
  barConcentricStartT: number | null;
  barConcentricEndT: number | null;
}

/**
 * The low-pass cut-off of the bar's vertical signal that times its concentric phase, Hz (the rest of
 * the hinge analysis, the bar's path included, keeps the 5 Hz of conditionTrack). The phase's edges
 * sit at turnarounds, where the bar moves a pixel or two, so the keypoints' noise left by 5 Hz moves
 * them by tens of ms (20–80 ms on a 0.3–0.5 s rise on fresh noise draws of the opencap squat). 3 Hz
 * is inside the range Pose2Sim gives for slow movements (3–6 Hz, biomech-notes.md §1). Chosen on
 * fresh noise draws (scripts/noise-robustness.ts noisyVariant, seeds 1–40 at 30 and 60 fps) of
 * misc_DLS01_side and opencap_squats1_side among 2, 2.5, 3, 3.5, 4 and 5 Hz as the lowest cut-off that
 * moves no clean-track rep by more than 2 % (the definition stays the bar's phase; clean shifts at
 * 2 / 2.5 / 3 Hz: DLS01 up to 2.4 / 0.9 / 0.3 %, the squat's fastest rep, 0.30 s, 8.5 / 3.5 / 1.5 %).
 * Squat reps beyond 10 % of the clean value, seeds 1–40: 59 of 400 at 5 Hz, 40 at 3 Hz (2.5 Hz: 32,
 * 2 Hz: 20, in a prototype); DLS01 0 at each. Held-out seeds 41–80, looked at once: squat 75 → 41 of
 * 400, DLS01 0 → 0. The visible squat's worst rep (30 fps) 13.4 → 11.7 %.
 */
export const BAR_TIMING_CUTOFF_HZ = 3;

/** Wrist mid-point per sample (one wrist where only one was seen), px, y down. */
export function barSeries(c: ConditionedTrack): { x: Float64Array; y: Float64Array } {
  const n = c.t.length;
  const x = new Float64Array(n).fill(NaN);
  const y = new Float64Array(n).fill(NaN);
  const lx = c.x[KP.left_wrist]!;
  const rx = c.x[KP.right_wrist]!;
  const ly = c.y[KP.left_wrist]!;
  const ry = c.y[KP.right_wrist]!;
  for (let i = 0; i < n; i++) {
    const l = Number.isFinite(lx[i]!) && Number.isFinite(ly[i]!);
    const r = Number.isFinite(rx[i]!) && Number.isFinite(ry[i]!);
    if (l && r) {
      x[i] = (lx[i]! + rx[i]!) / 2;
      y[i] = (ly[i]! + ry[i]!) / 2;
    } else if (l || r) {
      x[i] = l ? lx[i]! : rx[i]!;
      y[i] = l ? ly[i]! : ry[i]!;
    }
  }
  return { x, y };
}

const round = (v: number, k: number) => (Number.isFinite(v) ? Math.round(v * 10 ** k) / 10 ** k : null);

/**
 * The bar of one rep (sample indices of the conditioned track): its path against the vertical line
 * over the mid-foot at the bottom, and its concentric velocity — from 3 % to 97 % of the bar's rise
 * from its lowest point in the rep to its top, each edge read from a quadratic fitted to that end of
 * the rise (concentricPhase.ts) — as the mean (distance / time) and the peak of the
 * central-difference velocity. The phase and the mean are read on `barTimingY` (the wrist mid-point's
 * y low-passed at BAR_TIMING_CUTOFF_HZ; default `bar.y`), the path and the peak on `bar`.
 * `legLengthPx` normalises; `pxPerM` (null: no scale) turns pixels into metres.
 */
export function repBar(
  c: ConditionedTrack,
  bar: { x: Float64Array; y: Float64Array },
  d: 1 | -1,
  legLengthPx: number,
  rep: { startI: number; bottomI: number; endI: number; startKind?: 'top' | 'bottom' },
  pxPerM: number | null,
  barTimingY: Float64Array = bar.y,
): RepBar {
  const { startI, bottomI, endI } = rep;
  const none: RepBar = {
    barPathMaxDeviationRatio: null,
    barPathMaxDeviationCm: null,
    barMidfootXPx: null,
    barPathMaxDeviationT: null,
    barConcentricMeanVelocityMps: null,
    barConcentricPeakVelocityMps: null,
    barConcentricMeanVelocityLps: null,
    barConcentricStartT: null,
    barConcentricEndT: null,
  };
  if (!(legLengthPx > 0) || endI <= startI) return none;
  const ankleX = (i: number) => {
    const a = c.x[KP.left_ankle]![i]!;
    const b = c.x[KP.right_ankle]![i]!;
    return Number.isFinite(a) && Number.isFinite(b) ? (a + b) / 2 : Number.isFinite(a) ? a : b;
  };
  // The vertical over the mid-foot, from the feet around the bottom (median: one frame's ankle jitter does not move it).
  const w = Math.max(1, Math.round(0.1 * c.fsHz));
  const feet: number[] = [];
  for (let i = Math.max(0, bottomI - w); i <= Math.min(c.t.length - 1, bottomI + w); i++)
    feet.push(ankleX(i));
  const midfootX = median(feet) + d * MIDFOOT_AHEAD_OF_ANKLE_RATIO * legLengthPx;
  let maxDev = NaN;
  let maxDevI = -1;
  for (let i = startI; i <= endI; i++) {
    const dev = Math.abs(bar.x[i]! - midfootX);
    if (Number.isFinite(dev) && !(dev <= maxDev)) {
      maxDev = dev;
      maxDevI = i;
    }
  }
  // Concentric phase: from the lowest bar point of the rep (largest y) to its top, 3 %–97 % of the
  // rise (concentricPhase.ts). A rep that begins standing is searched from halfway down its descent: the hands can sit
  // lowest while standing (arms hanging before a squat; on fresh noise draws of the opencap squat
  // one rep's "concentric phase" was its set-up, 212 % off), and the pull follows the bottom. A
  // pull from the floor begins at its lowest point.
  // The phase and its mean velocity come from `barTimingY` (the wrists low-passed at
  // BAR_TIMING_CUTOFF_HZ), the peak from `bar.y` within that phase.
  const ty = barTimingY;
  let low = -1;
  const from = rep.startKind === 'top' ? Math.floor((startI + bottomI) / 2) : startI;
  for (let i = from; i <= endI; i++) if (Number.isFinite(ty[i]!) && (low < 0 || ty[i]! > ty[low]!)) low = i;
  let top = -1;
  for (let i = Math.max(low, 0); i <= endI; i++)
    if (Number.isFinite(ty[i]!) && (top < 0 || ty[i]! < ty[top]!)) top = i;
  let meanPxS = NaN;
  let peakPxS = NaN;
  const phase = low >= 0 && top > low ? concentricPhase(c.t, ty, low, top) : null;
  if (phase) {
    meanPxS = phase.meanPxS;
    for (let i = Math.max(1, low); i <= top && i + 1 < c.t.length; i++) {
      if (c.t[i]! < phase.startT || c.t[i]! > phase.endT) continue;
      const v = (bar.y[i - 1]! - bar.y[i + 1]!) / (c.t[i + 1]! - c.t[i - 1]!);
      if (Number.isFinite(v) && !(v <= peakPxS)) peakPxS = v;
    }
  }
  const m = pxPerM !== null && pxPerM > 0 ? pxPerM : NaN;
  return {
    barPathMaxDeviationRatio: round(maxDev / legLengthPx, 4),
    barPathMaxDeviationCm: round((100 * maxDev) / m, 1),
    barMidfootXPx: round(midfootX, 1),
    barPathMaxDeviationT: maxDevI >= 0 ? round(c.t[maxDevI]!, 4) : null,
    barConcentricMeanVelocityMps: round(meanPxS / m, 3),
    barConcentricPeakVelocityMps: round(peakPxS / m, 3),
    barConcentricMeanVelocityLps: round(meanPxS / legLengthPx, 3),
    barConcentricStartT: phase ? round(phase.startT, 4) : null,
    barConcentricEndT: phase ? round(phase.endT, 4) : null,
  };
}

/**
 * Velocity loss across a set, %: (fastest rep − last rep) / fastest rep, from the concentric mean
 * velocities — the measure velocity-based training uses to dose a set (Sánchez-Medina &
 * González-Badillo 2011, Med Sci Sports Exerc 43:1725). Relative velocities
 * give the same percentage, so no scale is needed. Null with fewer than 2 reps.
 */
export function velocityLossPct(meanVelocities: readonly (number | null)[]): number | null {
  const v = meanVelocities.filter((x): x is number => typeof x === 'number' && x > 0);
  if (v.length < 2 || meanVelocities[meanVelocities.length - 1] === null) return null;
  const best = Math.max(...v);
  return round((100 * (best - v[v.length - 1]!)) / best, 1);
}

/** Pixels per metre in the lifter's plane from their standing height and their leg length in px. */
export function pxPerMFromHeight(legLengthPx: number, heightM: number): number | null {
  return legLengthPx > 0 && heightM > 0.5 && heightM < 2.6
    ? legLengthPx / (LEG_SHARE_OF_HEIGHT * heightM)
    : null;
}

/** A standard (IWF / bumper) plate's diameter, m: 450 mm whatever its weight. */
export const PLATE_DIAMETER_M = 0.45;

/** Pixels per metre in the lifter's plane from a plate's diameter marked on the video, px. */
export function pxPerMFromPlate(diameterPx: number): number | null {
  return Number.isFinite(diameterPx) && diameterPx >= 10 ? diameterPx / PLATE_DIAMETER_M : null;
}
