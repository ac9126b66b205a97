import { KEYPOINT_NAMES } from './keypoints.ts';

/** One keypoint: x, y in source-video pixels (origin top-left, y down) and the model's score. */
export type KeypointTriple = [xPx: number, yPx: number, score: number];

export interface TrackFrame {
  /** Time of the frame in seconds from the start of the video (authoritative; may be irregular). */
  t: number;
  /** 17 COCO keypoints, or an empty array when no person was found in the frame. */
  kp: KeypointTriple[];
  /**
   * Keypoint indices a person placed on this frame (a trainer's correction, `applyCorrections`):
   * conditioning trusts them and never rejects them as outliers. Absent on model output.
   */
  authored?: number[];
}

export interface TrackSource {
  kind: 'video' | 'camera' | 'mocap' | 'synthetic' | string;
  name: string;
  model?: string;
  [key: string]: unknown;
}

/** The `hipcheck-track` v1 file (metrics.md, Track file). */
export interface Track {
  format: 'hipcheck-track';
  version: 1;
  source: TrackSource;
  width: number;
  height: number;
  /** Nominal frame rate; `frames[i].t` is authoritative. */
  fps: number;
  keypoints: readonly string[];
  frames: TrackFrame[];
  subject?: { heightM?: number };
  [key: string]: unknown;
}

export const TRACK_FORMAT = 'hipcheck-track';
export const TRACK_VERSION = 1;

/** Builds an empty track with the standard header. */
export function trackCreate(header: {
  source: TrackSource;
  width: number;
  height: number;
  fps: number;
}): Track {
  return {
    format: TRACK_FORMAT,
    version: TRACK_VERSION,
    ...header,
    keypoints: [...KEYPOINT_NAMES],
    frames: [],
  };
}
