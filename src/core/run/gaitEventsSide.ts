import type { Side } from '../track/keypoints.ts';
import { signalAt, type RunSignals } from './runSignals.ts';
import { argExtreme, findPeaks, refineExtremumT } from './seriesPeaks.ts';
import { ascending } from '../signal/median.ts';
import { byContactT } from './byContactT.ts';

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

/**
 * Stance durations outside this band are not running stances (biomech-notes.md §2.2 step 6). The
 * lower end admits sprinting: Dorn's sprinter has 0.12–0.13 s stances at 9.4 m/s and elite
 * sprinters ~0.08–0.09 s (issue 12), so 0.08 s; the 0.45 s upper end is slow jogging.
 */
export const STANCE_MIN_S = 0.08;
export const STANCE_MAX_S = 0.45;
/**
 * Knee flexion rise after late-stance peak extension that marks toe-off, degrees [H]. Chosen on the
 * Hamner treadmill runs (force-plate TO, 2–5 m/s); checked leave-one-trial-out, Dorn included, by
 * scripts/generalization.ts.
 */
export const TO_KNEE_RISE_DEG = 3;
/**
 * Height of the ankle above its own stance level, as a share of L, below which the foot counts as
 * come down to the ground [H] (≈ 3.5 cm on a 0.9 m leg). At force-plate-validated initial contact
 * the ankle joint centre is 0.022–0.055 L above its stance level on every visible fixture (Hamner
 * heel strikes 2–5 m/s and Dorn forefoot sprints 7–9.4 m/s); the value is chosen from a grid on
 * the visible side-view trials and checked leave-one-trial-out by scripts/generalization.ts.
 */
export const LANDING_HEIGHT_RATIO = 0.035;

/** Data-chosen constants of the side-view events, overridable by scripts/generalization.ts only. */
/**
 * Clip median of the ankle's mean descent speed from the end of its forward reach down to
 * LANDING_HEIGHT_RATIO, L/s, from which a clip's landings are "active" [H]: the foot is still in
 * the air when it stops reaching forward and comes down fast (a sprinter's pawing landing), so the
 * contacts wait for it; below it the foot is already near the ground (treadmill jogging, heel
 * strikes rolling onto the sole), where the forward-reach landmarks stand and the height crossing
 * would only add 10–20 ms of noise. On fresh noise draws of the visible side tracks (seeds 1–12,
 * 30 and 60 fps) it is 0–1.29 L/s on every Hamner run (2–5 m/s) and 1.60–2.45 L/s on the Dorn
 * sprints (7–9.4 m/s): the middle of that gap. Checked leave-one-trial-out by
 * scripts/generalization.ts.
 */
export const CRISP_LANDING_LPS = 1.45;

/**
 * Knee flexion above which a candidate contact is a swinging leg, degrees: peak knee flexion over
 * a running stance is about 35–55° (biomech-notes.md §4.5; 37–53° on every visible mocap run,
 * 2–9.4 m/s) and the knee is straighter at contact than at midstance, while a swinging knee folds
 * to 90–130°. Physiology, not chosen on a clip. (overground_demo3.mp4, a 1.6-s pass at 480×352:
 * its third "contact" had the knee at 71° in the app's track and 101° in the CLI's.)
 */
export const MAX_KNEE_FLEXION_AT_CONTACT_DEG = 60;

