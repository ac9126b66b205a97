// Node only: backend start-up + weights from models/ + the platform-neutral adapter, in one call.
import { createPoseEstimator } from '../poseEstimator.ts';
import type { PoseEstimator, PoseModelKind } from '../poseTypes.ts';
import { initNodeBackend, type NodeBackendOptions } from './initNodeBackend.ts';
import { nodeModelHandler } from './nodeModelHandler.ts';

export interface NodePoseEstimatorOptions extends NodeBackendOptions {
  model: PoseModelKind;
  minPoseScore?: number;
  /** Folder holding movenet-<model>.json/.bin. Default: the repository's models/. */
  modelsDir?: string;
}

/** Starts the Node backend (WASM, else CPU) and loads MoveNet from models/. */
export async function createNodePoseEstimator(opts: NodePoseEstimatorOptions): Promise<PoseEstimator> {
  await initNodeBackend(opts);
  const modelUrl = await nodeModelHandler(opts.model, opts.modelsDir);
  return createPoseEstimator({
    model: opts.model,
    modelUrl,
    ...(opts.minPoseScore !== undefined ? { minPoseScore: opts.minPoseScore } : {}),
  });
}
