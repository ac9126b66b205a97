import { median } from '../signal/median.ts';
import type { HingeThresholds } from './hingeThresholds.ts';
import type { HingeRepMetrics } from './repMetrics.ts';

export type MovementPattern = 'hinge' | 'squat' | 'in-between';

/** The movement pattern of a set with the numbers it was decided on (set medians over the reps). */
export interface HingePattern {
  pattern: MovementPattern | null;
  hipKneeRatio: number | null;
  kneeFlexionDeg: number | null;
  shinAngleDeg: number | null;
  /** Median hip path direction standing → bottom: 0° straight back, 90° straight down. */
  hipPathDeg: number | null;
  /** One line with the reason, English (the UI localises from the numbers). */
  basis: string;
}

type Th = Pick<
  HingeThresholds,
  'hingeMinRatio' | 'hingeMaxShinDeg' | 'squatMaxRatio' | 'squatMinKneeDeg' | 'squatMinShinDeg'
>;

/**
 * biomech-notes §5.2 2D classifier [H], at the bottom frame: hinge when R = hip/knee flexion ≥ 2.0
 * and the shin < 15°; squat when R < 1.2 or (knee > 70° and shin > 20°); in-between otherwise
 * ("squinge"). The hip path (back vs down) is reported beside it as a second view of the same thing.
 */
export function classifyPattern(
  ratio: number,
  kneeDeg: number,
  shinDeg: number,
  th: Th,
): MovementPattern | null {
  if (!Number.isFinite(ratio) || !Number.isFinite(shinDeg)) return null;
  if (ratio >= th.hingeMinRatio && shinDeg < th.hingeMaxShinDeg) return 'hinge';
  if (ratio < th.squatMaxRatio || (kneeDeg > th.squatMinKneeDeg && shinDeg > th.squatMinShinDeg))
    return 'squat';
  return 'in-between';
}

const num = (v: unknown): number => (typeof v === 'number' ? v : NaN);
const r = (v: number): number | null => (Number.isFinite(v) ? Math.round(v * 100) / 100 : null);

/** Set-level pattern from the medians of the reps' bottom values. */
export function hingePattern(reps: HingeRepMetrics[], th: Th): HingePattern {
  const m = (k: keyof HingeRepMetrics) => median(reps.map((x) => num(x[k])));
  const ratio = m('hipKneeRatio');
  const knee = m('kneeFlexionDeg');
  const shin = m('shinAngleDeg');
  const path = m('hipPathDeg');
  const pattern = classifyPattern(ratio, knee, shin, th);
  const basis =
    pattern === null
      ? 'not enough measured reps'
      : `hip/knee flexion ratio ${ratio.toFixed(2)} (hinge ≥ ${th.hingeMinRatio}, squat < ${th.squatMaxRatio}), knee flexion ${knee.toFixed(0)}°, shin ${shin.toFixed(0)}° (hinge < ${th.hingeMaxShinDeg}°)` +
        (Number.isFinite(path)
          ? `, hips travel ${path < 45 ? 'mostly back' : 'mostly down'} (path ${path.toFixed(0)}° below horizontal)`
          : '');
  return {
    pattern,
    hipKneeRatio: r(ratio),
    kneeFlexionDeg: r(knee),
    shinAngleDeg: r(shin),
    hipPathDeg: r(path),
    basis,
  };
}
