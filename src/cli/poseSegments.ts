import type { FrameRange } from './poseFrames.ts';

/**
 * Frames of the segment before that each segment runs first, only to carry MoveNet's crop tracking
 * over the boundary (their keypoints are dropped): the browser pool's 4 (src/pose/browser/PosePool.ts,
 * chosen on male_side.mp4 there).
 */
export const CLI_SEGMENT_WARM_FRAMES = 4;
/** Fewest frames a segment owns (the browser plan's default): a short clip gets fewer segments. */
const MIN_SEGMENT_FRAMES = 60;

/**
 * A clip of `durationS` at about `fps` split into at most `n` consecutive time ranges of equal length
 * (each frame belongs to exactly one: [startS, endS)), each warmed by the frames just before it.
 * Decoding is from the clip start in every worker, so no keyframe alignment is needed.
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
      warmFromS: k === 0 ? -Infinity : startS - (CLI_SEGMENT_WARM_FRAMES + 0.5) / fps,
      endS: k === count - 1 ? Infinity : (k + 1) * len,
    };
  });
}
