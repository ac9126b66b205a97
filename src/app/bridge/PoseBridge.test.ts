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

  it('a frame is one round trip: init runs once per worker, again only on a worker started after a crash', async () => {
    const inits: number[] = [];
    const { workers, createWorker } = fakeWorkers(() => {
      const api = poseApi();
      const worker = inits.push(0) - 1;
      return { ...api, init: async () => (inits[worker]!++, api.init()) };
    });
    const b = new PoseBridge(createWorker);
    disposers.push(() => b.dispose());
    await b.init({ model: 'lightning' });
    const frame = () => new ArrayBuffer(8) as unknown as ImageBitmap;
    for (let i = 0; i < 5; i++) expect((await b.estimate(frame(), i)).modelMs).toBe(i);
    expect(inits).toEqual([1]);
    workers[0]!.crash('boom');
    // The next call starts a fresh worker, which runs the last init before the frame.
    expect((await b.estimate(frame(), 7)).modelMs).toBe(7);
    expect((await b.estimate(frame(), 8)).modelMs).toBe(8);
    expect(inits).toEqual([1, 1]);
  });

  it('posts the next frame before the last is answered, and an init or reset still waits for every frame', async () => {
    const log: string[] = [];
    let release!: () => void;
    const first = new Promise<void>((r) => (release = r));
    const { createWorker } = fakeWorkers(() => ({
      ...poseApi(),
      estimate: async (_f: unknown, tS: number) => {
        log.push(`got ${tS}`);
        if (tS === 1) await first;
        log.push(`done ${tS}`);
        return { kp: [], prepMs: 0, modelMs: tS };
      },
      reset: () => void log.push('reset'),
    }));
    const b = new PoseBridge(createWorker);
    disposers.push(() => b.dispose());
    await b.init({ model: 'lightning' });
    const frame = () => new ArrayBuffer(8) as unknown as ImageBitmap;
    const a = b.estimate(frame(), 1);
    const c = b.estimate(frame(), 2);
    const r = b.reset();
    await new Promise((res) => setTimeout(res, 20));
    // Frame 2 reached the worker while frame 1 was unanswered (the real worker runs it after 1);
    // the reset is not sent before both have settled.
    expect(log.slice(0, 2)).toEqual(['got 1', 'got 2']);
    expect(log).not.toContain('done 1');
    expect(log).not.toContain('reset');
    release();
    expect([(await a).modelMs, (await c).modelMs]).toEqual([1, 2]);
    await r;
    expect(log.at(-1)).toBe('reset');
    expect(log.filter((l) => l.startsWith('done'))).toHaveLength(2);
  });
});
