import type { Side } from '../track/keypoints.ts';
import { signalAt, type RunSignals } from './runSignals.ts';
import { argExtreme, findPeaks, refineExtremumT } from './seriesPeaks.ts';

/** One detected foot contact. Times in seconds (file clock unless the caller rescaled it). */
export interface GaitEvent {
  side: Side;
  contactT: number;
  /** Toe-off, or null when it could not be found or failed the stance sanity check. */
  toeOffT: number | null;
  /** 0..1: keypoint quality during the stance × clarity of the contact peak. */
  confidence: number;
  /** Side view: time of peak knee extension in late stance (the TO anchor), or NaN. */
  kneeExtensionT?: number;
  /** True when toeOffT was estimated from the clip's other steps (toeOffFill). */
  toeOffEstimated?: boolean;
}

/** Stance durations outside this band are not running stances (biomech-notes.md §2.2 step 6). */
export const STANCE_MIN_S = 0.12;
export const STANCE_MAX_S = 0.45;
/** Knee flexion rise after late-stance peak extension that marks toe-off, degrees [H]. */
export const TO_KNEE_RISE_DEG = 3;

/**
 * Side-view initial contact and toe-off per foot (biomech-notes.md §2.2, Zeni + Fellin on COCO-17):
 *
 * - Candidate contacts are maxima of `r = d·(x_ankle − x_hipMid)/L` (the foot most forward of the
 *   pelvis, Zeni et al. 2008) with prominence ≥ 0.25 L, at most one per 0.3 s.
 * - IC is the mean of the sub-frame time of that maximum and of the knee's extension minimum
 *   around it (±80 ms): on the mocap fixtures the r maximum leads the force-plate contact by about
 *   10 ms and the knee minimum by about 5 ms; averaging two noisy estimates halves their variance.
 * - TO: the mean of Fellin et al.'s (2010) peak knee extension in late stance and of the first
 *   moment after it at which the knee has flexed again by 3° [H] (the knee bends as the foot
 *   unloads; robust to the flat minimum of slow running). A stance outside 0.12–0.45 s leaves TO
 *   null.
 */
export function gaitEventsSide(s: RunSignals): GaitEvent[] {
  const out: GaitEvent[] = [];
  const fs = s.fsHz;
  for (const side of ['left', 'right'] as Side[]) {
    const g = s.leg[side];
    const L = g.legLengthPx;
    if (!(L > 0)) continue;
    const r = new Float64Array(s.n);
    for (let i = 0; i < s.n; i++) r[i] = (s.d * (g.ankleX[i]! - s.hipMidX[i]!)) / L;
    const peaks = findPeaks(r, 1, Math.round(0.15 * fs), Math.round(0.5 * fs), 0.25);
    const hw = Math.max(2, Math.round(0.07 * fs));
    for (const p of peaks) {
      const tr = refineExtremumT(r, s.t0, fs, p, hw, 1);
      const ik = argExtreme(g.kneeFlexDeg, p - Math.round(0.08 * fs), p + Math.round(0.08 * fs), -1);
      const tk = ik >= 0 ? refineExtremumT(g.kneeFlexDeg, s.t0, fs, ik, hw, -1) : NaN;
      const ic = Number.isFinite(tk) && Math.abs(tk - tr) < 0.08 ? (tr + tk) / 2 : tr;
      const { to: toeOffT, tMin } = toeOff(s, side, r, ic);
      // Contact clarity: how far forward the foot reaches (a real running contact reaches ≥ 0.1 L).
      const reach = Math.min(1, Math.max(0, (signalAt(s, r, tr) + 0.1) / 0.3));
      const iEnd = Math.round(((toeOffT ?? ic + 0.25) - s.t0) * fs);
      let q = 0;
      let nq = 0;
      for (let i = Math.round((ic - s.t0) * fs); i <= iEnd && i < s.n; i++) {
        if (i >= 0 && Number.isFinite(g.score[i]!)) {
          q += g.score[i]!;
          nq++;
        }
      }
      const quality = nq ? Math.min(1, Math.max(0, (q / nq - 0.2) / 0.5)) : 0;
      out.push({ side, contactT: ic, toeOffT, kneeExtensionT: tMin, confidence: Math.round(reach * quality * 100) / 100 });
    }
  }
  return out.sort((a, b) => a.contactT - b.contactT);
}

