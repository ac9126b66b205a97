import { quantile } from '../signal/median.ts';
import type { HingeThresholds } from './hingeThresholds.ts';
import { argMax, argMin, finiteRuns, hysteresisMaxima, smoothedRate } from './signalTools.ts';

/** One complete rep, as sample indices on the analysis grid. */
export interface RepIndices {
  startI: number;
  bottomI: number;
  endI: number;
  /** 'top': began standing (RDL, squat, swing); 'bottom': began at the bottom (deadlift from the floor). */
  startKind: 'top' | 'bottom';
  /** A floor start whose first frame is already moving: the true bottom may precede the clip. */
  startInMotion: boolean;
}

/** A bottom that did not make a complete rep, with the reason (for the report's warnings). */
export interface IncompleteRep {
  bottomI: number;
  reason: 'no-standing-before' | 'no-standing-after' | 'too-shallow' | 'no-lockout';
}

export interface Segmentation {
  reps: RepIndices[];
  incomplete: IncompleteRep[];
  /** Hysteresis used, in signal units (degrees of hip flexion). */
  deltaDeg: number;
  /** Smoothed rate of change of the signal, deg/s. */
  rate: Float64Array;
}

/**
 * A rep that starts at the floor has no standing frame before it to compare its top with, so its
 * top counts as lockout only when the rise has undone all but this fraction of the rep's own bottom
 * hip flexion (top ≤ frac × bottom; relative to the lifter's own range, so camera distance and body
 * size drop out). Chosen by scripts/hinge-reps.ts --loo on the visible side-view floor starts
 * (shared/media/hinge: tby66 *_1, formfit, rnhrn, deadlift_good/bad, rdl) as the largest top/bottom
 * ratio of a labelled complete rep (0.28, deadlift_bad) plus the labels' lockout tolerance of ~15%
 * of the movement range (LABELS.json _meta.lockoutT); the partial pull in rdl.mp4 stops at 0.48.
 * Leave-one-clip-out: every held-out count is unchanged except deadlift_bad's own (see the script).
 */
export const FLOOR_LOCKOUT_FRAC = 0.43;

type Th = Pick<
  HingeThresholds,
  'repProminenceFrac' | 'minRepRangeDeg' | 'stillDegPerS' | 'standingZoneFrac' | 'maxStandingHipFlexionDeg'
>;

/**
 * Walks from `from` toward `to` (step ±1) and returns the first sample that is inside the standing
 * zone (`x ≤ zoneTop`) and still: |rate| < still, or the rate changes sign there (it passed
 * through zero between two samples; the acos form of hip flexion has a sharp V where the hip passes
 * straight, which a 3D angle or a finer sampling would show as a still instant). With noisy
 * keypoints the rate may never drop under the threshold: then the stillest sample of the first
 * stretch inside the zone is used.
 */
function findStill(
  x: Float64Array,
  rate: Float64Array,
  from: number,
  to: number,
  zoneTop: number,
  still: number,
): number {
  const step = to >= from ? 1 : -1;
  let inZone = false;
  let best = -1;
  for (let i = from; step > 0 ? i <= to : i >= to; i += step) {
    const z = x[i]! <= zoneTop;
    if (z) {
      inZone = true;
      if (Math.abs(rate[i]!) < still) return i;
      // The rate changing sign between two samples means it passed through zero in between.
      const j = i + step;
      if ((step > 0 ? j <= to : j >= to) && rate[i]! * rate[j]! < 0 && x[j]! <= zoneTop)
        return Math.abs(rate[j]!) < Math.abs(rate[i]!) ? j : i;
      if (best < 0 || Math.abs(rate[i]!) < Math.abs(rate[best]!)) best = i;
    } else if (inZone) break;
  }
  return best;
}

