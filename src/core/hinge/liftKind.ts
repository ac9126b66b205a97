import { median } from '../signal/median.ts';
import type { HingeRepMetrics } from './repMetrics.ts';

/**
 * Which norms a hinge set is judged by (issue 13). 'rdl': straight-ish knees, the hips do the bend
 * (Romanian / stiff-leg deadlift, good morning with soft knees); 'deadlift': a bent-knee pull
 * (conventional or kettlebell deadlift from the floor, swing), where a textbook rep has hip 120°,
 * knee 80° (ratio 1.5) and the RDL's "ratio < 2" would call every good rep a squat; 'squat': the
 * user said the set is a squat, so squatting-the-hinge never applies. Squat, swing and good morning
 * are not told apart from the movement here: the user can set the lift.
 */
export type LiftKind = 'rdl' | 'deadlift' | 'squat';

/**
 * Median knee flexion at the bottom below which a set is an RDL-type hinge: 45° [H], between the
 * good morning's 5 ± 7° and the deadlift's 103–108 ± 22° max knee flexion (Schellenberg 2013, in
 * biomech-notes §5.2); not fitted to the visible clips.
 */
export const RDL_MAX_KNEE_DEG = 45;

export function liftKind(reps: HingeRepMetrics[]): LiftKind | null {
  const knee = median(reps.map((r) => (typeof r.kneeFlexionDeg === 'number' ? r.kneeFlexionDeg : NaN)));
  if (!Number.isFinite(knee)) return null;
  return knee < RDL_MAX_KNEE_DEG ? 'rdl' : 'deadlift';
}
