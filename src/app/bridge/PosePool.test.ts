import { describe, expect, it } from 'vitest';
import { fakeWorkers } from '../../../tests/helpers/fakeWorker.ts';
import { CANCEL_GRACE_MS } from './PoseBridge.ts';
import { PosePool } from './PosePool.ts';

/**
 * A pose worker whose first segment never stops (a cancel it does not honour in time, as a worker
 * under heavy load): the pool terminates it at the end of the grace period. An analysis started
 * again meanwhile (the trainer's Create clicked again after Cancel) must not be taken down by that
 * termination: before the fix it rejected with AbortError (CI, trainer e2e: no session view).
 */
const frames = 10;
let segments = 0;
function stuckThenSlowApi() {
  return {
    init: () => Promise.resolve({ backend: 'webgl', model: 'lightning', reason: 'test', attempts: [] }),
    demux: () =>
      Promise.resolve({
        samples: Array.from({ length: frames }, (_, i) => ({ tS: i / 30, isSync: i === 0 })),
        durationS: frames / 30,
        displayWidthPx: 64,
        displayHeightPx: 64,
        nominalFps: 30,
      }),
    analyzeSegment: async (_file: Blob, _video: unknown, seg: { index?: number }) => {
      segments++;
      if (segments === 1) await new Promise(() => undefined); // stuck: ignores the cancel
      // The second analysis outlasts the first one's grace period.
      await new Promise((r) => setTimeout(r, CANCEL_GRACE_MS + 500));
      const t = Float64Array.from({ length: frames }, (_, i) => i / 30);
      const kp = new Float64Array(frames * 17 * 3).fill(0.9);
      return { index: seg.index ?? 0, t, kp, stats: { decodeWaitMs: 0, prepMs: 0, modelMs: 0, warmMs: 0 } };
    },
    cancel: () => Promise.resolve(),
    reset: () => Promise.resolve(),
  };
}

describe('PosePool cancel, then analyse again within the grace period', () => {
  it(
    'the second analysis waits for the stuck worker to be terminated and runs on a fresh one',
    async () => {
      const { workers, createWorker } = fakeWorkers(() => stuckThenSlowApi());
      const pool = new PosePool(createWorker, { cores: 1, maxWorkers: 1 });
      await pool.warm({ model: 'lightning' });
      const file = new Blob([new Uint8Array(8)]);
      const first = pool.analyzeFile(file, 'a.mp4');
      await new Promise((r) => setTimeout(r, 200));
      const cancelled = pool.cancel();
      await expect(first).rejects.toMatchObject({ name: 'AbortError' });
      const second = await pool.analyzeFile(file, 'a.mp4');
      await cancelled;
      expect(second.track.frames).toHaveLength(10);
      expect(workers[0]!.terminated).toBe(true);
      expect(workers.length).toBe(2);
    },
    3 * CANCEL_GRACE_MS + 5000,
  );
});