/** Data-chosen constants of the side-view events, overridable by scripts/generalization.ts only. */
export interface SideEventParams {
  landingHeightRatio: number;
  crispLandingLps: number;
  toKneeRiseDeg: number;
}

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
export function gaitEventsSide(s: RunSignals, params: Partial<SideEventParams> = {}): GaitEvent[] {
  const landing = params.landingHeightRatio ?? LANDING_HEIGHT_RATIO;
  const crispLps = params.crispLandingLps ?? CRISP_LANDING_LPS;
  const cand: { side: Side; r: Float64Array; tr: number; ic: number; land: number; speed: number }[] = [];
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
      // Where and how fast the foot comes down to the ground (see landedT and CRISP_LANDING_LPS).
      const land = landedT(s, g, Math.min(tr, Number.isFinite(tk) ? tk : tr), L, landing);
      cand.push({ side, r, tr, ic, land: land.t, speed: land.speedLps });
    }
  }
  const med = (v: number[]) => (v.length ? v.sort(ascending)[Math.floor(v.length / 2)]! : 0);
  // Loops, not map/every arrows over the candidates (recompiled after every full garbage
  // collection: byContactT.ts).
  const speeds: number[] = [];
  const delays: number[] = [];
  for (const c of cand) {
    speeds.push(c.speed);
    delays.push(Number.isFinite(c.land) ? Math.max(0, c.land - c.ic) : 0);
  }
  const crisp = med(speeds) >= crispLps;
  // The clip's typical delay from the landmarks to the landing: a median over its steps, as one
  // step's crossing is noisy; all contacts move together, so the cadence does not change.
  const delay = crisp ? med(delays) : 0;
  // Each side's candidates are contiguous in `cand`; where their reach times rise (always, but for
  // a refinement that reorders two), the same foot's next reach is a later neighbour, found by a
  // forward scan instead of a search of all candidates from the start (~1600 on a 10-minute run).
  let ordered = true;
  for (let i = 1; i < cand.length && ordered; i++)
    ordered = cand[i]!.side !== cand[i - 1]!.side || cand[i]!.tr >= cand[i - 1]!.tr;
  for (let ci = 0; ci < cand.length; ci++) {
    const c = cand[ci]!;
    const side = c.side;
    const g = s.leg[side];
    // In an active landing each step's own crossing is a second, independent estimate of its
    // contact (centred on the first, as the delay is their median difference): average the two.
    const ic = delay > 0 && Number.isFinite(c.land) ? (c.ic + delay + c.land) / 2 : c.ic + delay;
    // A knee bent further than any running stance bends is a swinging leg, not a landing one.
    if (signalAt(s, g.kneeFlexDeg, ic) > MAX_KNEE_FLEXION_AT_CONTACT_DEG) continue;
    // The same foot's next forward reach bounds its toe-off search: a stride is shorter than the
    // 0.6 s window at sprint cadences (0.46 s at 9.4 m/s).
    let next: (typeof cand)[number] | undefined;
    if (ordered) {
      for (let o = ci + 1; o < cand.length && cand[o]!.side === side; o++)
        if (cand[o]!.tr > c.tr) {
          next = cand[o];
          break;
        }
    } else next = cand.find((o) => o.side === side && o.tr > c.tr);
    const { to: toeOffT, tMin } = toeOff(
      s,
      side,
      c.r,
      ic,
      params.toKneeRiseDeg ?? TO_KNEE_RISE_DEG,
      next ? next.tr : Infinity,
    );
    // Contact clarity: how far forward the foot reaches (a real running contact reaches ≥ 0.1 L).
    const reach = Math.min(1, Math.max(0, (signalAt(s, c.r, c.tr) + 0.1) / 0.3));
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
    out.push({
      side,
      contactT: ic,
      toeOffT,
      kneeExtensionT: tMin,
      confidence: Math.round(reach * quality * 100) / 100,
    });
  }
  return out.sort(byContactT);
}

/**
 * The moment the ankle has come down to within `ratio`·L of its own stance level (the lowest image
 * position it reaches in the 0.2 s after `tFrom`), searched forward from `tFrom`; −∞ when it is
 * already that low at `tFrom` (then the foot was down and the other landmarks stand).
 *
 * Why: the foot most forward of the pelvis (Zeni) and the knee's extension minimum mark IC only
 * when the foot lands at the end of its forward swing, as in treadmill jogging (Hamner, 2–5 m/s:
 * both within ~20 ms of contact). A sprinter retracts the swinging foot actively before landing
 * ("pawing"): on the Dorn runs the foot is most forward 35–70 ms and the knee straightest 20–50 ms
 * BEFORE contact, the foot still ~0.1 L in the air, which put IC 25–47 ms early and knee flexion,
 * shank angle and foot-ahead at contact 12–18° and 0.18 L off. A foot cannot be in contact while
 * still in the air, whatever the speed or camera (the level camera's image y is height, on a
 * treadmill and on a dolly alike), so the ground arrival bounds both landmarks from below.
 */
