import type { TrackFrame } from '../../core/track/track.ts';

/** Index of the frame nearest to time `tS` (0 for an empty list); frames are sorted by time. */
export function nearestFrame(frames: readonly Pick<TrackFrame, 't'>[], tS: number): number {
  let lo = 0;
  let hi = frames.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (frames[mid]!.t < tS) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && Math.abs(frames[lo - 1]!.t - tS) <= Math.abs(frames[lo]!.t - tS) ? lo - 1 : lo;
}
