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

interface Body {
  x: number;
  y: number;
  torso: number;
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

/** Centre (mid-shoulders and mid-hips) and torso length of a frame's pose, null without shoulders and hips. */
function body(kp: readonly (readonly number[])[]): Body | null {
  if (kp.length !== 17) return null;
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
  return torso > 0 ? { x: (sx + hx) / 2, y: (sy + hy) / 2, torso } : null;
}

/** True when `b`, `dtS` after `a`, cannot be the same body. */
function switched(a: Body, b: Body, dtS: number): boolean {
  const size = Math.max(a.torso, b.torso);
  const d = hypot2(b.x - a.x, b.y - a.y) / size;
  const ratio = Math.max(a.torso, b.torso) / Math.min(a.torso, b.torso);
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
  const bodies = track.frames.map((f) => body(f.kp));
  // Stretches of frames between jumps.
  const seg: number[] = new Array(track.frames.length).fill(-1);
  const segLast: Body[] = [];
  const segLastT: number[] = [];
  const segCount: number[] = [];
  let jumps = 0;
  let cur = -1;
  let prev: Body | null = null;
  let prevT = 0;
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i];
    if (!b) continue;
    const t = track.frames[i]!.t;
    if (prev === null || switched(prev, b, t - prevT)) {
      if (prev !== null) jumps++;
      // Resume an earlier stretch this body continues (the model came back to it), else a new one.
      let best = -1;
      for (let s = 0; s < segLast.length; s++)
        if (
          s !== cur &&
          !switched(segLast[s]!, b, t - segLastT[s]!) &&
          (best < 0 || segLastT[s]! > segLastT[best]!)
        )
          best = s;
      if (best < 0) {
        best = segLast.length;
        segLast.push(b);
        segLastT.push(t);
        segCount.push(0);
      }
      cur = best;
    }
    seg[i] = cur;
    segLast[cur] = b;
    segLastT[cur] = t;
    segCount[cur]!++;
    prev = b;
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