/**
 * A floor start (a clip that begins at the bottom) counts its first rise only when that bottom is at
 * least this share of the depth of the set's reps that began standing (their median; checked where
 * there are ≥ 2 of them). A clip that cuts into a movement part-way down (the lifter standing up
 * from a set-up, the end of a rep before the clip) begins shallower than the set. Depth = bottom
 * minus the standing level after the rise (floor start) or before/after it (the others), in the
 * segmented signal's units. Visible floor starts beside ≥ 2 standing-start reps (scripts/hinge-reps.ts
 * --loo): kettlebell_deadlift 0.61 (labelled: not a rep, LABELS.md "5 (5)"), good_morning_dowel 0.80
 * (labelled 4, 5 accepted), rnhrn_band_deadlift 1.02, kettlebell_swing_american 1.43 (reps); 0.7 is
 * the middle of the gap. Chosen on kettlebell_deadlift alone (the only visible shallow start), so the
 * gap, not a fit, is the evidence: every labelled floor-start rep is ≥ 0.80.
 */
export const FLOOR_START_MIN_DEPTH_SHARE = 0.7;

/**
 * Splits a hip-flexion series (degrees, NaN where unseen) into reps (metrics.md "Hinge / squat"):
 * bottomT = max hip flexion; startT = last still frame before the lowering; endT = first still frame
 * after the rising; still = |d hip flexion/dt| < 5°/s. Bottoms are maxima that stand out by at least
 * `repProminenceFrac` of the clip's range (biomech-notes §5.6). A set that starts at the bottom
 * (deadlift from the floor) has its first rep start at the still frame before the first rise. Only
 * complete reps (standing, or the floor start, before; standing after) are returned; the others are
 * listed as incomplete. Each finite run is handled on its own: a lifter out of frame ends a run.
 */
