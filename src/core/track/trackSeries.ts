import type { Track } from './track.ts';

/** Per-keypoint time series of a track, as typed arrays; NaN where the keypoint was not seen. */
export interface TrackSeries {
  /** Frame times, seconds (as in the track: possibly irregular). */
  t: Float64Array;
  /** x[k][i], y[k][i]: keypoint k at frame i, source px (y down); NaN when gated out. */
  x: Float64Array[];
  y: Float64Array[];
  /** score[k][i]: model score (0 when not seen or no person). */
  score: Float64Array[];
  /**
   * authored[k][i]: 1 where a person placed keypoint k on frame i (`TrackFrame.authored`), else 0;
   * undefined for a keypoint no one placed on any frame (most tracks: no series to allocate).
   */
  authored: (Float64Array | undefined)[];
}

/**
 * Splits a track into per-keypoint series, gating keypoints whose score is below `minScore` to NaN
 * (biomech-notes.md §1: confidence gating at 0.3–0.5).
 */
export function trackSeries(track: Track, minScore = 0.3): TrackSeries {
  const n = track.frames.length;
  const t = new Float64Array(n);
  const x = Array.from({ length: 17 }, () => new Float64Array(n).fill(NaN));
  const y = Array.from({ length: 17 }, () => new Float64Array(n).fill(NaN));
  const score = Array.from({ length: 17 }, () => new Float64Array(n));
  const authored: (Float64Array | undefined)[] = Array.from({ length: 17 }, () => undefined);
  track.frames.forEach((f, i) => {
    t[i] = f.t;
    if (f.authored)
      for (const k of f.authored) if (k >= 0 && k < 17) (authored[k] ??= new Float64Array(n))[i] = 1;
    if (f.kp.length !== 17) return;
    for (let k = 0; k < 17; k++) {
      const p = f.kp[k]!;
      const s = Number(p[2]) || 0;
      score[k]![i] = s;
      if (s >= minScore && Number.isFinite(p[0]) && Number.isFinite(p[1])) {
        x[k]![i] = p[0];
        y[k]![i] = p[1];
      }
    }
  });
  return { t, x, y, score, authored };
}
