import type { PoseInputSize } from '../pose/poseInputSize.ts';
import type { FrameRange } from './poseFrames.ts';

/** The messages between `hipcheck pose` and its pose worker threads (nodePosePool.ts, poseSegmentWorker.ts). */
export interface PoseJob {
  kind: 'run';
  id: number;
  file: string;
  input: PoseInputSize & { sourceWidth: number; sourceHeight: number };
  range: FrameRange;
}

export type PoseWorkerReply =
  | { kind: 'ready'; backend: string }
  | { kind: 'failed'; message: string }
  | { kind: 'progress'; id: number; frames: number }
  | { kind: 'done'; id: number; index: number; t: Float64Array; kp: Float64Array }
  | { kind: 'error'; id: number; message: string; inputError: boolean };
