import type { KeypointTriple } from '../core/track/track.ts';
import type { PoseModelKind } from './poseTypes.ts';

/**
 * Longest side, in px, of the image each model is handed (the browser worker and the CLI both
 * downscale to it, so their tracks agree). MoveNet crops its own square around the person and
 * resizes it to 192 (Lightning) / 256 (Thunder); at 576 / 768 a person filling 60–80 % of the frame
 * still gives a crop of 1.5–3× the model input, so nothing the model could use is lost, while the
 * per-frame pixel copy shrinks ~5× for a 720×1280 clip. In the browser that copy (canvas read-back)
 * is the cost; in Node the saving is small (npm run bench, quiet machine: Lightning 26.0 vs 26.9 ms
 * median), so the CLI does it mainly to give the same keypoints as the app (2.5 px median apart
 * from full-resolution input on male_side.mp4).
 */
export const POSE_INPUT_LONG_SIDE_PX: Record<PoseModelKind, number> = { lightning: 576, thunder: 768 };

export interface PoseInputSize {
  /** Size of the image handed to the model, px. */
  width: number;
  height: number;
  /** Source pixels per model-input pixel (multiply keypoints by these to get source pixels). */
  scaleX: number;
  scaleY: number;
}

/**
 * Size to downscale a `widthPx × heightPx` frame to before pose estimation: the long side to
 * `longSidePx` (never upscaled), each side rounded to whole pixels, aspect kept.
 */
export function poseInputSize(widthPx: number, heightPx: number, longSidePx: number): PoseInputSize {
  const s = Math.min(1, longSidePx / Math.max(widthPx, heightPx));
  const width = Math.max(1, Math.round(widthPx * s));
  const height = Math.max(1, Math.round(heightPx * s));
  return { width, height, scaleX: widthPx / width, scaleY: heightPx / height };
}

/** Maps keypoints from model-input pixels back to source pixels (scores unchanged). */
export function keypointsScale(
  kp: readonly KeypointTriple[],
  scaleX: number,
  scaleY: number,
): KeypointTriple[] {
  return kp.map(([x, y, s]): KeypointTriple => [x * scaleX, y * scaleY, s]);
}
