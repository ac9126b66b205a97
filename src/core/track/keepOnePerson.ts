import { hypot2 } from '../geometry/hypot2.ts';
import { KP } from './keypoints.ts';
import type { Track } from './track.ts';

export interface OnePerson {
  /** The track with the frames that show someone else blanked (17 × [0, 0, 0]). */
  track: Track;
  /** Frame-to-frame jumps of the skeleton no body makes: the pose model switched person. */
  jumps: number;
  /** Frames that showed another person and were blanked. */
  otherFrames: number;
  /** Share of the frames with a pose that show the person kept (1 with one person). */
  keptShare: number;
}

/**
 * Fastest a body centre moves across the image, torso lengths per second [H]: 12 m/s (faster
 * than any sprint) over a ~0.5 m torso. A pose that moves faster between two frames is someone else.
 */
const MAX_TORSO_PER_S = 24;
/** A move shorter than this (torso lengths) is never a switch of person: keypoint noise [H]. */
const MIN_JUMP_TORSO = 0.5;
/** Torso length changing by more than this ratio between consecutive frames is another body [H]. */
const MAX_SIZE_RATIO = 1.5;
const MIN_SCORE = 0.3;

/**
 * The bodies of a track's frames, one entry per frame: centre (mid-shoulders and mid-hips) and
 * torso length, torso NaN where the frame shows no shoulders and hips. Typed arrays, not an object
 * per frame: a 10-minute track's 36,000 bodies stay alive through the whole pass.
 */
interface Bodies {
  x: Float64Array;
  y: Float64Array;
  torso: Float64Array;
}

/**
 * Coordinate `axis` of the midpoint of two keypoints where both are seen, of the one seen alone,
 * else NaN. Module level: this runs four times for every frame of a track.
 */
function midAxis(pa: readonly number[], pb: readonly number[], axis: 0 | 1): number {
  const oa = pa[2]! >= MIN_SCORE;
  const ob = pb[2]! >= MIN_SCORE;
  return oa && ob ? (pa[axis]! + pb[axis]!) / 2 : oa ? pa[axis]! : ob ? pb[axis]! : NaN;
}

/** Frame i's body into `b` (torso NaN without shoulders and hips). */
function body(kp: readonly (readonly number[])[], b: Bodies, i: number): void {
  b.torso[i] = NaN;
  if (kp.length !== 17) return;
  const ls = kp[KP.left_shoulder]!;
  const rs = kp[KP.right_shoulder]!;
  const lh = kp[KP.left_hip]!;
  const rh = kp[KP.right_hip]!;
  // No shoulder or no hip seen: NaN, and no torso.
  const sx = midAxis(ls, rs, 0);
  const sy = midAxis(ls, rs, 1);
  const hx = midAxis(lh, rh, 0);
  const hy = midAxis(lh, rh, 1);
  const torso = hypot2(sx - hx, sy - hy);
  if (!(torso > 0)) return;
  b.x[i] = (sx + hx) / 2;
  b.y[i] = (sy + hy) / 2;
  b.torso[i] = torso;
}

/** True when body j, `dtS` after body i, cannot be the same body. */
function switched(b: Bodies, i: number, j: number, dtS: number): boolean {
  const ta = b.torso[i]!;
  const tb = b.torso[j]!;
  const size = Math.max(ta, tb);
  const d = hypot2(b.x[j]! - b.x[i]!, b.y[j]! - b.y[i]!) / size;
  const ratio = Math.max(ta, tb) / Math.min(ta, tb);
  return (
    (d > MIN_JUMP_TORSO && d > MAX_TORSO_PER_S * Math.max(dtS, 1e-3)) || (ratio > MAX_SIZE_RATIO && d > 0.3)
  );
}

/**
 * A single-person pose model (MoveNet SinglePose) shows whoever it finds most person-like in each
 * frame: with two people in view the track jumps between them. This finds those jumps (a skeleton
 * moving faster than any runner, or changing size at once), cuts the track into stretches of one
 * body, links stretches that continue each other, and keeps the body seen in most frames; the
 * frames of the other are blanked (no pose), which the analysis treats as missed frames. Times
 * are the track's own: a slow-motion file moves slower per file second, never faster.
 */
export function keepOnePerson(track: Track): OnePerson {
  const nFrames = track.frames.length;
  const bodies: Bodies = {
    x: new Float64Array(nFrames),
    y: new Float64Array(nFrames),
    torso: new Float64Array(nFrames),
  };
  for (let i = 0; i < nFrames; i++) body(track.frames[i]!.kp, bodies, i);
  // Stretches of frames between jumps.
  const seg: number[] = new Array(nFrames).fill(-1);
  /** The frame of each stretch's last body. */
  const segLast: number[] = [];
  const segLastT: number[] = [];
  const segCount: number[] = [];
  let jumps = 0;
  let cur = -1;
  let prev = -1;
  let prevT = 0;
  for (let i = 0; i < nFrames; i++) {
    if (!(bodies.torso[i]! > 0)) continue;
    const t = track.frames[i]!.t;
    if (prev < 0 || switched(bodies, prev, i, t - prevT)) {
      if (prev >= 0) jumps++;
      // Resume an earlier stretch this body continues (the model came back to it), else a new one.
      let best = -1;
      for (let s = 0; s < segLast.length; s++)
        if (
          s !== cur &&
          !switched(bodies, segLast[s]!, i, t - segLastT[s]!) &&
          (best < 0 || segLastT[s]! > segLastT[best]!)
        )
          best = s;
      if (best < 0) {
        best = segLast.length;
        segLast.push(i);
        segLastT.push(t);
        segCount.push(0);
      }
      cur = best;
    }
    seg[i] = cur;
    segLast[cur] = i;
    segLastT[cur] = t;
    segCount[cur]!++;
    prev = i;
    prevT = t;
  }
  const withPose = segCount.reduce((a, c) => a + c, 0);
  if (jumps === 0 || segCount.length < 2) return { track, jumps: 0, otherFrames: 0, keptShare: 1 };
  const keep = segCount.indexOf(Math.max(...segCount));
  let other = 0;
  const frames = track.frames.map((f, i) => {
    if (seg[i] === -1 || seg[i] === keep) return f;
    other++;
    return { t: f.t, kp: f.kp.map(() => [0, 0, 0] as [number, number, number]) };
  });
  return {
    track: { ...track, frames },
    jumps,
    otherFrames: other,
    keptShare: withPose ? segCount[keep]! / withPose : 1,
  };
}
