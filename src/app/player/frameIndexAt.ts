import type { TrackFrame } from '../../core/track/track.ts';

/**
 * Index of the track frame shown at media time `tS`: the nearest frame time (rVFC's mediaTime is
 * the frame's own presentation time, so nearest is exact; it also tolerates µs rounding).
 * -1 for an empty track.
 */
export function frameIndexAt(frames: readonly Pick<TrackFrame, 't'>[], tS: number): number {
  if (frames.length === 0) return -1;
  let lo = 0;
  let hi = frames.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (frames[mid]!.t < tS) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(frames[lo - 1]!.t - tS) <= Math.abs(frames[lo]!.t - tS)) return lo - 1;
  return lo;
}

/** Seek target that lands on frame `i`: the middle of its display interval (never its exact start). */
export function frameSeekTime(frames: readonly Pick<TrackFrame, 't'>[], i: number, fps: number): number {
  const t = frames[i]!.t;
  const next = frames[i + 1]?.t ?? t + 1 / fps;
  return t + (next - t) / 2;
}
