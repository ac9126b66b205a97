import type { KeypointTriple } from '../../core/track/track.ts';
import type { TrackBuilder } from '../trackBuilder.ts';

/** One segment's frames, flat: `t[i]` and 17 × [x, y, score] at `kp[i*51 ...]` (what a pose worker returns). */
export interface SegmentFrames {
  index: number;
  t: ArrayLike<number>;
  kp: ArrayLike<number>;
}

/**
 * Appends the segments' frames to `builder` in segment order: one track, as if one worker had run
 * the whole clip. Segments own disjoint time ranges (src/video/segmentPlan.ts), so a frame time
 * that goes backwards across a boundary means the plan and the decoders disagree: that is
 * thrown (by the builder), never papered over.
 */
export function segmentStitch(builder: TrackBuilder, segments: readonly SegmentFrames[]): void {
  for (const seg of segmentOrder(segments)) segmentAppend(builder, seg, 0, seg.t.length);
}

/** The segments sorted by index; throws when one is missing or its arrays disagree. */
export function segmentOrder(segments: readonly SegmentFrames[]): SegmentFrames[] {
  const ordered = [...segments].sort((a, b) => a.index - b.index);
  ordered.forEach((seg, s) => {
    if (seg.index !== s) throw new Error(`Segment ${s} is missing (got ${seg.index})`);
    if (seg.kp.length !== seg.t.length * 51)
      throw new Error(`Segment ${s}: ${seg.t.length} frame times but ${seg.kp.length / 51} keypoint sets`);
  });
  return ordered;
}

/** Appends frames `[from, to)` of one segment (the pool appends in slices, yielding between them, so a long clip makes no long task). */
export function segmentAppend(builder: TrackBuilder, seg: SegmentFrames, from: number, to: number): void {
  for (let i = from; i < Math.min(to, seg.t.length); i++) {
    const kp: KeypointTriple[] = new Array(17);
    for (let k = 0; k < 17; k++) {
      const o = i * 51 + k * 3;
      kp[k] = [seg.kp[o]!, seg.kp[o + 1]!, seg.kp[o + 2]!];
    }
    builder.add(seg.t[i]!, kp);
  }
}
