import { getBackend, type Tensor3D } from '@tensorflow/tfjs-core';
import {
  createDetector,
  movenet,
  SupportedModels,
  type PoseDetector,
  type PoseDetectorInput,
} from '@tensorflow-models/pose-detection';
import type { KeypointTriple } from '../core/track/track.ts';
import { poseModelName } from './modelName.ts';
import { poseToKeypoints } from './poseToKeypoints.ts';
import { isRawPixels, rawPixelsToTensor } from './rawPixelsToTensor.ts';
import type { PoseEstimator, PoseEstimatorOptions, PoseInput } from './poseTypes.ts';

export type {
  PoseEstimator,
  PoseEstimatorOptions,
  PoseInput,
  PoseModelKind,
  PoseModelName,
  RawPixels,
} from './poseTypes.ts';

/**
 * Loads MoveNet SinglePose (Lightning or Thunder) with pose-detection and wraps it as a
 * {@link PoseEstimator}. Platform-neutral: the caller has already chosen and started the tfjs
 * backend (Node: `initNodeBackend()` in src/pose/node; browser: the worker's backend race).
 *
 * - `modelType` is set from `opts.model`, so the input size (192 / 256) matches the weights.
 * - `enableSmoothing: false`: pose-detection's One Euro filter is causal and shifts fast events
 *   (foot contact) later in time; hipcheck filters with zero-lag Butterworth in src/core instead.
 * - MoveNet's crop-region tracking between frames (detector.ts `determineNextCropRegion`) stays on;
 *   it is what makes a small runner in a tall frame readable. `reset()` drops it.
 */
export async function createPoseEstimator(opts: PoseEstimatorOptions): Promise<PoseEstimator> {
  const modelType =
    opts.model === 'thunder' ? movenet.modelType.SINGLEPOSE_THUNDER : movenet.modelType.SINGLEPOSE_LIGHTNING;
  let detector: PoseDetector;
  try {
    detector = await createDetector(SupportedModels.MoveNet, {
      modelType,
      modelUrl: opts.modelUrl,
      enableSmoothing: false,
      ...(opts.minPoseScore !== undefined ? { minPoseScore: opts.minPoseScore } : {}),
    });
  } catch (e) {
    const err = new Error(
      `Could not load MoveNet ${opts.model}: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
    err.name = 'PoseModelLoadError';
    throw err;
  }
  return new MoveNetEstimator(detector, poseModelName(opts.model), getBackend());
}

class MoveNetEstimator implements PoseEstimator {
  private queue: Promise<unknown> = Promise.resolve();
  private disposed = false;
  /** Reused backing array for raw frames: calls are serialised and the tensor freed each time. */
  private scratch = new Int32Array(0);

  constructor(
    private readonly detector: PoseDetector,
    readonly modelName: PoseEstimator['modelName'],
    readonly backend: string,
  ) {}

  estimate(input: PoseInput, tSeconds: number): Promise<KeypointTriple[]> {
    const run = this.queue.then(() => this.estimateNow(input, tSeconds));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async estimateNow(input: PoseInput, tSeconds: number): Promise<KeypointTriple[]> {
    if (this.disposed) throw new Error('PoseEstimator used after dispose()');
    // Only a tensor we made here is ours to free; pose-detection never disposes a tensor input.
    let own: Tensor3D | null = null;
    if (isRawPixels(input)) {
      const n = input.width * input.height * 3;
      if (this.scratch.length !== n) this.scratch = new Int32Array(n);
      own = rawPixelsToTensor(input, this.scratch);
    }
    try {
      const poses = await this.detector.estimatePoses(
        own ?? (input as PoseDetectorInput),
        { maxPoses: 1, flipHorizontal: false },
        tSeconds * 1000,
      );
      return poseToKeypoints(poses[0]);
    } finally {
      own?.dispose();
    }
  }

  reset(): void {
    this.detector.reset();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.detector.dispose();
  }
}
