import { median } from '../signal/median.ts';
import type { HingeRepMetrics } from './repMetrics.ts';

/**
 * Which norms a hinge set is judged by (issue 13). 'rdl': straight-ish knees, the hips do the bend
 * (Romanian / stiff-leg deadlift, good morning with soft knees); 'deadlift': a bent-knee pull
 * (conventional or kettlebell deadlift from the floor), where a textbook rep has hip 120°,
 * knee 80° (ratio 1.5) and the RDL's "ratio < 2" would call every good rep a squat; 'swing': a
 * kettlebell swing (the bell goes back between the legs, then forward to shoulder height or
 * overhead), told apart by the wrist path; 'good-morning': the load on the upper back (or a dowel or
 * bell held at the shoulders/chest), soft knees, the hips go back; 'squat': the load at the
 * shoulders/chest and deep knee flexion, judged by no hinge norm (squatting-the-hinge never applies).
 * The user can set any of them.
 */
export type LiftKind = 'rdl' | 'deadlift' | 'swing' | 'good-morning' | 'squat';

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

/**
 * Hands held at the shoulders or chest, not hanging (good morning, squat): the wrists' highest point
 * over the rep is at least this far above the shoulders (torso lengths). Hands on a bar at the
 * shoulders read 0, hanging arms about −1 (upper arm + forearm ≈ one torso: anthropometry), so the
 * midpoint −0.5 is the definition's boundary, not fitted. The visible clips agree: the good mornings
 * and the squat fixtures (opencap_squats1, misc_DLS01, arms held forward) read −0.13 … +0.51, every
 * hanging-arm pull −0.80 … −1.22 (the split-screen RDL, two people read as one, −0.47, but its
 * wrists hang at the bottom: see below).
 */
export const LOADED_UP_MIN_WRIST_TOP = -0.5;
/**
 * …and the hands are still at the shoulders at the bottom (wristBottomVsShoulderRatio ≥ −0.5, the
 * same midpoint between a load at the shoulders, 0, and hanging arms, −1): "at the shoulders through
 * the rep". A swing or a pull lets the arms hang at the bottom even when it reaches shoulder height
 * at the top. Visible: good mornings +0.19 / −0.22, every pull and swing −0.88 … −1.52.
 */
export const LOADED_UP_MIN_WRIST_BOTTOM = -0.5;
/**
 * With the load at the shoulders, median knee flexion at the bottom from which the set is a squat,
 * not a good morning. By definition a good morning keeps soft knees (5 ± 7°, Schellenberg 2013) and a
 * squat reaches about parallel (≥ 90°); MoveNet reads soft knees 10–15° too bent and the oblique
 * coach demos more (the visible good mornings read 51° dowel, 63° kettlebell; the squat fixtures 91°
 * opencap_squats1, 108° misc_DLS01). 75° lies in that gap; these four clips chose it. Leave-one-clip-
 * out: the midpoint of the gap left by the other three (71–85°) still classifies the held-out clip.
 */
export const SQUAT_MIN_KNEE_DEG = 75;

const num = (v: unknown): number => (typeof v === 'number' ? v : NaN);

export function liftKind(reps: HingeRepMetrics[]): LiftKind | null {
  const top = median(reps.map((r) => num(r.wristTopVsShoulderRatio)));
  const bottom = median(reps.map((r) => num(r.wristBottomVsHipRatio)));
  if (top >= SWING_MIN_WRIST_TOP && bottom < SWING_MAX_WRIST_BOTTOM) return 'swing';
  const knee = median(reps.map((r) => num(r.kneeFlexionDeg)));
  if (!Number.isFinite(knee)) return null;
  const bottomVsShoulder = median(reps.map((r) => num(r.wristBottomVsShoulderRatio)));
  if (top >= LOADED_UP_MIN_WRIST_TOP && bottomVsShoulder >= LOADED_UP_MIN_WRIST_BOTTOM)
    return knee >= SQUAT_MIN_KNEE_DEG ? 'squat' : 'good-morning';
  return knee < RDL_MAX_KNEE_DEG ? 'rdl' : 'deadlift';
}
