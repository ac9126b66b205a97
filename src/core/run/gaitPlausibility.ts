import type { TextRef, RunSection, View } from '../report/report.ts';
import { median } from '../signal/median.ts';

/**
 * Running cadence band (steps/min); below it a clip is walking or slow motion [H]. The top admits
 * sprinting: Dorn's sprinter runs 259 steps/min at 9.4 m/s and elite sprinters reach 280–290
 * (issue 12); above 300 a clip is more likely fast-forward or a wrong frame rate.
 */
export const RUN_CADENCE_MIN_SPM = 130;
export const RUN_CADENCE_MAX_SPM = 300;
/** Median pelvis sink after contact below which a side-view gait is walking, L [H]. */
export const WALK_HIP_SINK_MAX_RATIO = 0.02;
/**
 * ...and below which share of the step's vertical oscillation [H]. A walker's pelvis is lowest at
 * double support, i.e. at contact, so it barely sinks after contact however much it oscillates; a
 * runner's is lowest at midstance, so most of the oscillation is sink. A sprinter's pelvis moves
 * little at all (Dorn 9.4 m/s: sink 0.011–0.036 L, median under 0.02 L, yet 0.4–0.9 of the
 * oscillation), so the absolute sink alone read sprinting as walking (issue 12).
 */
export const WALK_HIP_SINK_MAX_SHARE = 0.3;
/** Below this cadence a "run" is far more likely a slow-motion file than walking [H]. */
export const SLOWMO_CADENCE_MAX_SPM = 85;

export interface GaitPlausibility {
  /** True when cadence and contact times fit real-time running. */
  running: boolean;
  warnings: TextRef[];
  /** Suggested slow-motion factor (4 or 8, the common 120/240 fps → 30 fps captures), if any. */
  suggestedSlowmo: number | null;
}

/**
 * Checks that detected gait looks like real-time running: cadence 130–300 steps/min and, in the
 * side view, stance times found (0.12–0.45 s). Phones save 120/240 fps slow motion for playback at
 * 30 fps, so the file clock can run 4–8× slow: a cadence under 85 steps/min suggests that (the
 * user then gives --slowmo or the capture rate); 85–130 with long or missing stances is walking.
 */
export function gaitPlausibility(run: RunSection, view: View): GaitPlausibility {
  const warnings: TextRef[] = [];
  const c = run.cadenceSpm;
  if (c === null)
    return {
      running: false,
      warnings: [{ key: 'warn.run.tooFewContacts' }],
      suggestedSlowmo: null,
    };
  // Loops, not map/filter arrows over the steps (recompiled after every full garbage collection:
  // byContactT.ts).
  const contacts: number[] = [];
  const sinks: number[] = [];
  const shares: number[] = [];
  let withTo = 0;
  for (const s of run.steps) {
    if (typeof s.contactTimeS === 'number') contacts.push(s.contactTimeS);
    if (typeof s.toeOffT === 'number') withTo++;
    const drop = s.hipDropStanceRatio;
    const osc = s.verticalOscillationRatio;
    if (typeof drop === 'number') sinks.push(drop);
    const share = typeof drop === 'number' && typeof osc === 'number' && osc > 0 ? drop / osc : NaN;
    if (Number.isFinite(share)) shares.push(share);
  }
  const missingStance = view === 'side' && withTo < run.steps.length / 2;
  if (c < SLOWMO_CADENCE_MAX_SPM) {
    const f = [4, 8].find((k) => c * k >= 140 && c * k <= 220) ?? null;
    warnings.push({ key: 'warn.run.slowMotion', params: { cadenceSpm: c, factor: f } });
    return { running: false, warnings, suggestedSlowmo: f };
  }
  if (c < RUN_CADENCE_MIN_SPM || (missingStance && c < 150)) {
    warnings.push({ key: 'warn.run.walkingCadence', params: { cadenceSpm: c, missingStance } });
    return { running: false, warnings, suggestedSlowmo: null };
  }
  // Running lands into a sinking pelvis (it is lowest at midstance); walking vaults over a
  // stiff leg, so the pelvis barely sinks after contact (inverted pendulum) [H: < 0.02 L].
  const sink = median(sinks);
  const share = median(shares);
  if (
    view === 'side' &&
    Number.isFinite(sink) &&
    sink < WALK_HIP_SINK_MAX_RATIO &&
    !(share >= WALK_HIP_SINK_MAX_SHARE)
  ) {
    warnings.push({ key: 'warn.run.walkingNoSink', params: { sinkRatio: sink } });
    return { running: false, warnings, suggestedSlowmo: null };
  }
  if (c > RUN_CADENCE_MAX_SPM) {
    warnings.push({ key: 'warn.run.cadenceTooHigh', params: { cadenceSpm: c } });
    return { running: false, warnings, suggestedSlowmo: null };
  }
  if (missingStance) warnings.push({ key: 'warn.run.toeOffMissing' });
  const ct = median(contacts);
  if (Number.isFinite(ct) && ct > 0.4)
    warnings.push({ key: 'warn.run.longContact', params: { contactTimeS: ct } });
  return { running: true, warnings, suggestedSlowmo: null };
}
