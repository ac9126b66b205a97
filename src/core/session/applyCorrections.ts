import type { KeypointTriple, Track, TrackFrame } from '../track/track.ts';
import { CORRECTED_SCORE, type KeypointCorrection } from './correction.ts';

const KEYPOINT_COUNT = 17;

/**
 * The corrected track: a new Track in which each correction's keypoint is moved to its (x, y) with
 * score CORRECTED_SCORE on the frames it covers. The input track is not modified (frames and
 * keypoint arrays that no correction touches are shared, the rest are copied). Corrections apply
 * in order, so a later one wins where two overlap. Frame ranges are clipped to the track; a
 * correction on a frame without a person (empty `kp`) gives that frame 17 keypoints of which only
 * the corrected ones have a non-zero score (unseen, per the track contract). Each corrected frame
 * lists its corrected keypoints in `authored`, so conditioning trusts them (never an outlier).
 */
export function applyCorrections(track: Track, corrections: readonly KeypointCorrection[]): Track {
  if (corrections.length === 0) return track;
  const frames: TrackFrame[] = track.frames.slice();
  const copied = new Set<number>();
  const last = track.frames.length - 1;
  for (const c of corrections) {
    if (!Number.isInteger(c.keypoint) || c.keypoint < 0 || c.keypoint >= KEYPOINT_COUNT) continue;
    const from = Math.max(0, Math.ceil(c.fromFrame));
    const to = Math.min(last, Math.floor(c.toFrame));
    for (let i = from; i <= to; i++) {
      let frame = frames[i] as TrackFrame;
      if (!copied.has(i)) {
        const kp: KeypointTriple[] =
          frame.kp.length === KEYPOINT_COUNT
            ? frame.kp.map((p) => [p[0], p[1], p[2]] as KeypointTriple)
            : Array.from({ length: KEYPOINT_COUNT }, () => [0, 0, 0] as KeypointTriple);
        frame = { ...frame, kp, ...(frame.authored ? { authored: [...frame.authored] } : {}) };
        frames[i] = frame;
        copied.add(i);
      }
      frame.kp[c.keypoint] = [c.xPx, c.yPx, CORRECTED_SCORE];
      if (!frame.authored?.includes(c.keypoint)) frame.authored = [...(frame.authored ?? []), c.keypoint];
    }
  }
  return { ...track, frames };
}

/**
 * For each frame, the keypoint indices that a correction covers (empty when none): what the UI
 * marks as corrected on the skeleton and the timeline.
 */
export function correctedKeypointsByFrame(
  frameCount: number,
  corrections: readonly KeypointCorrection[],
): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const c of corrections) {
    const from = Math.max(0, Math.ceil(c.fromFrame));
    const to = Math.min(frameCount - 1, Math.floor(c.toFrame));
    for (let i = from; i <= to; i++) {
      let s = out.get(i);
      if (!s) out.set(i, (s = new Set()));
      s.add(c.keypoint);
    }
  }
  return out;
}