export function segmentReps(
  x: Float64Array,
  fsHz: number,
  th: Th,
  floorLockoutFrac = FLOOR_LOCKOUT_FRAC,
  cutIdx: readonly number[] = [],
  floorStartMinDepthShare = FLOOR_START_MIN_DEPTH_SHARE,
): Segmentation {
  if (cutIdx.length) {
    // Scenes of a spliced clip are segmented apart, each with its own range of motion (another
    // take may be a different lift or depth), and their reps added up.
    const bounds = [0, ...cutIdx.filter((c) => c > 0 && c < x.length), x.length];
    const all: Segmentation = { reps: [], incomplete: [], deltaDeg: NaN, rate: smoothedRate(x, fsHz, 0.1) };
    for (let k = 0; k + 1 < bounds.length; k++) {
      const xp = new Float64Array(x.length).fill(NaN);
      xp.set(x.subarray(bounds[k]!, bounds[k + 1]!), bounds[k]!);
      const sp = segmentReps(xp, fsHz, th, floorLockoutFrac, [], floorStartMinDepthShare);
      all.reps.push(...sp.reps);
      all.incomplete.push(...sp.incomplete);
      if (!(sp.deltaDeg <= all.deltaDeg)) all.deltaDeg = sp.deltaDeg;
    }
    return all;
  }
  const rate = smoothedRate(x, fsHz, 0.1);
  const range = quantile(x, 0.98) - quantile(x, 0.02);
  const delta = Math.max(th.repProminenceFrac * range, th.minRepRangeDeg);
  const reps: RepIndices[] = [];
  const incomplete: IncompleteRep[] = [];
  if (!Number.isFinite(range)) return { reps, incomplete, deltaDeg: delta, rate };
  const still = th.stillDegPerS;
  for (const [r0, r1] of finiteRuns(x, Math.round(0.5 * fsHz))) {
    const bottoms = hysteresisMaxima(x, r0, r1, delta);
    // A final descent the clip ends in (no rise after it) is an incomplete rep.
    const lastB = bottoms.length ? bottoms[bottoms.length - 1]! : r0;
    const tailMin = argMin(x, lastB, r1);
    const tailMax = tailMin >= 0 ? argMax(x, tailMin, r1) : -1;
    if (
      tailMax > tailMin &&
      x[tailMax]! - x[tailMin]! >= delta &&
      (bottoms.length === 0 || tailMax > lastB)
    ) {
      incomplete.push({ bottomI: tailMax, reason: 'no-standing-after' });
    }
    bottoms.forEach((b0, k) => {
      const prevB = k > 0 ? bottoms[k - 1]! : r0;
      const nextB = k + 1 < bottoms.length ? bottoms[k + 1]! : r1;
      const preI = argMin(x, prevB, b0);
      const postI = argMin(x, b0, nextB);
      const pre = x[preI]!;
      const post = x[postI]!;
      const standRef = Math.min(pre, post);
      const depth = x[b0]! - standRef;
      const zone = (lvl: number) => lvl + th.standingZoneFrac * (x[b0]! - lvl);
      if (depth < th.minRepRangeDeg) return void incomplete.push({ bottomI: b0, reason: 'too-shallow' });
      const endI = findStill(x, rate, b0, nextB, zone(post), still);
      if (endI < 0) return void incomplete.push({ bottomI: b0, reason: 'no-standing-after' });
      const standingAfter = post <= zone(standRef) && post <= th.maxStandingHipFlexionDeg;
      if (standingAfter && pre <= zone(standRef)) {
        const startI = findStill(x, rate, b0, prevB, zone(pre), still);
        if (startI >= 0)
          return void reps.push({ startI, bottomI: b0, endI, startKind: 'top', startInMotion: false });
      }
      // Floor start: only the first bottom of a run, and the run must begin near the bottom level.
      // Its end is the first still frame after the rise (the standing level is unknown before it);
      // a top that is not upright shows up as incomplete-lockout rather than as a lost rep.
      if (k === 0 && x[r0]! >= x[b0]! - th.standingZoneFrac * depth) {
        // The rise begins where the signal has left the bottom by 10% of the rep range.
        let rise = b0;
        while (rise < endI && x[rise]! > x[b0]! - 0.1 * depth) rise++;
        let startI = rise;
        while (startI > r0 && !(Math.abs(rate[startI]!) < still)) startI--;
        const bottomI = argMax(x, startI, rise);
        const startInMotion = !(Math.abs(rate[startI]!) < still);
        // A pull that stops short of lockout (or is cut by the end of the clip) is not a rep.
        if (!(x[endI]! <= floorLockoutFrac * x[bottomI]!))
          return void incomplete.push({ bottomI, reason: 'no-lockout' });
        return void reps.push({ startI, bottomI, endI, startKind: 'bottom', startInMotion });
      }
      if (!standingAfter) return void incomplete.push({ bottomI: b0, reason: 'no-standing-after' });
      incomplete.push({ bottomI: b0, reason: 'no-standing-before' });
    });
  }
  const kept = dropShallowFloorStarts(x, reps, incomplete, floorStartMinDepthShare);
  incomplete.sort((a, b) => a.bottomI - b.bottomI);
  return { reps: kept, incomplete, deltaDeg: delta, rate };
}

/** Depth of a rep in the signal's units: bottom minus its standing level (see FLOOR_START_MIN_DEPTH_SHARE). */
export function repDepth(x: Float64Array, r: RepIndices): number {
  const stand = r.startKind === 'bottom' ? x[r.endI]! : Math.min(x[r.startI]!, x[r.endI]!);
  return x[r.bottomI]! - stand;
}

/** The reps without floor starts shallower than FLOOR_START_MIN_DEPTH_SHARE of the standing-start reps (those go to `incomplete`). */
function dropShallowFloorStarts(
  x: Float64Array,
  reps: RepIndices[],
  incomplete: IncompleteRep[],
  minShare: number,
): RepIndices[] {
  const fromTop = reps.filter((r) => r.startKind === 'top').map((r) => repDepth(x, r));
  if (fromTop.length < 2) return reps;
  const setDepth = quantile(fromTop, 0.5);
  return reps.filter((r) => {
    if (r.startKind !== 'bottom' || repDepth(x, r) >= minShare * setDepth) return true;
    incomplete.push({ bottomI: r.bottomI, reason: 'no-standing-before' });
    return false;
  });
}
