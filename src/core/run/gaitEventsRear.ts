import { median } from '../signal/median.ts';
import type { Side } from '../track/keypoints.ts';
import { STANCE_MAX_S, STANCE_MIN_S, type GaitEvent } from './gaitEventsSide.ts';
import type { RunSignals } from './runSignals.ts';
import { ACTIVE_LANDING_LPS, REAR_TO_RISE_LEAD_S, rearActiveLandings } from './rearActiveLandings.ts';
import { argExtreme, findPeaks, refineExtremumT } from './seriesPeaks.ts';

/**
 * Share of a step period by which initial contact precedes the hip's peak downward speed [H].
 * In flight the pelvis falls freely; after contact the ground force grows and the fall stops
 * accelerating once it equals body weight, early in loading response. On the Hamner treadmill
 * fixtures (2–5 m/s, force-plate events) the lag is 0.11–0.13 of a step at every speed.
 */
export const REAR_IC_LEAD_STEP_FRACTION = 0.12;
/**
 * IC to the pelvis low point (midstance), share of a step [H]; 0.30–0.39 on the Hamner fixtures.
 * These three shares are half the stance or flight share of a step, so they hold for jogging duty
 * factors (stance 0.74–0.89 of a step) only: on the Dorn sprints (0.53) they are 0.24, 0.075 and
 * 0.20 at 7 m/s, and at 9.4 m/s the hips no longer dip at midstance (low point 0.42–0.56 of a
 * step after IC, near toe-off). Such clips land actively and are timed by the ankle instead
 * (rearActiveLandings, chosen by the clip's landing speed, ACTIVE_LANDING_LPS).
 */
export const REAR_IC_TO_LOW_STEP_FRACTION = 0.35;
/** Pelvis high point (flight) to the next IC, share of a step [H]; 0.09–0.16 on the fixtures. */
export const REAR_HIGH_TO_IC_STEP_FRACTION = 0.13;

/**
 * Rear/front-view contacts (biomech-notes.md §2.2 "rear view": midstance is the pelvis-height
 * minimum; the stance ankle sits lowest in the image). Where the clip's landings are active (the
 * landing ankle's peak downward image speed, clip median, ≥ ACTIVE_LANDING_LPS: sprinting), the
 * ankle's fall ends at contact and events come from the ankles (rearActiveLandings). Otherwise the
 * ankle's own vertical path is ambiguous from behind (a jogger's heel rolls onto the sole while
 * the belt carries the foot back, and a foot far ahead looks high in the image), so events come
 * from the pelvis: each pelvis low point (hip-mid image-y maximum, prominence ≥ 0.02 L) is one
 * stance; the stance foot is the one lower in the image there; IC = the mean of three estimates:
 * the peak downward pelvis speed minus 0.12 steps, the low point minus 0.35 steps, the preceding
 * high point plus 0.13 steps [H]; TO ≈ the next pelvis high point (the start of flight).
 */
/** Data-chosen constants of the rear-view events, overridable by scripts/generalization.ts only. */
export interface RearEventParams {
  leadStepFraction: number;
  icToLowStepFraction: number;
  highToIcStepFraction: number;
  activeLandingLps: number;
  toRiseLeadS: number;
  /** Diagnostics for scripts/generalization.ts: receives the clip's median landing speed, L/s. */
  onLandingLps: (lps: number) => void;
}

