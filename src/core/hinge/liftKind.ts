import { median } from '../signal/median.ts';
import type { HingeRepMetrics } from './repMetrics.ts';

/**
 * Which norms a hinge set is judged by (issue 13). 'rdl': straight-ish knees, the hips do the bend
 * (Romanian / stiff-leg deadlift, good morning with soft knees); 'deadlift': a bent-knee pull
 * (conventional or kettlebell deadlift from the floor), where a textbook rep has hip 120°,
 * knee 80° (ratio 1.5) and the RDL's "ratio < 2" would call every good rep a squat; 'swing': a
 * kettlebell swing (the bell goes back between the legs, then forward to shoulder height or
 * overhead), told apart by the wrist path; 'squat': the user said the set is a squat, so
 * squatting-the-hinge never applies. Squat and good morning are not told apart from the movement
 * here: the user can set the lift.
 */
export type LiftKind = 'rdl' | 'deadlift' | 'swing' | 'squat';

/**
 * A swing by definition: the wrists reach shoulder height or above at the top (median over reps of
 * wristTopVsShoulderRatio ≥ 0) and are below the hips at the bottom (wristBottomVsHipRatio < 0: the
 * bell between the legs). Both limits are the movement's definition, not fitted. On the visible clips
 * (scripts/flag-validity.ts --detail) the two swings read +0.58 / +1.01 at the top and −0.41 / −0.47 at
 * the bottom; every deadlift/RDL tops out at −0.47 or lower (hanging arms; −0.47 is the split-screen dumbbell RDL, read whole-frame), and the good mornings,
 * whose hands hold the load at the chest or behind the neck, read −0.07 / +0.51 at the top but
 * +0.22 / +0.89 (hands above the hips) at the bottom.
 */
export const SWING_MIN_WRIST_TOP = 0;
export const SWING_MAX_WRIST_BOTTOM = 0;

/**
 * Median knee flexion at the bottom below which a set is an RDL-type hinge: 45° [H], between the
 * good morning's 5 ± 7° and the deadlift's 103–108 ± 22° max knee flexion (Schellenberg 2013, in
 * biomech-notes §5.2); not fitted to the visible clips.
 */
export const RDL_MAX_KNEE_DEG = 45;

const num = (v: unknown): number => (typeof v === 'number' ? v : NaN);

export function liftKind(reps: HingeRepMetrics[]): LiftKind | null {
  const top = median(reps.map((r) => num(r.wristTopVsShoulderRatio)));
  const bottom = median(reps.map((r) => num(r.wristBottomVsHipRatio)));
  if (top >= SWING_MIN_WRIST_TOP && bottom < SWING_MAX_WRIST_BOTTOM) return 'swing';
  const knee = median(reps.map((r) => num(r.kneeFlexionDeg)));
  if (!Number.isFinite(knee)) return null;
  return knee < RDL_MAX_KNEE_DEG ? 'rdl' : 'deadlift';
}
