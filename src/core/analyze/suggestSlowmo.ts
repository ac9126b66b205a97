import type { View } from '../report/report.ts';
import { analyzeRun } from '../run/analyzeRun.ts';
import type { Track } from '../track/track.ts';
import type { GaitPeriodicity } from './gaitPeriodicity.ts';
import { COMMON_CAPTURE_FPS, SLOWMO_CANDIDATES } from './slowmoCandidates.ts';
import { trackRealTime } from './trackQuality.ts';

/**
 * Real-time running cadence band a slow-motion factor must bring the rhythm into, steps/min:
 * 140 (slow jogging) to 300 (sprinting; elite sprinters reach ~280) [literature ranges, not data].
 */
export const SLOWMO_RUN_MIN_SPM = 140;
export const SLOWMO_RUN_MAX_SPM = 300;
/**
 * The cadence a factor is scored against: recreational runners land around 160–180 steps/min
 * [literature, not fitted]. Among factors that make the rhythm running, the one closest to it (in
 * ratio) wins, so ×4 vs ×5 and ×8 vs ×10 (25 % apart) go to the usual running cadence.
 */
export const TYPICAL_RUN_SPM = 170;
/**
 * Spring-mass running: the vertical force is a half-sine pulse in stance whose mean is body weight,
 * so the pelvis's vertical acceleration at the step frequency has an amplitude of ~1.6–1.9 g for
 * any duty factor 0.25–0.45. Its displacement amplitude A (in leg lengths L) therefore fixes the
 * REAL step frequency: (2π f)² · A = G_EFF. Gravity does not slow down in a slow-motion file, so
 * this tells ×4 from ×5 and ×8 from ×10 where the cadence alone cannot.
 * G_EFF = 13.9 /s² (in L) was chosen on the Hamner s04 fixtures (2–5 m/s, side and rear, clean
 * and 30 fps: median of A·(2π f_true)²); on data that did not choose it: male_side.mp4 14.1,
 * Dorn 7.0 m/s 12.7 (−9 %). Sprinting (Dorn 9.4 m/s) gives 8.4: a sprinter's pelvis barely
 * bobs, so the physics reads a sprint ~1.3× too fast; the cadence prior below pulls back.
 */
export const PELVIS_G_EFF_PER_S2 = 13.9;
/**
 * A factor whose cadence is further than this ratio from the bounce's is not offered [H]: the
 * bounce's error is ±10 % on the fixtures and ~1.3× on a sprint, while a wrong doubling is 2×.
 */
const MAX_PHYSICS_RATIO = 1.5;
/** Weight of the physics term against the typical-cadence term [H]. */
const PHYSICS_WEIGHT = 2;
/** Score penalty (log-ratio units) when the factor makes the capture rate one no camera offers [H]. */
const ODD_CAPTURE_PENALTY = 0.15;
/** hipSpreadCorr below this is walking (pelvis highest at midstance) [H: walk_demo4 −0.60; runs ≥ +0.01]. */
export const WALK_PHASE_MAX_CORR = -0.3;
/** Without the side-view phase test, factors below this are not offered (a walk read from behind at 90–120 steps/min would pass as ×2 running). */
const MIN_FACTOR_WITHOUT_PHASE = 4;

export interface SlowmoChoice {
  factor: number;
  /** Real-time cadence the rhythm implies at that factor, steps/min. */
  impliedSpm: number;
  /** Real-time cadence the pelvis's bounce implies (spring-mass), steps/min; NaN when unmeasured. */
  physicsSpm: number;
}

/** The real-time cadence a pelvis bounce of this amplitude (in leg lengths) implies, steps/min. */
export function bounceCadenceSpm(hipAmplitudeRatio: number): number {
  return hipAmplitudeRatio > 0
    ? (60 / (2 * Math.PI)) * Math.sqrt(PELVIS_G_EFF_PER_S2 / hipAmplitudeRatio)
    : NaN;
}

/**
 * Picks the slow-motion factor from the gait's rhythm alone (no contacts needed): the file-clock
 * cadence from gaitPeriodicity times each common factor; factors that land in the running band
 * are ranked by their distance (log ratio) to the cadence the pelvis's bounce implies (gravity
 * keeps real time; weighted ×2) plus their distance to a typical running cadence, with a small
 * penalty when the implied capture rate (file fps × factor) is one no camera offers. Null when the rhythm is
 * already real-time running or walking, when it is walking by its phase, or when no factor fits.
 */
export function chooseSlowmo(p: GaitPeriodicity, fileFps: number, view: View): SlowmoChoice | null {
  const c = p.cadenceSpm;
  if (!(c > 0) || p.strength <= 0) return null;
  if (c >= SLOWMO_RUN_MIN_SPM) return null; // already running speed in the file's own clock
  const phaseKnown = Number.isFinite(p.hipSpreadCorr);
  if (phaseKnown && p.hipSpreadCorr < WALK_PHASE_MAX_CORR) return null;
  const minFactor = phaseKnown && view === 'side' ? 1 : MIN_FACTOR_WITHOUT_PHASE;
  const physicsSpm = bounceCadenceSpm(p.hipAmplitudeRatio);
  let best: (SlowmoChoice & { score: number }) | null = null;
  for (const k of SLOWMO_CANDIDATES) {
    if (k < minFactor) continue;
    const implied = c * k;
    if (implied < SLOWMO_RUN_MIN_SPM || implied > SLOWMO_RUN_MAX_SPM) continue;
    const capture = fileFps * k;
    const usual = COMMON_CAPTURE_FPS.some((r) => Math.abs(capture - r) <= 0.02 * r);
    const off = Number.isFinite(physicsSpm) ? Math.abs(Math.log(implied / physicsSpm)) : 0;
    if (off > Math.log(MAX_PHYSICS_RATIO)) continue;
    const physics = PHYSICS_WEIGHT * off;
    const score = physics + Math.abs(Math.log(implied / TYPICAL_RUN_SPM)) + (usual ? 0 : ODD_CAPTURE_PENALTY);
    if (best === null || score < best.score) best = { factor: k, impliedSpm: implied, physicsSpm, score };
  }
  return best && { factor: best.factor, impliedSpm: best.impliedSpm, physicsSpm: best.physicsSpm };
}

/**
 * A run read in the file's own clock that does not look like running may be a slow-motion file.
 * The factor comes from the rhythm (chooseSlowmo); the running analysis is then run again at that
 * factor and the factor is suggested only when it finds real-time running there.
 */
export function suggestSlowmo(track: Track, view: View, d: 1 | -1, p: GaitPeriodicity): number | null {
  const choice = chooseSlowmo(p, track.fps, view);
  if (choice === null) return null;
  const r = analyzeRun(trackRealTime(track, choice.factor), { view, d });
  return r.running ? choice.factor : null;
}