export function gaitEventsRear(
  s: RunSignals,
  params: Partial<RearEventParams> = {},
  view: 'rear' | 'front' = 'rear',
): GaitEvent[] {
  // The ankle-fall cue is the rear view's: seen from the front, the stance foot recedes from the
  // camera, so the ankle is lowest in the image at contact, not at heel-off, and the fall before
  // that lowest point is swing. Front views keep the pelvis path.
  const active = view === 'rear' ? rearActiveLandings(s, params.toRiseLeadS ?? REAR_TO_RISE_LEAD_S) : null;
  params.onLandingLps?.(active ? active.landingLps : NaN);
  if (active && active.landingLps >= (params.activeLandingLps ?? ACTIVE_LANDING_LPS)) return active.events;
  const lead = params.leadStepFraction ?? REAR_IC_LEAD_STEP_FRACTION;
  const toLow = params.icToLowStepFraction ?? REAR_IC_TO_LOW_STEP_FRACTION;
  const highTo = params.highToIcStepFraction ?? REAR_HIGH_TO_IC_STEP_FRACTION;
  const fs = s.fsHz;
  const L = median([s.leg.left.legLengthPx, s.leg.right.legLengthPx]);
  if (!(L > 0) || s.n < 5) return [];
  const y = s.hipMidY;
  const v = new Float64Array(s.n).fill(NaN);
  for (let i = 1; i < s.n - 1; i++) v[i] = ((y[i + 1]! - y[i - 1]!) * fs) / 2;
  const bottoms = findPeaks(y, 1, Math.round(0.12 * fs), Math.round(0.25 * fs), 0.02 * L);
  if (bottoms.length < 2) return [];
  const hw = Math.max(2, Math.round(0.05 * fs));
  // Step period from the sub-sample low points: whole-sample lows quantise each interval to
  // 1/fs (33 ms at 30 fps), and every IC offset below is a share of this period.
  const tb = bottoms.map((i) => refineExtremumT(y, s.t0, fs, i, hw, 1));
  const stepS = median(tb.slice(1).map((t, k) => t - tb[k]!));
  // Per low point, IC from each of three pelvis landmarks of the same step, each a fixed share of
  // the step period from IC (all [H], see the constants): [low point, peak fall speed, high point].
  const est = bottoms.map((ib, k) => {
    const iPrev = k > 0 ? bottoms[k - 1]! : Math.max(0, ib - Math.round(stepS * fs));
    const iv = argExtreme(v, iPrev + 1, ib - 1, 1);
    const e = [tb[k]! - toLow * stepS, NaN, NaN];
    // Near the clip start the descent (and the high point before it) may be cut or distorted by
    // the filter's edge: the first low point then gives IC from itself alone.
    if (k === 0 && (iv <= iPrev + 1 || argExtreme(y, 0, iv, -1) <= 1)) return e;
    e[1] = refineExtremumT(v, s.t0, fs, iv, hw, 1) - lead * stepS;
    const itop = argExtreme(y, iPrev + 1, iv, -1);
    if (itop > iPrev + 1 && itop < iv) e[2] = refineExtremumT(y, s.t0, fs, itop, hw, -1) + highTo * stepS;
    return e;
  });
  const contacts = icFromLandmarks(est);
  const out: GaitEvent[] = [];
  bottoms.forEach((ib, k) => {
    const contactT = contacts[k]!;
    const yl = s.leg.left.ankleY[ib]!;
    const yr = s.leg.right.ankleY[ib]!;
    if (!Number.isFinite(yl) || !Number.isFinite(yr)) return;
    const side: Side = yl > yr ? 'left' : 'right';
    const iNext = k + 1 < bottoms.length ? bottoms[k + 1]! : Math.min(s.n - 1, ib + Math.round(stepS * fs));
    const it = argExtreme(y, ib + 1, iNext - 1, -1);
    const to = it > ib + 1 && it < iNext - 1 ? refineExtremumT(y, s.t0, fs, it, hw, -1) : NaN;
    const stance = to - contactT;
    // Clarity: the two ankles' vertical separation at midstance, against L.
    const sep = Math.min(1, Math.abs(yl - yr) / (0.1 * L));
    const sc = s.leg[side].score[ib]!;
    const q = Number.isFinite(sc) ? Math.min(1, Math.max(0, (sc - 0.2) / 0.5)) : 0;
    out.push({
      side,
      contactT,
      toeOffT: Number.isFinite(to) && stance >= STANCE_MIN_S && stance <= STANCE_MAX_S ? to : null,
      confidence: Math.round(sep * q * 100) / 100,
    });
  });
  return out;
}

/**
 * IC of each step as the mean of its landmark estimates (rows of [low, speed, high], NaN where a
 * landmark is not seen): averaging reduces the timing noise of any one. A step that lacks some
 * landmarks (the clip's first, whose descent is cut) would otherwise carry a different bias than
 * the rest, which shifts the clip-level cadence by ~1 spm per 10 ms at either end; so each
 * landmark's offset from the full-step mean is measured on this clip's full steps (median) and
 * removed from the partial step's estimates first.
 */
export function icFromLandmarks(est: number[][]): number[] {
  const mean = (a: number[]) => a.reduce((p, q) => p + q, 0) / a.length;
  const full = est.filter((e) => e.every(Number.isFinite));
  const bias = (est[0] ?? []).map((_, j) => (full.length ? median(full.map((e) => e[j]! - mean(e))) : 0));
  return est.map((e) => {
    if (e.every(Number.isFinite)) return mean(e);
    const seen = e.map((x, j) => x - bias[j]!).filter(Number.isFinite);
    return mean(seen);
  });
}
