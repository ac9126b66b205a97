import { afterEach, describe, expect, it } from 'vitest';
import { PoseBridge } from './PoseBridge.ts';
import { fakeWorkers, settledName } from '../../../tests/helpers/fakeWorker.ts';

const disposers: (() => void)[] = [];

afterEach(() => {
  for (const d of disposers.splice(0)) d();
});

/** The pose worker's API, faked: analyzeFile runs until cancel() (then AbortError, as the real worker), init counted. */
function poseApi() {
  let stop: (() => void) | null = null;
  let inits = 0;
  return {
    init: async () => ({ backend: 'cpu', model: 'movenet-lightning', inits: ++inits }),
    analyzeFile: () =>
      new Promise((_, reject) => {
        stop = () => reject(Object.assign(new Error('Analysis cancelled.'), { name: 'AbortError' }));
      }),
    estimate: async (_f: unknown, tS: number) => ({ kp: [], prepMs: 0, modelMs: tS }),
    cancel: () => stop?.(),
  };
}

describe('PoseBridge (on WorkerBridge)', () => {
  it('cancel asks the worker to stop: the analysis rejects with AbortError and the worker, model loaded, serves the next call', async () => {
    const { workers, createWorker } = fakeWorkers(poseApi);
    const b = new PoseBridge(createWorker);
    disposers.push(() => b.dispose());
    await b.init({ model: 'lightning' });
    const run = b.analyzeFile(new Blob([]), 'x.mp4');
    await new Promise((r) => setTimeout(r, 20));
    await b.cancel();
    expect(await settledName(run)).toBe('AbortError');
    expect(workers[0]!.terminated).toBe(false);
    const frame = new ArrayBuffer(8) as unknown as ImageBitmap; // transferable, as a frame is
    expect((await b.estimate(frame, 1.5)).modelMs).toBe(1.5);
    expect(workers.length).toBe(1);
  });

  it('dispose rejects the call in flight with AbortError and terminates the worker', async () => {
    const { workers, createWorker } = fakeWorkers(poseApi);
    const b = new PoseBridge(createWorker);
    await b.init({ model: 'lightning' });
    const run = b.analyzeFile(new Blob([]), 'x.mp4');
    await new Promise((r) => setTimeout(r, 20));
    b.dispose();
    expect(await settledName(run)).toBe('AbortError');
    expect(workers[0]!.terminated).toBe(true);
  });
});
