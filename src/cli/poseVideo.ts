import { basename } from 'node:path';
import { frameHasPerson, NO_PERSON_SHARE } from '../core/track/personPresence.ts';
import type { Track } from '../core/track/track.ts';
import type { PoseEstimator } from '../pose/poseTypes.ts';
import { POSE_INPUT_LONG_SIDE_PX, poseInputSize } from '../pose/poseInputSize.ts';
import { segmentStitch } from '../pose/parallel/segmentStitch.ts';
import { createTrackBuilder } from '../pose/trackBuilder.ts';
import { InputError } from './ffmpegTools.ts';
import type { NodePosePool } from './nodePosePool.ts';
import { poseFrames } from './poseFrames.ts';
import { poseSegments } from './poseSegments.ts';
import { createProgress } from './progress.ts';
import { videoProbe } from './videoProbe.ts';

export interface PoseVideoResult {
  track: Track;
  /** Share of frames where a person was found. */
  personFrameRatio: number;
  /** Wall-clock seconds spent, and the clip's own duration in seconds. */
  elapsedS: number;
  videoS: number;
}

/**
 * Runs the estimator over every frame of a video and builds its track. The estimator is reset
 * first (new clip). Throws InputError for unreadable input and for a clip with no person.
 */
export interface PoseVideoOptions {
  progress?: boolean;
  /**
   * Long side of the frames handed to MoveNet, px; keypoints are mapped back to source pixels.
   * Default POSE_INPUT_LONG_SIDE_PX of the estimator's model (what the app does); Infinity = full
   * resolution.
   */
  inputLongSidePx?: number;
  /**
   * Issue 15: pose worker threads to split the clip between (segments stitched into one track, as
   * the app's pool does); without one, or for a short clip, `estimator` runs every frame here.
   */
  pool?: NodePosePool | null;
}

export async function poseVideo(
  file: string,
  estimator: PoseEstimator,
  opts: PoseVideoOptions = {},
): Promise<PoseVideoResult> {
  const t0 = performance.now();
  const info = await videoProbe(file);
  const name = basename(file);
  const builder = createTrackBuilder({
    name,
    model: estimator.modelName,
    width: info.width,
    height: info.height,
    fps: info.fps,
  });
  const progress =
    opts.progress === true ? createProgress({ label: name, total: info.frameCountEstimate }) : null;
  const kind = estimator.modelName === 'movenet-thunder' ? 'thunder' : 'lightning';
  const size = poseInputSize(info.width, info.height, opts.inputLongSidePx ?? POSE_INPUT_LONG_SIDE_PX[kind]);
  const input = { ...size, sourceWidth: info.width, sourceHeight: info.height };
  const ranges = opts.pool ? poseSegments(info.durationS, info.fps, opts.pool.size) : [];
  let done = 0;
  const segments =
    opts.pool && ranges.length > 1
      ? await opts.pool.run(file, input, ranges, (n) => progress?.update((done += n)))
      : [await poseFrames(file, estimator, input, undefined, (kept) => progress?.update(kept))];
  segmentStitch(builder, segments);
  const track = builder.finish();
  const n = track.frames.length;
  // The one person-present rule (core/track/personPresence.ts), as the app and the analysis apply it.
  const withPerson = track.frames.filter(frameHasPerson).length;
  const personFrameRatio = n > 0 ? withPerson / n : 0;
  const elapsedS = (performance.now() - t0) / 1000;
  const last = track.frames[n - 1];
  const videoS = Number.isFinite(info.durationS)
    ? info.durationS
    : last !== undefined
      ? last.t + 1 / track.fps
      : 0;
  progress?.finish(
    `${name}: ${n} frames in ${elapsedS.toFixed(1)} s (${(n / elapsedS).toFixed(1)} frames/s, ${(videoS / elapsedS).toFixed(2)}x real time), person in ${(personFrameRatio * 100).toFixed(0)}% of frames`,
  );
  if (personFrameRatio < NO_PERSON_SHARE) {
    throw new InputError(
      `${file}: no person found (a person was seen in ${withPerson} of ${n} frames). Film the whole body, well lit, one person in view.`,
    );
  }
  return { track, personFrameRatio, elapsedS, videoS };
}
