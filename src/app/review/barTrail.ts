import { KP } from '../../core/track/keypoints.ts';
import type { TrackFrame } from '../../core/track/track.ts';

/** Wrist score below which a wrist does not place the bar (the pose adapter's drawing threshold). */
const MIN_WRIST_SCORE = 0.2;

/**
 * The bar's path (wrist mid-point, one wrist where only one was seen) over the frames from `fromT`
 * to `toT` (file seconds), in source pixels: what the review draws over the video for the rep being
 * played (issue 18). Frames where neither wrist was seen leave a gap (null).
 */
export function barTrail(
  frames: readonly TrackFrame[],
  fromT: number,
  toT: number,
): ([number, number] | null)[] {
  const out: ([number, number] | null)[] = [];
  for (const f of frames) {
    if (f.t < fromT - 1e-6) continue;
    if (f.t > toT + 1e-6) break;
    const l = f.kp[KP.left_wrist];
    const r = f.kp[KP.right_wrist];
    const lok = l !== undefined && l[2] >= MIN_WRIST_SCORE;
    const rok = r !== undefined && r[2] >= MIN_WRIST_SCORE;
    out.push(
      lok && rok ? [(l[0] + r[0]) / 2, (l[1] + r[1]) / 2] : lok ? [l[0], l[1]] : rok ? [r[0], r[1]] : null,
    );
  }
  return out;
}
