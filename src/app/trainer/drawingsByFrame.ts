import type { DrawingAnnotation } from '../../core/session/annotation.ts';
import type { TrackFrame } from '../../core/track/track.ts';
import { nearestFrame } from '../../core/track/frameTime.ts';

/** Drawings grouped by the track frame they were made on, in time order (one picture per frame). */
export function drawingsByFrame(
  frames: readonly TrackFrame[],
  drawings: readonly DrawingAnnotation[],
): { frame: number; t: number; drawings: DrawingAnnotation[] }[] {
  const by = new Map<number, DrawingAnnotation[]>();
  for (const d of drawings) {
    const i = nearestFrame(frames, d.t);
    if (i < 0) continue;
    by.set(i, [...(by.get(i) ?? []), d]);
  }
  return [...by.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([frame, ds]) => ({ frame, t: frames[frame]!.t, drawings: ds }));
}