export function landedT(
  s: RunSignals,
  g: RunSignals['leg'][Side],
  tFrom: number,
  L: number,
  ratio: number,
): { t: number; speedLps: number } {
  const none = { t: -Infinity, speedLps: 0 };
  const fs = s.fsHz;
  const i0 = Math.max(0, Math.round((tFrom - s.t0) * fs));
  const iLow = argExtreme(g.ankleY, i0, i0 + Math.round(0.2 * fs), 1);
  if (iLow < 0) return none;
  const level = g.ankleY[iLow]! - ratio * L;
  const y0 = signalAt(s, g.ankleY, tFrom);
  if (!(y0 < level)) return none;
  for (let i = i0; i < iLow; i++) {
    const a = g.ankleY[i]!;
    const b = g.ankleY[i + 1]!;
    if (a < level && b >= level) {
      const t = Math.max(tFrom, s.t0 + (i + (level - a) / (b - a)) / fs);
      // Mean descent speed from the landmark down to the landing level.
      return { t, speedLps: t > tFrom ? (level - y0) / L / (t - tFrom) : 0 };
    }
  }
  return none;
}

function toeOff(
  s: RunSignals,
  side: Side,
  r: Float64Array,
  ic: number,
  riseDeg: number,
  nextReachT: number,
): { to: number | null; tMin: number } {
  const none = { to: null, tMin: NaN };
  const fs = s.fsHz;
  const kf = s.leg[side].kneeFlexDeg;
  const i0 = Math.round((ic - s.t0) * fs);
  // The rearmost foot position comes shortly after TO, before the foot swings forward to its next
  // reach; peak stance flexion lies in the first ~60 % of the way there (midstance), and
  // late-stance extension between the two.
  const iNext = Number.isFinite(nextReachT) ? Math.floor((nextReachT - s.t0) * fs) : Infinity;
  const iBack = argExtreme(r, i0 + Math.round(0.1 * fs), Math.min(i0 + Math.round(0.6 * fs), iNext), -1);
  if (iBack < 0) return none;
  const iPk = argExtreme(kf, i0, i0 + Math.round(0.6 * (iBack - i0)), 1);
  if (iPk < 0 || iBack <= iPk) return none;
  const iMin = argExtreme(kf, iPk, iBack, -1);
  if (iMin < 0 || iMin >= iBack) return none;
  const tMin = refineExtremumT(kf, s.t0, fs, iMin, Math.max(2, Math.round(0.07 * fs)), -1);
  const kMin = Math.min(kf[iMin]!, signalAt(s, kf, tMin));
  const level = kMin + riseDeg;
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
  const med = (v: number[]) => v.sort(ascending)[Math.floor(v.length / 2)]!;
  // Loops, not filter/map arrows over the events (recompiled after every full garbage collection:
  // byContactT.ts).
  const lagsK: number[] = [];
  const contacts: number[] = [];
  for (const e of events) {
    if (e.toeOffT === null) continue;
    if (Number.isFinite(e.kneeExtensionT)) lagsK.push(e.toeOffT - e.kneeExtensionT!);
    contacts.push(e.toeOffT - e.contactT);
  }
  if (contacts.length < 3) return events;
  const contact = med(contacts);
  return events.map((e) => {
    if (e.toeOffT !== null) return e;
    let to = NaN;
    if (Number.isFinite(e.kneeExtensionT) && lagsK.length >= 3) to = e.kneeExtensionT! + med(lagsK);
    else if (e.contactT + contact > tEndS - 0.12) to = e.contactT + contact;
    const stance = to - e.contactT;
    return stance >= STANCE_MIN_S && stance <= STANCE_MAX_S
      ? { ...e, toeOffT: to, toeOffEstimated: true }
      : e;
  });
}
