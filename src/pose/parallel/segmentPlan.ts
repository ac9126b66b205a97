/** One coded sample as the segment planner needs it (decode order, like `Mp4Sample`). */
export interface SegmentSample {
  /** Presentation time (s), edit list applied; < 0 for samples the edit list hides. */
  tS: number;
  isSync: boolean;
}

/**
 * A part of a clip one pose worker analyses on its own. The worker feeds its decoder the
 * decode-order samples `[decodeFrom, decodeTo)` (starting at a sync sample, so the segment decodes
 * without the rest of the clip) and keeps the frames with `startS <= tS < endS`; frames decoded
 * before `startS` (the rest of a GOP that starts before the segment) are decoded only, never scaled
 * or run through the model.
 */
export interface VideoSegment {
  index: number;
  decodeFrom: number;
  decodeTo: number;
  startS: number;
  /**
   * Frames with `warmFromS <= tS < startS` (the last frames of the segment before) run through the
   * model only to bring MoveNet's crop tracking onto the person as an unbroken pass would have;
   * their keypoints are dropped. Equals `startS` when there are none (the first segment).
   */
  warmFromS: number;
  /** `Infinity` for the last segment. */
  endS: number;
  /** Frames this segment owns (shown frames with startS <= tS < endS). */
  frames: number;
  /** Its start is a sync sample: no decode-only frames. */
  keyframeAligned: boolean;
}

export interface SegmentPlanOptions {
  /** Fewest frames a segment may own (fewer segments are made for a short clip). Default 60. */
  minFrames?: number;
  /**
   * How far (fraction of a segment's length) a boundary may move to land on a keyframe, which saves
   * decoding the frames of the GOP before it. Default 0.25.
   */
  snapRatio?: number;
  /** Frames before each segment start that warm the crop tracking (see VideoSegment.warmFromS). Default 0. */
  warmFrames?: number;
}

/**
 * Frames of the segment before that each segment runs first, only to carry MoveNet's crop tracking
 * over the boundary (their keypoints are dropped): the app's pool and `hipcheck pose --jobs`. Chosen
 * on male_side.mp4 (tests/e2e/posePool.test.ts prints the per-frame difference to the single-worker
 * track around the boundary).
 */
export const SEGMENT_WARM_FRAMES = 4;

/** Tolerance on sample times (s): sample tables give exact times, this only absorbs rounding. */
const EPS_S = 1e-7;

/** Is the presentation time `tS` inside `seg` (start inclusive, end exclusive)? */
export function segmentOwns(seg: Pick<VideoSegment, 'startS' | 'endS'>, tS: number): boolean {
  return tS >= seg.startS - EPS_S && tS < seg.endS - EPS_S;
}

/** Is `tS` one of the segment's crop warm-up frames (before its start, from `warmFromS`)? */
export function segmentWarms(seg: Pick<VideoSegment, 'warmFromS' | 'startS'>, tS: number): boolean {
  return tS >= seg.warmFromS - EPS_S && tS < seg.startS - EPS_S;
}

/**
 * Splits a video's shown frames into at most `n` consecutive segments of about equal frame count,
 * each boundary moved onto a keyframe when one lies within `snapRatio` of a segment's length.
 * Pure: the browser pool and any other caller plan the same way for the same sample table.
 */
export function planSegments(
  samples: readonly SegmentSample[],
  n: number,
  opts: SegmentPlanOptions = {},
): VideoSegment[] {
  const minFrames = Math.max(1, opts.minFrames ?? 60);
  const snapRatio = opts.snapRatio ?? 0.25;
  const warmFrames = Math.max(0, Math.floor(opts.warmFrames ?? 0));
  // Shown frames in presentation order, as decode-order indices.
  const shown = samples
    .map((s, i) => ({ i, tS: s.tS }))
    .filter((s) => s.tS >= -1e-6)
    .sort((a, b) => a.tS - b.tS || a.i - b.i);
  const total = shown.length;
  if (total === 0) return [];
  const count = Math.max(1, Math.min(Math.floor(n), Math.floor(total / minFrames)));
  const syncAt = shown.map((s) => samples[s.i]!.isSync);
  const len = total / count;
  const reach = Math.floor(len * snapRatio);
  const bounds = [0];
  for (let k = 1; k < count; k++) {
    const want = Math.round(k * len);
    let best = want;
    for (let d = 0; d <= reach; d++) {
      if (syncAt[want - d]) {
        best = want - d;
        break;
      }
      if (syncAt[want + d]) {
        best = want + d;
        break;
      }
    }
    if (best > bounds[bounds.length - 1]! && best < total) bounds.push(best);
  }
  bounds.push(total);
  const out: VideoSegment[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k]!;
    const to = bounds[k + 1]!;
    const warmFrom = Math.max(0, from - warmFrames);
    const owned = shown.slice(warmFrom, to);
    let minIdx = Infinity;
    let maxIdx = -1;
    for (const s of owned) {
      minIdx = Math.min(minIdx, s.i);
      maxIdx = Math.max(maxIdx, s.i);
    }
    let decodeFrom = 0;
    for (let i = minIdx; i >= 0; i--) {
      if (samples[i]!.isSync) {
        decodeFrom = i;
        break;
      }
    }
    out.push({
      index: k,
      decodeFrom: k === 0 ? 0 : decodeFrom,
      decodeTo: k === bounds.length - 2 ? samples.length : maxIdx + 1,
      startS: k === 0 ? -Infinity : shown[from]!.tS,
      warmFromS: k === 0 ? -Infinity : shown[warmFrom]!.tS,
      endS: k === bounds.length - 2 ? Infinity : shown[to]!.tS,
      frames: to - from,
      keyframeAligned: k === 0 || syncAt[warmFrom] === true,
    });
  }
  return out;
}
