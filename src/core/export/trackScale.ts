import { LEG_SHARE_OF_HEIGHT } from '../track/anthropometry.ts';
import { KP } from '../track/keypoints.ts';
import type { Track } from '../track/track.ts';

const MIN_SCORE = 0.3;

/**
 * Metres per pixel from the subject's height (`subject.heightM`, or `heightM` given): the height
 * times the leg's share of it over the median leg length in pixels (the longer side's, as the far
 * leg is the one hidden or foreshortened). Null without a height or without a leg seen in 5 frames.
 */
export function trackScaleMPerPx(
  track: Track,
  heightM: number | null = track.subject?.heightM ?? null,
): number | null {
  if (!heightM || !Number.isFinite(heightM) || heightM <= 0) return null;
  let best = NaN;
  for (const side of ['left', 'right'] as const) {
    const lens: number[] = [];
    for (const f of track.frames) {
      const h = f.kp[KP[`${side}_hip`]];
      const k = f.kp[KP[`${side}_knee`]];
      const a = f.kp[KP[`${side}_ankle`]];
      if (!h || !k || !a || h[2] < MIN_SCORE || k[2] < MIN_SCORE || a[2] < MIN_SCORE) continue;
      const len = Math.hypot(h[0] - k[0], h[1] - k[1]) + Math.hypot(k[0] - a[0], k[1] - a[1]);
      if (Number.isFinite(len)) lens.push(len);
    }
    if (lens.length < 5) continue;
    lens.sort((p, q) => p - q);
    const m = lens[lens.length >> 1]!;
    if (!(m <= best)) best = m;
  }
  return Number.isFinite(best) && best > 0 ? (heightM * LEG_SHARE_OF_HEIGHT) / best : null;
}
