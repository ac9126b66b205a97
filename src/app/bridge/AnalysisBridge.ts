import { transfer, type Remote } from 'comlink';
import type { TrackAnalyzer } from '../../core/session/session.ts';
import type { Track } from '../../core/track/track.ts';
import { trackPack, trackPackBuffers } from '../../core/track/trackPack.ts';
import type { AnalysisRequest, AnalysisResult, AnalysisWorkerApi } from '../../../workers/analysisApi.ts';
import { WorkerBridge } from './workerBridge.ts';

/**
 * The analysis worker is shut down after this long without an analysis (ms). It keeps nothing
 * between calls, so a restart costs only its start (the trainer e2e logs it as
 * `hipcheck:analysis-worker-start`), while an idle one holds its heap. A choice, not a measurement.
 */
export const ANALYSIS_IDLE_MS = 60_000;

/**
 * Main-thread owner of the analysis worker, on {@link WorkerBridge} (lazy start, idle shutdown,
 * crash). The analysis is one synchronous pass inside the worker, so a cancel cannot be
 * cooperative: it terminates the worker (the pending call rejects with `AbortError`) and the next
 * call starts a fresh one.
 */
export class AnalysisBridge {
  private readonly bridge: WorkerBridge<AnalysisWorkerApi>;

  constructor(createWorker: () => Worker, idleMs: number = ANALYSIS_IDLE_MS) {
    this.bridge = new WorkerBridge<AnalysisWorkerApi>(createWorker, { name: 'analysis', idleMs });
  }

  /** Analyses after cancelling the analysis still running, if any: one call at a time (the review). */
  analyze(track: Track, req: AnalysisRequest): Promise<AnalysisResult> {
    this.cancel();
    return this.run(track, req);
  }

  /**
   * Analyses without cancelling any other call (calls queue in the one worker): for several
   * analyses that must all finish, e.g. the trainer's raw and corrected tracks.
   */
  run(track: Track, req: AnalysisRequest): Promise<AnalysisResult> {
    return this.bridge.call((api) => analyzePacked(api, track, req));
  }

  /** Starts the worker now if it is not running (it is otherwise started by the first call). */
  start(): void {
    this.bridge.remote();
  }

  /** Stops the running analysis, if any. */
  cancel(): void {
    this.bridge.cancel();
  }

  dispose(): void {
    this.bridge.dispose();
  }
}

/** Hands the track over packed, its buffers transferred (a structured clone of the frames costs ~100 ms for 2 minutes). */
function analyzePacked(
  api: Remote<AnalysisWorkerApi>,
  track: Track,
  req: AnalysisRequest,
): Promise<AnalysisResult> {
  const packed = trackPack(track);
  return api.analyze(transfer(packed, trackPackBuffers(packed)), req);
}

const newAnalysisWorker = () =>
  new Worker(new URL('../../../workers/analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'analysis',
  });

/** The app's analysis bridge (the `new Worker(new URL(...))` form is what Vite bundles). */
export function createAnalysisBridge(): AnalysisBridge {
  return new AnalysisBridge(newAnalysisWorker);
}

/**
 * The trainer's analyzer (issue 14): the same analysis as the review, in the analysis worker (one,
 * started on the first call and again after an idle shutdown), so opening or correcting a session
 * never runs it on the main thread.
 */
export function createWorkerTrackAnalyzer(): TrackAnalyzer {
  const bridge = new AnalysisBridge(() => {
    const w0 = performance.now();
    const worker = newAnalysisWorker();
    performance.measure('hipcheck:analysis-worker-start', { start: w0, end: performance.now() });
    return worker;
  });
  return async (track, opts) => {
    bridge.start();
    // What each analysis still costs the main thread: packing the track and handing it to the
    // worker, measured for the trainer e2e's long-task check.
    const t0 = performance.now();
    const result = bridge.run(track, { activity: opts.activity, view: opts.view });
    performance.measure('hipcheck:analysis-send', { start: t0, end: performance.now() });
    return (await result).report;
  };
}
