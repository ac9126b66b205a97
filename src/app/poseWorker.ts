import { PoseBridge } from '../pose/browser/PoseBridge.ts';

/** The app's pose bridge. The `new Worker(new URL(...))` form is what Vite bundles as a worker. */
export function createPoseBridge(): PoseBridge {
  return new PoseBridge(() => new Worker(new URL('../../workers/pose.worker.ts', import.meta.url), { type: 'module', name: 'pose' }));
}
