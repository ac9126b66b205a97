import { transfer, wrap, type Remote } from 'comlink';
import type { TrackAnalyzer } from '../../core/session/session.ts';
import type { Track } from '../../core/track/track.ts';
import { trackPack, trackPackBuffers } from '../../core/track/trackPack.ts';
import type { AnalysisRequest, AnalysisResult, AnalysisWorkerApi } from '../../../workers/analysisApi.ts';

function abortError(): Error {
  const e = new Error('Analysis cancelled.');
  e.name = 'AbortError';
  return e;
}

/**
 * Main-thread owner of the analysis worker. The analysis is one synchronous pass inside the worker,
 * so a cancel cannot be cooperative: it terminates the worker (the pending call rejects with
 * `AbortError`) and the next call starts a fresh one. One call at a time; a new call cancels the old.
 */
export class AnalysisBridge {
  private worker: Worker | null = null;
  private api: Remote<AnalysisWorkerApi> | null = null;
  private abortCurrent: ((e: Error) => void) | null = null;

  constructor(private readonly createWorker: () => Worker) {}

  analyze(track: Track, req: AnalysisRequest): Promise<AnalysisResult> {
    this.cancel();
    const api = this.started();
    let mine: ((e: Error) => void) | null = null;
    return new Promise<AnalysisResult>((resolve, reject) => {
      mine = reject;
      this.abortCurrent = reject;
      analyzePacked(api, track, req).then(resolve, reject);
    }).finally(() => {
      // Only clear our own handle: a newer call may already have installed its own.
      if (this.abortCurrent === mine) this.abortCurrent = null;
    });
  }

  /**
   * Analyses without cancelling any other call (calls queue in the one worker): for several
   * analyses that must all finish, e.g. the trainer's raw and corrected tracks.
   */
  run(track: Track, req: AnalysisRequest): Promise<AnalysisResult> {
    return analyzePacked(this.started(), track, req);
  }

  /** Starts the worker now (it is otherwise started by the first call). */
  started(): Remote<AnalysisWorkerApi> {
    if (!this.api) {
      this.worker = this.createWorker();
      this.api = wrap<AnalysisWorkerApi>(this.worker);
    }
    return this.api;
  }

  /** Stops the running analysis, if any. */
  cancel(): void {
    if (!this.abortCurrent) return;
    const abort = this.abortCurrent;
    this.dispose();
    abort(abortError());
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
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

/** The app's analysis bridge (the `new Worker(new URL(...))` form is what Vite bundles). */
export function createAnalysisBridge(): AnalysisBridge {
  return new AnalysisBridge(
    () =>
      new Worker(new URL('../../../workers/analysis.worker.ts', import.meta.url), {
        type: 'module',
        name: 'analysis',
      }),
  );
}

/**
 * The trainer's analyzer (issue 14): the same analysis as the review, in the analysis worker (one,
 * started on the first call), so opening or correcting a session never runs it on the main thread.
 */
export function createWorkerTrackAnalyzer(): TrackAnalyzer {
  let bridge: AnalysisBridge | null = null;
  return async (track, opts) => {
    if (!bridge) {
      const w0 = performance.now();
      bridge = createAnalysisBridge();
      bridge.started();
      performance.measure('hipcheck:analysis-worker-start', { start: w0, end: performance.now() });
    }
    // What each analysis still costs the main thread: packing the track and handing it to the
    // worker, measured for the trainer e2e's long-task check.
    const t0 = performance.now();
    const result = bridge.run(track, { activity: opts.activity, view: opts.view });
    performance.measure('hipcheck:analysis-send', { start: t0, end: performance.now() });
    return (await result).report;
  };
}
