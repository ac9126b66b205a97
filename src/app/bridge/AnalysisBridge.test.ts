import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisBridge } from './AnalysisBridge.ts';
import { trackCreate, type Track } from '../../core/track/track.ts';
import type { PackedTrack } from '../../core/track/trackPack.ts';
import type { AnalysisRequest } from '../../../workers/analysisApi.ts';
import { fakeWorkers, settledName, until } from '../../../tests/helpers/fakeWorker.ts';

/** The analysis worker's API, faked: answers with the frame count it received; view 'rear' never answers, 'front' after 50 ms. */
const analysisApi = () => ({
  analyze: async (packed: PackedTrack, req: AnalysisRequest) => {
    if (req.view === 'rear') return new Promise(() => undefined);
    if (req.view === 'front') await new Promise((r) => setTimeout(r, 50));
    return { report: { frames: packed.t.length }, series: null, analyzeMs: 0, seriesMs: 0 };
  },
});

function track(n: number): Track {
  const t = trackCreate({
    source: { kind: 'synthetic', name: 'bridge test' },
    width: 640,
    height: 480,
    fps: 30,
  });
  for (let i = 0; i < n; i++) t.frames.push({ t: i / 30, kp: [] });
  return t;
}

const req = (view: AnalysisRequest['view']): AnalysisRequest => ({ activity: 'run', view });
const frames = (r: { report: unknown }) => (r.report as { frames: number }).frames;
const disposers: (() => void)[] = [];

afterEach(() => {
  for (const d of disposers.splice(0)) d();
});

describe('AnalysisBridge (on WorkerBridge)', () => {
  it('run(): calls queue in one worker and do not cancel each other (the trainer: raw and corrected)', async () => {
    const { workers, createWorker } = fakeWorkers(analysisApi);
    const b = new AnalysisBridge(createWorker);
    disposers.push(() => b.dispose());
    const slow = b.run(track(3), req('front'));
    const fast = b.run(track(5), req('side'));
    expect(frames(await slow)).toBe(3);
    expect(frames(await fast)).toBe(5);
    expect(workers.length).toBe(1);
  });

  it('analyze(): a new call cancels the one in flight (AbortError, worker terminated) and is answered by a fresh worker', async () => {
    const { workers, createWorker } = fakeWorkers(analysisApi);
    const b = new AnalysisBridge(createWorker);
    disposers.push(() => b.dispose());
    const first = b.analyze(track(2), req('rear'));
    const second = b.analyze(track(4), req('side'));
    expect(await settledName(first)).toBe('AbortError');
    expect(frames(await second)).toBe(4);
    expect(workers.length).toBe(2);
    expect(workers[0]!.terminated).toBe(true);
    // Finished: the next analyze() has nothing to cancel and keeps the worker.
    expect(frames(await b.analyze(track(6), req('side')))).toBe(6);
    expect(workers.length).toBe(2);
  });

  it('shuts its worker down when idle, and the next analysis starts a fresh one', async () => {
    const { workers, createWorker } = fakeWorkers(analysisApi);
    const b = new AnalysisBridge(createWorker, 30);
    disposers.push(() => b.dispose());
    expect(frames(await b.run(track(1), req('side')))).toBe(1);
    await until(() => workers[0]!.terminated);
    expect(frames(await b.run(track(2), req('side')))).toBe(2);
    expect(workers.length).toBe(2);
  });
});
