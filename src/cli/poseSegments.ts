import { SEGMENT_WARM_FRAMES } from '../pose/parallel/segmentPlan.ts';
import type { FrameRange } from './poseFrames.ts';

/** Fewest frames a segment owns (the browser plan's default): a short clip gets fewer segments. */
const MIN_SEGMENT_FRAMES = 60;

/**
 * A clip of `durationS` at about `fps` split into at most `n` consecutive time ranges of equal length
 * (each frame belongs to exactly one: [startS, endS)), each warmed by the frames just before it.
 * Each worker's ffmpeg seeks to its range (decoding from the keyframe before), so no keyframe
 * alignment is needed.
 */
export function poseSegments(durationS: number, fps: number, n: number): FrameRange[] {
  const frames = durationS * fps;
  const count =
    Number.isFinite(frames) && frames > 0
      ? Math.max(1, Math.min(Math.floor(n), Math.floor(frames / MIN_SEGMENT_FRAMES)))
      : 1;
  const len = durationS / count;
  return Array.from({ length: count }, (_, k) => {
    const startS = k === 0 ? -Infinity : k * len;
    return {
      index: k,
      startS,
      warmFromS: k === 0 ? -Infinity : startS - (SEGMENT_WARM_FRAMES + 0.5) / fps,
      endS: k === count - 1 ? Infinity : (k + 1) * len,
    };
  });
}
