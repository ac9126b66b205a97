import { PoseBridge } from './PoseBridge.ts';
import { PosePool } from './PosePool.ts';

const newPoseWorker = () =>
  new Worker(new URL('../../../workers/pose.worker.ts', import.meta.url), { type: 'module', name: 'pose' });

/** The app's pose bridge. The `new Worker(new URL(...))` form is what Vite bundles as a worker. */
export function createPoseBridge(): PoseBridge {
  return new PoseBridge(newPoseWorker);
}

/** The app's pool of pose workers for uploads (issue 15), sized from this device's cores and memory (`cores` overrides: tests). */
export function createPosePool(maxWorkers?: number, cores?: number): PosePool {
  const deviceMemoryGb = (navigator as { deviceMemory?: number }).deviceMemory;
  return new PosePool(newPoseWorker, {
    cores: cores ?? (navigator.hardwareConcurrency || 1),
    ...(deviceMemoryGb !== undefined ? { deviceMemoryGb } : {}),
    ...(maxWorkers !== undefined ? { maxWorkers } : {}),
  });
}
