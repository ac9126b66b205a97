import { median } from '../signal/median.ts';
import type { Side } from '../track/keypoints.ts';
import type { GaitEvent } from './gaitEventsSide.ts';
import type { RunSignals } from './runSignals.ts';
import { argExtreme, findPeaks, refineExtremumT } from './seriesPeaks.ts';

/**
 * Share of a step period by which initial contact precedes the hip's peak downward speed [H].
 * In flight the pelvis falls freely; after contact the ground force grows and the fall stops
 * accelerating once it equals body weight, early in loading response. On the Hamner treadmill
 * fixtures (2–5 m/s, force-plate events) the lag is 0.11–0.13 of a step at every speed.
 */
export const REAR_IC_LEAD_STEP_FRACTION = 0.12;
/** IC to the pelvis low point (midstance), share of a step [H]; 0.30–0.39 on the fixtures. */
export const REAR_IC_TO_LOW_STEP_FRACTION = 0.35;
/** Pelvis high point (flight) to the next IC, share of a step [H]; 0.09–0.16 on the fixtures. */
export const REAR_HIGH_TO_IC_STEP_FRACTION = 0.13;

/**
 * Rear/front-view contacts (biomech-notes.md §2.2 "rear view": midstance is the pelvis-height
 * minimum; the stance ankle sits lowest in the image). The ankle's own vertical path is ambiguous
 * from behind (a foot far ahead on the belt looks high in the image), so events come from the
 * pelvis: each pelvis low point (hip-mid image-y maximum, prominence ≥ 0.02 L) is one stance; the
 * stance foot is the one lower in the image there; IC = the mean of three estimates: the peak
 * downward pelvis speed minus 0.12 steps, the low point minus 0.35 steps, the preceding high
 * point plus 0.13 steps [H]; TO ≈ the next pelvis high point (the start of flight).
 */
export function gaitEventsRear(s: RunSignals): GaitEvent[] {
  const fs = s.fsHz;
  const L = median([s.leg.left.legLengthPx, s.leg.right.legLengthPx]);
  if (!(L > 0) || s.n < 5) return [];
  const y = s.hipMidY;
  const v = new Float64Array(s.n).fill(NaN);
  for (let i = 1; i < s.n - 1; i++) v[i] = ((y[i + 1]! - y[i - 1]!) * fs) / 2;
  const bottoms = findPeaks(y, 1, Math.round(0.12 * fs), Math.round(0.25 * fs), 0.02 * L);
  if (bottoms.length < 2) return [];
  const tb = bottoms.map((i) => s.t0 + i / fs);
  const stepS = median(tb.slice(1).map((t, k) => t - tb[k]!));
  const hw = Math.max(2, Math.round(0.05 * fs));
  const out: GaitEvent[] = [];
  bottoms.forEach((ib, k) => {
    const iPrev = k > 0 ? bottoms[k - 1]! : Math.max(0, ib - Math.round(stepS * fs));
    const iv = argExtreme(v, iPrev + 1, ib - 1, 1);
    // Near the clip start the descent (and the high point before it) may be cut or distorted by
    // the filter's edge: the first low point then gives IC from itself alone.
    const seenDescent = !(k === 0 && (iv <= iPrev + 1 || argExtreme(y, 0, iv, -1) <= 1));
    const tLow = refineExtremumT(y, s.t0, fs, ib, hw, 1);
    const est = [tLow - REAR_IC_TO_LOW_STEP_FRACTION * stepS];
    if (seenDescent) {
      const tv = refineExtremumT(v, s.t0, fs, iv, hw, 1);
      // Three pelvis landmarks of the same step, each a fixed share of the step period from IC:
      // averaging them reduces the timing noise of any one (all [H], see the constants).
      if (Number.isFinite(tv)) est.push(tv - REAR_IC_LEAD_STEP_FRACTION * stepS);
      const itop = argExtreme(y, iPrev + 1, iv, -1);
      if (itop > iPrev + 1 && itop < iv) est.push(refineExtremumT(y, s.t0, fs, itop, hw, -1) + REAR_HIGH_TO_IC_STEP_FRACTION * stepS);
    }
    const contactT = est.reduce((a, b) => a + b, 0) / est.length;
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
      toeOffT: Number.isFinite(to) && stance >= 0.12 && stance <= 0.45 ? to : null,
      confidence: Math.round(sep * q * 100) / 100,
    });
  });
  return out;
}
