import type { io, Tensor3D } from '@tensorflow/tfjs-core';
import type { PoseDetectorInput } from '@tensorflow-models/pose-detection';
import type { KeypointTriple } from '../core/track/track.ts';

/** The two MoveNet SinglePose variants hipcheck runs. */
export type PoseModelKind = 'lightning' | 'thunder';

/** Model name as written in a track's `source.model`. */
export type PoseModelName = `movenet-${PoseModelKind}`;

/**
 * Raw interleaved pixels, row-major, top row first (e.g. ffmpeg `-pix_fmt rgb24` output, or a
 * WebCodecs `VideoFrame.copyTo(..., { format: 'RGBA' })`). `data.length` must be
 * `width * height * channels`.
 */
export interface RawPixels {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
  channels: 3 | 4;
}

/**
 * What `PoseEstimator.estimate` accepts: anything pose-detection's `estimatePoses` accepts
 * (`Tensor3D` int32/float RGB 0–255 shaped [height, width, 3], `ImageData`, `ImageBitmap`, canvas,
 * image or video element) plus {@link RawPixels}. A `VideoFrame` is not accepted by tfjs 4.22's
 * `fromPixels`: convert it first (copy it out as RGBA into `RawPixels`, or draw it to an
 * `ImageBitmap`). A tensor passed in stays owned (and disposed) by the caller.
 */
export type PoseInput = PoseDetectorInput | Tensor3D | RawPixels;

export interface PoseEstimatorOptions {
  model: PoseModelKind;
  /**
   * Where the weights come from: a URL of the model JSON (browser: `poseModelUrl(model)`, i.e.
   * `/models/movenet-<model>.json`), or an IO handler (Node: `nodeModelHandler(model)`, because a
   * `file://` URL or a plain path does not load in Node).
   */
  modelUrl: string | io.IOHandler;
  /**
   * Mean keypoint score (over keypoints scoring > 0.2) below which the frame counts as "no person":
   * all 17 keypoints then come back with score 0, and the crop-region tracking restarts from the
   * whole frame. Default 0.25, pose-detection's own default.
   */
  minPoseScore?: number;
}

/**
 * A loaded MoveNet SinglePose model. Frames of one clip must be fed in order: MoveNet's crop-region
 * tracking carries the person's box from one frame to the next. Calls are serialised internally,
 * so concurrent `estimate` calls are safe but run one after the other.
 */
export interface PoseEstimator {
  readonly modelName: PoseModelName;
  /** The tfjs backend the model runs on (`tf.getBackend()` when it was created), e.g. 'wasm'. */
  readonly backend: string;
  /**
   * Keypoints of the one person in `input`: always 17 `[xPx, yPx, score]` triples in COCO order
   * (src/core/track/keypoints.ts), in SOURCE pixels of `input` (origin top-left, y down). When no
   * person is found, 17 triples `[0, 0, 0]`. `tSeconds` is the frame's time from the start of the
   * video (kept for pose-detection's timestamp argument; no temporal smoothing is applied).
   */
  estimate(input: PoseInput, tSeconds: number): Promise<KeypointTriple[]>;
  /** Forget the tracked crop region: call on seek and before a new clip. */
  reset(): void;
  /** Free the model's weights. The estimator is unusable afterwards. */
  dispose(): void;
}
