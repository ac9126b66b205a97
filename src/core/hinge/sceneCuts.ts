import { median } from '../signal/median.ts';
import { KP } from '../track/keypoints.ts';
import type { TrackFrame } from '../track/track.ts';

type P = [number, number] | null;

const centre = (f: TrackFrame, a: number, b: number, min: number): P => {
  if (f.kp.length !== 17) return null;
  const pa = (Number(f.kp[a]![2]) || 0) >= min;
  const pb = (Number(f.kp[b]![2]) || 0) >= min;
  if (pa && pb) return [(f.kp[a]![0] + f.kp[b]![0]) / 2, (f.kp[a]![1] + f.kp[b]![1]) / 2];
  return null;
};

/**
 * Scene cuts inside a clip (two takes spliced together, a cut to another camera), from the track
 * alone: between one posed frame and the next (a gap of empty frames allowed, up to `maxGapS`),
 * the hip and shoulder centres BOTH move more than `jumpTorso` torso lengths, and the new place
 * holds: the median of the next `holdS` seconds stays with the frame after the cut and the median
 * of the previous `holdS` stays with the frame before it. A one-frame lock on another person
 * (screenTrack's "jump") does not hold and is not a cut.
 *
 * A cut between two takes from the same camera may leave the lifter in the same place but in
 * another posture (standing, then at the bottom): so a cut is also a frame where the MEDIAN of the
 * 17 keypoints' displacements exceeds `medianTorso` torso lengths (and holds, as above).
 *
 * Body-size relative. Measured on the visible real clips (shared/media/hinge: tby66 both cameras,
 * every coach demo, deadlift_good/bad, rdl; scripts/hinge-reps.ts --cuts prints it): the median
 * keypoint moves at most 0.12 torso per frame in a real lift (the swings), 0.25 on one MoveNet
 * glitch (rnhrn_band_deadlift); splicing deadlift_good onto deadlift_bad makes 0.59. 0.4 sits
 * between; the hip/shoulder rule uses 0.5 torso like screenTrack's jump rule [H]. Returns the
 * indices of the first frame of each new scene.
 */
export function sceneCuts(
  frames: readonly TrackFrame[],
  minScore = 0.3,
  jumpTorso = 0.5,
  medianTorso = 0.4,
  holdS = 0.2,
  maxGapS = 1,
): number[] {
  const n = frames.length;
  const hips = frames.map((f) => centre(f, KP.left_hip, KP.right_hip, minScore));
  const sh = frames.map((f) => centre(f, KP.left_shoulder, KP.right_shoulder, minScore));
  const torsoAt = hips.map((h, i) => (h && sh[i] ? Math.hypot(h[0] - sh[i]![0], h[1] - sh[i]![1]) : NaN));
  const cuts: number[] = [];
  const near = (arr: P[], from: number, to: number, ref: [number, number], tol: number) => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let k = from; k <= to; k++) {
      const q = arr[k];
      if (q) {
        xs.push(q[0]);
        ys.push(q[1]);
      }
    }
    return xs.length >= 2 && Math.hypot(median(xs) - ref[0], median(ys) - ref[1]) < tol;
  };
  let prev = -1;
  for (let i = 0; i < n; i++) {
    if (!hips[i] || !sh[i]) continue;
    if (prev >= 0 && frames[i]!.t - frames[prev]!.t <= maxGapS) {
      // Body size: the smaller torso of the two frames (a cut may also change the zoom).
      const torso = Math.min(torsoAt[prev]!, torsoAt[i]!);
      const dh = Math.hypot(hips[i]![0] - hips[prev]![0], hips[i]![1] - hips[prev]![1]);
      const ds = Math.hypot(sh[i]![0] - sh[prev]![0], sh[i]![1] - sh[prev]![1]);
      const zoom = Math.max(torsoAt[prev]!, torsoAt[i]!) / torso;
      const moved = frames[i]!.kp.map((p, k) => {
        const q = frames[prev]!.kp[k]!;
        return (Number(p[2]) || 0) >= minScore && (Number(q[2]) || 0) >= minScore
          ? Math.hypot(p[0] - q[0], p[1] - q[1])
          : NaN;
      }).filter(Number.isFinite);
      const medMove = moved.length >= 6 ? median(moved) : 0;
      if (
        torso > 0 &&
        ((dh > jumpTorso * torso && ds > jumpTorso * torso) || medMove > medianTorso * torso || zoom > 1.5)
      ) {
        const tHold = (j: number, dir: 1 | -1) => {
          let k = j;
          while (k + dir >= 0 && k + dir < n && Math.abs(frames[k + dir]!.t - frames[j]!.t) <= holdS)
            k += dir;
          return k;
        };
        const tol = Math.max(dh, ds) / 2;
        const after = tHold(i, 1);
        const before = tHold(prev, -1);
        if (
          after > i &&
          before < prev &&
          near(hips, i, after, hips[i]!, tol) &&
          near(hips, before, prev, hips[prev]!, tol)
        )
          cuts.push(i);
      }
    }
    prev = i;
  }
  return cuts;
}
