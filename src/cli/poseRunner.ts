import type { NodePoseEstimatorOptions } from '../pose/node/createNodePoseEstimator.ts';
import type { PoseEstimator } from '../pose/poseTypes.ts';
import type { NodePosePool } from './nodePosePool.ts';
import { poseSegments } from './poseSegments.ts';
import type { PoseVideoOptions, PoseVideoResult } from './poseVideo.ts';
import { videoProbe } from './videoProbe.ts';

export interface PoseRunner {
  /** A video through the pose stage: split between the pool's workers when there is one (issue 15). */
  run(file: string, opts?: Omit<PoseVideoOptions, 'pool'>): Promise<PoseVideoResult>;
  /** Disposes the estimator and stops every worker. */
  close(): Promise<void>;
}

/**
 * The pose stage of `hipcheck pose` and `hipcheck analyze`, one code path: this thread's estimator
 * (short clips, and `--jobs 1`) and, with `jobs` > 1, the worker-thread pool (nodePosePool.ts),
 * started side by side on the first video that needs them (tfjs and the weights load only when a
 * video needs them; the workers only for a clip long enough to split) and kept for the rest of the
 * run.
 */
export function createPoseRunner(opts: Omit<NodePoseEstimatorOptions, 'log'> & { jobs: number }): PoseRunner {
  const { jobs, ...estimatorOpts } = opts;
  let estimator: PoseEstimator | null = null;
  let pool: NodePosePool | null = null;
  return {
    async run(file, videoOpts = {}) {
      const { createNodePoseEstimator } = await import('../pose/node/createNodePoseEstimator.ts');
      const { poseVideo } = await import('./poseVideo.ts');
      // The workers start only for a clip long enough to be split (poseVideo splits it the same way).
      const split = jobs > 1 && pool === null && (await splits(file, jobs));
      const [e, p] = await Promise.allSettled([
        estimator ?? createNodePoseEstimator(estimatorOpts),
        split ? import('./nodePosePool.ts').then((m) => m.NodePosePool.start(jobs, estimatorOpts)) : pool,
      ]);
      // Whatever started is kept (and closed by close()), even when the other failed.
      if (e.status === 'fulfilled') estimator = e.value;
      if (p.status === 'fulfilled') pool = p.value;
      if (e.status === 'rejected') throw e.reason;
      if (p.status === 'rejected') throw p.reason;
      return poseVideo(file, estimator!, { ...videoOpts, pool });
    },
    async close() {
      estimator?.dispose();
      estimator = null;
      await pool?.close();
      pool = null;
    },
  };
}

/** Whether poseVideo splits `file` between `jobs` workers (an unreadable file: no, poseVideo says why). */
async function splits(file: string, jobs: number): Promise<boolean> {
  const info = await videoProbe(file).catch(() => null);
  return info !== null && poseSegments(info.durationS, info.fps, jobs).length > 1;
}
