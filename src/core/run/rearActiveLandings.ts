import { median } from '../signal/median.ts';
import { STANCE_MAX_S, STANCE_MIN_S, type GaitEvent } from './gaitEventsSide.ts';
import type { RunSignals } from './runSignals.ts';
import { argExtreme, findPeaks } from './seriesPeaks.ts';
import { byContactT } from './byContactT.ts';

/**
 * Clip median of the landing ankle's peak downward image speed, L/s, from which a rear-view clip's
 * landings are "active" and timed by the ankle (rearActiveLandings) instead of the pelvis [H]. A
 * sprinter's foot is still falling fast when it lands (forefoot, pawing), and in the image from
 * behind that fall ends at contact: the ankle's downward speed peaks within ±10 ms of the
 * force-validated IC (Dorn 7.0 and 9.4 m/s, clean tracks). A jogger's heel comes down slowly and
 * rolls onto the sole while the belt carries the foot back, so the fastest downward motion before
 * the ankle's lowest image point is stance motion (+100–130 ms after IC on Hamner 2–5 m/s), and the
 * pelvis cues of gaitEventsRear stand. L/s is distance-free (image speed and L both scale with
 * 1/depth). On fresh noise draws (seeds 1–12, 30 and 60 fps; scripts/generalization.ts
 * --landing-speeds) it is 0.54–2.17 L/s on every Hamner run and 3.13–4.33 L/s on both Dorn
 * sprints: the middle of that gap. Leave-one-trial-out: without Hamner 5 m/s the gap's middle is
 * 2.44 (its max 2.17 stays below), without Dorn 7 m/s 2.90 (its min 3.13 stays above). On the
 * grid of scripts/generalization.ts (seeds 1–6) contactT MAE is 6–8 ms on Dorn with it and 30–33 ms
 * with the pelvis path, and 6–7 ms on Hamner (unchanged), 16–23 ms if joggers took the ankle path
 * (threshold 1.5). Its pass-rate leave-one-out is weak evidence here: what decides a Dorn rear pass
 * (cadence on 6 contacts, kneeFppa at 9.4 m/s) does not depend on the threshold.
 */
export const ACTIVE_LANDING_LPS = 2.65;

/**
 * Toe-off precedes the ankle's fastest rise by this much, s [H]: the foot leaves the ground, then
 * the heel whips up. From TO (force plate / foot kinematics) to the fastest rise of the ankle in the
 * rear image (clean tracks): 55–74 ms on Hamner 2–5 m/s, which chose it (they do not use this path),
 * 62 and 46 ms on Dorn 7.0 and 9.4 m/s. A time, not a share of the step, because the swing leg's
 * lift-off dynamics do not scale with the stance share. Checked on the Dorn draws, which did not
 * choose it (scripts/generalization.ts, seeds 1–6): toeOffT MAE 10 ms (best grid value 0.045 s:
 * 8–9 ms; the old pelvis-high TO: 40–42 ms).
 */
export const REAR_TO_RISE_LEAD_S = 0.06;

/**
 * Longest span before the ankle's lowest image point searched for the landing, s [H]: on the Dorn
 * sprints IC comes 86–103 ms before that point and the swing's early fall (a second, larger speed
 * peak) ≥ 200 ms before it (clean tracks). The search also starts no earlier than halfway down from
 * the foot's swing top, so the early fall is excluded wherever the top is in the clip.
 */
const LANDING_WINDOW_S = 0.15;

/**
 * Rear/front-view contacts of active landings, from each ankle's own vertical image path: every
 * lowest image point of an ankle (prominence ≥ 0.05 L; or the clip end while the ankle is still
 * coming down from a swing top) closes one of its stances; IC = the peak downward image speed of
 * that ankle in the second half of its fall, at most LANDING_WINDOW_S before the lowest point
 * (sub-sample vertex); TO = the fastest rise after it minus REAR_TO_RISE_LEAD_S (where not seen:
 * IC + the clip's median measured stance, `toeOffEstimated`). `landingLps` is
 * the clip median of the peak speeds, the quantity ACTIVE_LANDING_LPS is compared with; null where
 * no landing is seen.
 */
