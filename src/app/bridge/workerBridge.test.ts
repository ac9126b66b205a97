import { afterEach, describe, expect, it } from 'vitest';
import { WorkerBridge } from './workerBridge.ts';
import { fakeWorkers, settledName, until } from '../../../tests/helpers/fakeWorker.ts';

/** The API of the fake worker: answers, never answers, or stops when asked. */
interface TestApi {
  echo(x: number): number;
  hang(): Promise<never>;
  /** Resolves when `stop()` is called (a worker that honours a cooperative cancel). */
  stoppable(): Promise<string>;
  stop(): void;
}

function fakeApi(): TestApi {
  let release: ((s: string) => void) | null = null;
  return {
    echo: (x) => x,
    hang: () => new Promise<never>(() => undefined),
    stoppable: () => new Promise<string>((r) => (release = r)),
    stop: () => release?.('stopped'),
  };
}

const bridges: WorkerBridge<TestApi>[] = [];

function setup(idleMs?: number) {
  const { workers, createWorker } = fakeWorkers(fakeApi);
  const bridge = new WorkerBridge<TestApi>(createWorker, {
    name: 'test',
    ...(idleMs !== undefined ? { idleMs } : {}),
  });
  bridges.push(bridge);
  return { bridge, workers };
}

const errorName = settledName;

const errorOf = (p: Promise<unknown>) =>
  Promise.race([
    p.then(
      () => null,
      (e: Error) => e,
    ),
    new Promise<null>((r) => setTimeout(() => r(null), 3000)),
  ]);

afterEach(() => {
  for (const b of bridges.splice(0)) b.dispose();
});

describe('WorkerBridge', () => {
  it('starts the worker lazily, on the first call, and reuses it', async () => {
    const { bridge, workers } = setup();
    expect(workers.length).toBe(0);
    expect(await bridge.call((api) => api.echo(1))).toBe(1);
    expect(await bridge.call((api) => api.echo(2))).toBe(2);
    expect(workers.length).toBe(1);
  });

  it('shuts the worker down after idleMs without calls, and a later call starts a fresh one', async () => {
    const { bridge, workers } = setup(30);
    expect(await bridge.call((api) => api.echo(1))).toBe(1);
    await until(() => workers[0]!.terminated);
    expect(bridge.running).toBe(false);
    expect(await bridge.call((api) => api.echo(3))).toBe(3);
    expect(workers.length).toBe(2);
    expect(workers[1]!.terminated).toBe(false);
  });

  it('does not shut down a worker while a call is in flight, however long it takes', async () => {
    const { bridge, workers } = setup(20);
    const p = bridge.call((api) => api.stoppable());
    await new Promise((r) => setTimeout(r, 120));
    expect(workers[0]!.terminated).toBe(false);
    await bridge.remote().stop();
    expect(await p).toBe('stopped');
  });

  it('cancel rejects every call in flight with AbortError and the next call works on a fresh worker', async () => {
    const { bridge, workers } = setup();
    const a = bridge.call((api) => api.hang());
    const b = bridge.call((api) => api.hang());
    await new Promise((r) => setTimeout(r, 20));
    bridge.cancel();
    expect(await errorName(a)).toBe('AbortError');
    expect(await errorName(b)).toBe('AbortError');
    expect(workers[0]!.terminated).toBe(true);
    expect(await bridge.call((api) => api.echo(4))).toBe(4);
    expect(workers.length).toBe(2);
  });

  it('cancel with nothing in flight keeps the worker', async () => {
    const { bridge, workers } = setup();
    await bridge.call((api) => api.echo(1));
    bridge.cancel();
    expect(workers[0]!.terminated).toBe(false);
    expect(await bridge.call((api) => api.echo(5))).toBe(5);
    expect(workers.length).toBe(1);
  });

  it('a crashed worker rejects its calls in flight with WorkerCrashError, and the next call starts a fresh one', async () => {
    const { bridge, workers } = setup();
    const p = bridge.call((api) => api.hang());
    await new Promise((r) => setTimeout(r, 20));
    workers[0]!.crash('out of memory');
    const err = await errorOf(p);
    expect(err?.name).toBe('WorkerCrashError');
    expect(err?.message).toContain('out of memory');
    expect(workers[0]!.terminated).toBe(true);
    expect(await bridge.call((api) => api.echo(6))).toBe(6);
    expect(workers.length).toBe(2);
  });

  it('cancelWithGrace keeps a worker that stops when asked, and terminates one that does not', async () => {
    const { bridge, workers } = setup();
    const polite = bridge.call((api) => api.stoppable());
    expect(await bridge.cancelWithGrace((api) => api.stop(), 2000)).toBe(true);
    expect(await polite).toBe('stopped');
    expect(workers[0]!.terminated).toBe(false);

    const stuck = bridge.call((api) => api.hang());
    expect(await bridge.cancelWithGrace((api) => api.stop(), 50)).toBe(false);
    expect(await errorName(stuck)).toBe('AbortError');
    expect(workers[0]!.terminated).toBe(true);
  });
});
