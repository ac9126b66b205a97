import type { TrackFrame } from './track.ts';

/**
 * Frame ↔ time for a track whose frame times may be irregular: the one frame clock of the player,
 * the trainer's stage, the key-frame grabber and the e2e tests (issue 14). Only `t` is read.
 */
type Timed = Pick<TrackFrame, 't'>;

/**
 * Index of the frame shown at media time `tS`: the last frame whose `t` is ≤ tS (+ half a millisecond
 * for rounding in the decoder's timestamps). Binary search; −1 before the first frame.
 */
export function frameAtTime(frames: readonly Timed[], tS: number): number {
  let lo = 0;
  let hi = frames.length - 1;
  let best = -1;
  const target = tS + 5e-4;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (frames[mid]!.t <= target) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * Index of the frame whose time is closest to `tS` (evidence times that fall between frames, and
 * requestVideoFrameCallback's mediaTime, the shown frame's own time); a tie goes to the earlier frame.
 * The first frame before it, −1 only for an empty track.
 */
export function nearestFrame(frames: readonly Timed[], tS: number): number {
  const i = frameAtTime(frames, tS);
  if (i < 0) return frames.length ? 0 : -1;
  const next = frames[i + 1];
  return next && next.t - tS < tS - frames[i]!.t ? i + 1 : i;
}

/**
 * Time to seek to so that the video shows frame `i`: the middle of the frame's display interval
 * (the last frame's interval is 1/fps). Seeking to the exact frame time lands on the previous frame
 * about a third of the time (issue 2). 0 for an index outside the track.
 */
export function seekTimeForFrame(frames: readonly Timed[], i: number, fps: number): number {
  const f = frames[i];
  if (!f) return 0;
  const next = frames[i + 1];
  const dt = next ? next.t - f.t : 1 / fps;
  return f.t + dt / 2;
}
