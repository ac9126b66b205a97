// A pose worker thread of `hipcheck pose` (nodePosePool.ts), started through bin/pose-worker.mjs
// (which loads TypeScript): its own tfjs WASM backend and MoveNet, one segment of a clip at a time.
import { parentPort } from 'node:worker_threads';
import {
  createNodePoseEstimator,
  type NodePoseEstimatorOptions,
} from '../pose/node/createNodePoseEstimator.ts';
import type { PoseEstimator } from '../pose/poseTypes.ts';
import { InputError } from './ffmpegTools.ts';
import type { PoseJob, PoseWorkerReply } from './poseWorkerProtocol.ts';
import { poseFrames } from './poseFrames.ts';

const port = parentPort;
if (!port) throw new Error('poseSegmentWorker runs only as a worker thread');
let estimator: Promise<PoseEstimator> | null = null;
const reply = (m: PoseWorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

port.on('message', (msg: { kind: 'init'; opts: NodePoseEstimatorOptions } | PoseJob) => {
  if (msg.kind === 'init') {
    // Notes (e.g. no SIMD) reach the user once, from the main thread's own estimator start.
    estimator = createNodePoseEstimator({ ...msg.opts, log: () => undefined });
    estimator.then(
      (e) => reply({ kind: 'ready', backend: e.backend }),
      (e: unknown) => reply({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return;
  }
  void (async () => {
    try {
      const e = await estimator!;
      let last = 0;
      const seg = await poseFrames(msg.file, e, msg.input, msg.range, (kept) => {
        if (kept - last >= 10) {
          reply({ kind: 'progress', id: msg.id, frames: kept - last });
          last = kept;
        }
      });
      const t = seg.t as Float64Array;
      const kp = seg.kp as Float64Array;
      reply({ kind: 'progress', id: msg.id, frames: t.length - last });
      reply({ kind: 'done', id: msg.id, index: seg.index, t, kp }, [
        t.buffer as ArrayBuffer,
        kp.buffer as ArrayBuffer,
      ]);
    } catch (e) {
      reply({
        kind: 'error',
        id: msg.id,
        message: e instanceof Error ? e.message : String(e),
        inputError: e instanceof InputError,
      });
    }
  })();
});