function toeOff(s: RunSignals, side: Side, r: Float64Array, ic: number): { to: number | null; tMin: number } {
  const none = { to: null, tMin: NaN };
  const fs = s.fsHz;
  const kf = s.leg[side].kneeFlexDeg;
  const i0 = Math.round((ic - s.t0) * fs);
  // The rearmost foot position comes shortly after TO; peak stance flexion lies in the first ~60 %
  // of the way there (midstance), and late-stance extension between the two.
  const iBack = argExtreme(r, i0 + Math.round(0.1 * fs), i0 + Math.round(0.6 * fs), -1);
  if (iBack < 0) return none;
  const iPk = argExtreme(kf, i0, i0 + Math.round(0.6 * (iBack - i0)), 1);
  if (iPk < 0 || iBack <= iPk) return none;
  const iMin = argExtreme(kf, iPk, iBack, -1);
  if (iMin < 0 || iMin >= iBack) return none;
  const tMin = refineExtremumT(kf, s.t0, fs, iMin, Math.max(2, Math.round(0.07 * fs)), -1);
  const kMin = Math.min(kf[iMin]!, signalAt(s, kf, tMin));
  const level = kMin + TO_KNEE_RISE_DEG;
  for (let i = iMin; i < Math.min(s.n - 1, iBack + Math.round(0.1 * fs)); i++) {
    const a = kf[i]!;
    const b = kf[i + 1]!;
    if (a < level && b >= level) {
      // Fellin's peak extension leads the force-plate TO at slow speeds (≈ −30 ms at 2 m/s on the
      // fixtures) and the 3° re-flexion lags it at fast ones (≈ +20 ms at 4 m/s): they bracket
      // TO, so the estimate is their mean.
      const to = (s.t0 + (i + (level - a) / (b - a)) / fs + tMin) / 2;
      const stance = to - ic;
      return { to: stance >= STANCE_MIN_S && stance <= STANCE_MAX_S ? to : null, tMin };
    }
  }
  return { to: null, tMin };
}

/**
 * Toe-off for steps whose knee re-flexion was not seen, from the clip's own other steps (at least
 * 3 with a measured TO; marked `toeOffEstimated`, still subject to the stance check):
 * - peak knee extension seen: that time plus the clip's median delay from extension to TO;
 * - otherwise, when the stance runs into the clip end (`tEndS`): IC plus the clip's median contact
 *   time (the stance metrics of that step then stop at the last frame).
 */
export function toeOffFill(events: GaitEvent[], tEndS: number): GaitEvent[] {
  const med = (v: number[]) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  const measured = events.filter((e) => e.toeOffT !== null);
  if (measured.length < 3) return events;
  const lagsK = measured.filter((e) => Number.isFinite(e.kneeExtensionT)).map((e) => e.toeOffT! - e.kneeExtensionT!);
  const contact = med(measured.map((e) => e.toeOffT! - e.contactT));
  return events.map((e) => {
    if (e.toeOffT !== null) return e;
    let to = NaN;
    if (Number.isFinite(e.kneeExtensionT) && lagsK.length >= 3) to = e.kneeExtensionT! + med(lagsK);
    else if (e.contactT + contact > tEndS - 0.12) to = e.contactT + contact;
    const stance = to - e.contactT;
    return stance >= STANCE_MIN_S && stance <= STANCE_MAX_S ? { ...e, toeOffT: to, toeOffEstimated: true } : e;
  });
}
