import { trackCreate, type KeypointTriple, type Track } from '../core/track/track.ts';
import { KEYPOINT_NAMES } from '../core/track/keypoints.ts';
import type { PoseModelName } from './poseTypes.ts';

export interface TrackBuilderHeader {
  /** File name shown in reports (no directories: a track must not leak the user's folders). */
  name: string;
  model: PoseModelName;
  /** Frame size in source pixels, after rotation metadata is applied (what the person sees). */
  width: number;
  height: number;
  /** Nominal frame rate (frames/s). When absent or not positive, the median frame interval decides. */
  fps?: number;
  kind?: 'video' | 'camera';
}

/** Accumulates per-frame estimates into a `hipcheck-track` v1 (metrics.md, Track file). */
export interface TrackBuilder {
  /** Adds one frame. `tSeconds` must not go backwards; `kp` must hold 17 triples. */
  add(tSeconds: number, kp: readonly KeypointTriple[]): void;
  readonly frameCount: number;
  /** The finished track (the builder can keep adding afterwards; call again for a new snapshot). */
  finish(): Track;
}

// Fixed rounding so the browser and the CLI write byte-identical files for identical estimates,
// and files stay small: 0.01 px is far below MoveNet's error, 1e-4 in score below any threshold,
// 1 µs in time below any frame interval.
const roundTo = (v: number, scale: number): number => Math.round(v * scale) / scale;

/**
 * The one track writer, shared by the browser worker and the CLI so both produce the same file.
 * A frame where no person was found is stored as 17 `[0, 0, 0]` triples (score 0: not seen).
 */
export function createTrackBuilder(header: TrackBuilderHeader): TrackBuilder {
  if (!(header.width > 0) || !(header.height > 0))
    throw new Error(`Bad frame size ${header.width}x${header.height}`);
  const frames: Track['frames'] = [];
  let lastT = -Infinity;
  return {
    add(tSeconds, kp) {
      if (!Number.isFinite(tSeconds) || tSeconds < lastT)
        throw new Error(`Frame time ${tSeconds} s goes backwards (previous ${lastT} s)`);
      if (kp.length !== KEYPOINT_NAMES.length)
        throw new Error(`A frame needs ${KEYPOINT_NAMES.length} keypoints, got ${kp.length}`);
      lastT = tSeconds;
      frames.push({
        t: roundTo(tSeconds, 1e6),
        kp: kp.map(([x, y, s]): KeypointTriple => [roundTo(x, 100), roundTo(y, 100), roundTo(s, 1e4)]),
      });
    },
    get frameCount() {
      return frames.length;
    },
    finish() {
      const fps =
        header.fps !== undefined && header.fps > 0 ? header.fps : fpsFromTimes(frames.map((f) => f.t));
      const track = trackCreate({
        source: { kind: header.kind ?? 'video', name: header.name, model: header.model },
        width: header.width,
        height: header.height,
        fps: roundTo(fps, 1000),
      });
      track.frames = frames.slice();
      return track;
    },
  };
}

/** Nominal frame rate from frame times: 1 / median interval; 30 when there are too few frames. */
export function fpsFromTimes(tSeconds: readonly number[]): number {
  const dts: number[] = [];
  for (let i = 1; i < tSeconds.length; i++) {
    const dt = tSeconds[i]! - tSeconds[i - 1]!;
    if (dt > 0) dts.push(dt);
  }
  if (dts.length === 0) return 30;
  dts.sort((a, b) => a - b);
  return 1 / dts[Math.floor(dts.length / 2)]!;
}