export function rearActiveLandings(
  s: RunSignals,
  riseLeadS = REAR_TO_RISE_LEAD_S,
): { events: GaitEvent[]; landingLps: number } | null {
  const fs = s.fsHz;
  const L = median([s.leg.left.legLengthPx, s.leg.right.legLengthPx]);
  if (!(L > 0) || s.n < 5) return null;
  const w = Math.max(2, Math.round(LANDING_WINDOW_S * fs));
  const events: GaitEvent[] = [];
  const speeds: number[] = [];
  for (const side of ['left', 'right'] as const) {
    const y = s.leg[side].ankleY;
    const v = new Float64Array(s.n).fill(NaN);
    for (let i = 1; i < s.n - 1; i++) v[i] = ((y[i + 1]! - y[i - 1]!) * fs) / 2;
    const spacing = Math.round(0.12 * fs);
    const bottoms = findPeaks(y, 1, spacing, Math.round(0.3 * fs), 0.05 * L);
    const tops = findPeaks(y, -1, spacing, Math.round(0.3 * fs), 0.05 * L);
    const ends = [...bottoms];
    const lastTop = tops[tops.length - 1];
    if (lastTop !== undefined && (bottoms.length === 0 || lastTop > bottoms[bottoms.length - 1]!))
      ends.push(s.n - 1);
    for (const ib of ends) {
      const ip = tops.filter((i) => i < ib).pop();
      const i0 = Math.max(ib - w, ip === undefined ? 0 : Math.ceil((ip + ib) / 2));
      const j = argExtreme(v, i0, ib - 1, 1);
      // A peak on the search's first sample, or with no sample after it, is not a peak.
      if (j <= Math.max(1, i0) || j >= s.n - 2 || !(v[j]! > v[j + 1]!) || !(v[j]! >= v[j - 1]!)) continue;
      const contactT = vertex3T(v, s.t0, fs, j);
      speeds.push(v[j]! / L);
      let toeOffT: number | null = null;
      const i1 = Math.min(s.n - 2, ib + w);
      const ir = ib < s.n - 1 ? argExtreme(v, ib + 1, i1, -1) : -1;
      if (ir > ib + 1 && ir < i1) {
        const to = vertex3T(v, s.t0, fs, ir) - riseLeadS;
        if (to - contactT >= STANCE_MIN_S && to - contactT <= STANCE_MAX_S) toeOffT = to;
      }
      // Clarity as in the pelvis path: the ankles' vertical separation, against L, × keypoint score.
      const sep = Math.min(1, Math.abs(s.leg.left.ankleY[j]! - s.leg.right.ankleY[j]!) / (0.1 * L));
      const sc = s.leg[side].score[j]!;
      const q = Number.isFinite(sc) ? Math.min(1, Math.max(0, (sc - 0.2) / 0.5)) : 0;
      events.push({
        side,
        contactT,
        toeOffT,
        confidence: Number.isFinite(sep) ? Math.round(sep * q * 100) / 100 : 0,
      });
    }
  }
  if (!speeds.length) return null;
  // A stance whose toe-off was not seen (its rise cut by the clip end or lost in noise) lasts the
  // clip's median measured stance, as toeOffFill does at the side view's clip end: the rear
  // metrics' jogging default (REAR_DEFAULT_STANCE_S, 0.25 s) would run a 0.12-0.16 s sprint
  // stance into the next step.
  const stances = events.filter((e) => e.toeOffT !== null).map((e) => e.toeOffT! - e.contactT);
  const filled =
    stances.length >= 3
      ? events.map((e) =>
          e.toeOffT === null ? { ...e, toeOffT: e.contactT + median(stances), toeOffEstimated: true } : e,
        )
      : events;
  return { events: filled.sort(byContactT), landingLps: median(speeds) };
}

/**
 * Time of the vertex of the parabola through samples i−1, i, i+1 (i a local extremum), seconds.
 * refineExtremumT needs ≥ 4 samples in its fit, and its 5-sample window spans 133 ms at 30 fps, more
 * than a sprinter's landing speed peak (the Dorn contacts came out up to 127 ms off with it).
 */
function vertex3T(x: ArrayLike<number>, t0: number, fsHz: number, i: number): number {
  const [a, b, c] = [x[i - 1]!, x[i]!, x[i + 1]!];
  const den = a - 2 * b + c;
  const d = den !== 0 ? (0.5 * (a - c)) / den : 0;
  return t0 + (i + (Number.isFinite(d) ? Math.max(-0.5, Math.min(0.5, d)) : 0)) / fsHz;
}
