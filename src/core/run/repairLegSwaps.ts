import { hypot2 } from '../geometry/hypot2.ts';
import { KP } from '../track/keypoints.ts';
import type { KeypointTriple, Track, TrackFrame } from '../track/track.ts';

const PAIRS: [number, number][] = [
  [KP.left_hip, KP.right_hip],
  [KP.left_knee, KP.right_knee],
  [KP.left_ankle, KP.right_ankle],
];
/** Knee and ankle decide; the hips are nearly on top of each other in a side view. */
const DECIDE: [number, number][] = PAIRS.slice(1);

export interface LegSwapRepair {
  track: Track;
  /** Frames whose left/right legs were exchanged. */
  swappedFrames: number[];
}

/**
 * Repairs left/right leg swaps by gait continuity. MoveNet often exchanges the two legs' labels in
 * a side view (an open problem noted by Sports2D and Pose2Sim), which would attribute a step to the
 * wrong foot. Each frame's knees and ankles are compared with a constant-velocity prediction from
 * the two previous (already repaired) frames; when exchanging the labels fits the prediction
 * clearly better (cost below `ratio` × the kept cost and better by `marginRatio` × leg length),
 * the whole leg (hip, knee, ankle) is exchanged. Frames after a time gap restart the prediction.
 * Returns a new track (the input is not modified).
 */
export function repairLegSwaps(track: Track, minScore = 0.3, ratio = 0.5, marginRatio = 0.15): LegSwapRepair {
  // Shallow copy; a frame is cloned only when its legs are exchanged (the input stays untouched).
  const frames: TrackFrame[] = [...track.frames];
  const swapped: number[] = [];
  let prev1: TrackFrame | null = null;
  let prev2: TrackFrame | null = null;
  const dt = track.fps > 0 ? 1 / track.fps : 1 / 30;
  for (let i = 0; i < frames.length; i++) {
    let f = frames[i]!;
    if (!legsSeen(f, minScore)) continue;
    if (prev1 && f.t - prev1.t > 3.5 * dt) prev1 = prev2 = null;
    if (prev1) {
      let keep = 0;
      let swap = 0;
      // Constant-velocity weight of the step from prev2 to prev1 (0 without prev2).
      const w = prev2 ? (f.t - prev1.t) / Math.max(1e-6, prev1.t - prev2.t) : 0;
      for (let p = 0; p < DECIDE.length; p++) {
        const a = DECIDE[p]![0];
        const b = DECIDE[p]![1];
        // Where each keypoint of the pair is predicted, and where the frame shows them.
        const a1 = prev1.kp[a]!;
        const a2 = prev2?.kp[a] ?? a1;
        const b1 = prev1.kp[b]!;
        const b2 = prev2?.kp[b] ?? b1;
        const pax = a1[0] + w * (a1[0] - a2[0]);
        const pay = a1[1] + w * (a1[1] - a2[1]);
        const pbx = b1[0] + w * (b1[0] - b2[0]);
        const pby = b1[1] + w * (b1[1] - b2[1]);
        const fa = f.kp[a]!;
        const fb = f.kp[b]!;
        keep += hypot2(fa[0] - pax, fa[1] - pay) + hypot2(fb[0] - pbx, fb[1] - pby);
        swap += hypot2(fa[0] - pbx, fa[1] - pby) + hypot2(fb[0] - pax, fb[1] - pay);
      }
      // The leg length only where the first test passes (a few frames): 4 distances a frame fewer.
      if (swap < ratio * keep && keep - swap > marginRatio * ((legLen(f, 0) + legLen(f, 1)) / 2)) {
        f = { ...f, kp: f.kp.map((p) => [...p] as KeypointTriple) };
        for (const [a, b] of PAIRS) [f.kp[a], f.kp[b]] = [f.kp[b]!, f.kp[a]!];
        // A keypoint a person placed stays theirs under its new name.
        if (f.authored)
          f.authored = f.authored.map(
            (k) => PAIRS.find(([a]) => a === k)?.[1] ?? PAIRS.find(([, b]) => b === k)?.[0] ?? k,
          );
        frames[i] = f;
        swapped.push(i);
      }
    }
    prev2 = prev1;
    prev1 = f;
  }
  return { track: { ...track, frames }, swappedFrames: swapped };
}

/** Both legs' hips, knees and ankles seen at `minScore` (module level: this runs for every frame). */
function legsSeen(f: TrackFrame, minScore: number): boolean {
  if (f.kp.length !== 17) return false;
  const kp = f.kp;
  // Indexed, not destructured: no iterator per frame.
  for (let p = 0; p < PAIRS.length; p++)
    if (!(kp[PAIRS[p]![0]]![2] >= minScore && kp[PAIRS[p]![1]]![2] >= minScore)) return false;
  return true;
}

/** Hip–knee plus knee–ankle length of one leg (s = 0: left, 1: right), px. */
function legLen(f: TrackFrame, s: 0 | 1): number {
  const h = f.kp[PAIRS[0]![s]]!;
  const k = f.kp[PAIRS[1]![s]]!;
  const a = f.kp[PAIRS[2]![s]]!;
  return hypot2(h[0] - k[0], h[1] - k[1]) + hypot2(k[0] - a[0], k[1] - a[1]);
}
