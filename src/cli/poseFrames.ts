import type { PoseEstimator } from '../pose/poseTypes.ts';
import type { PoseInputSize } from '../pose/poseInputSize.ts';
import { keypointsScale } from '../pose/poseInputSize.ts';
import type { SegmentFrames } from '../pose/parallel/segmentStitch.ts';
import { InputError } from './ffmpegTools.ts';
import { videoFrames } from './videoFrames.ts';

/** A part of a clip to run the model on: frames with `warmFromS <= t < endS`, kept from `startS` on. */
export interface FrameRange {
  index: number;
  /** From here the model runs only to carry MoveNet's crop tracking onto the person (keypoints dropped). */
  warmFromS: number;
  startS: number;
  endS: number;
}

/** Decoding of a segment starts this long before its first warm-up frame, s. */
const SEEK_MARGIN_S = 0.25;

export const WHOLE_CLIP: FrameRange = { index: 0, warmFromS: -Infinity, startS: -Infinity, endS: Infinity };

/**
 * Runs `estimator` over the frames of `file` in `range` (decoded by one ffmpeg, scaled to `input`),
 * in order, from a reset crop: the one frame loop of `hipcheck pose`, whole clip or one segment of
 * it in a pose worker (nodePosePool.ts). Keypoints are in source pixels. `onFrame` gets the count of
 * frames kept so far. Decoding starts just before the range (a seek) and stops at its end.
 */
export async function poseFrames(
  file: string,
  estimator: PoseEstimator,
  input: PoseInputSize & { sourceWidth: number; sourceHeight: number },
  range: FrameRange = WHOLE_CLIP,
  onFrame?: (kept: number) => void,
): Promise<SegmentFrames> {
  const scaled = input.width !== input.sourceWidth || input.height !== input.sourceHeight;
  const t: number[] = [];
  const kp: number[] = [];
  estimator.reset();
  // A later segment starts decoding a little before its warm-up frames (a frame time is never
  // exactly where a seek lands); the range test below keeps exactly its frames.
  const fromS = Number.isFinite(range.warmFromS) ? Math.max(0, range.warmFromS - SEEK_MARGIN_S) : undefined;
  for await (const frame of videoFrames(file, {
    ...(scaled ? { scaleTo: input } : {}),
    ...(fromS !== undefined ? { fromS } : {}),
  })) {
    if (frame.index === 0 && (frame.pixels.width !== input.width || frame.pixels.height !== input.height)) {
      throw new InputError(
        `${file}: frames are ${frame.pixels.width}x${frame.pixels.height}, expected ${input.width}x${input.height} (header ${input.sourceWidth}x${input.sourceHeight}).`,
      );
    }
    const tS = frame.tSeconds;
    if (tS >= range.endS) break;
    if (tS < range.warmFromS) continue;
    const raw = await estimator.estimate(frame.pixels, tS);
    if (tS < range.startS) continue;
    const k = scaled ? keypointsScale(raw, input.scaleX, input.scaleY) : raw;
    t.push(tS);
    for (const p of k) kp.push(p[0], p[1], p[2]);
    onFrame?.(t.length);
  }
  return { index: range.index, t: Float64Array.from(t), kp: Float64Array.from(kp) };
}
