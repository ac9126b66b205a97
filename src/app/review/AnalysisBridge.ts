import { wrap, type Remote } from 'comlink';
import type { Track } from '../../core/track/track.ts';
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
    if (!this.api) {
      this.worker = this.createWorker();
      this.api = wrap<AnalysisWorkerApi>(this.worker);
    }
    const api = this.api;
    let mine: ((e: Error) => void) | null = null;
    return new Promise<AnalysisResult>((resolve, reject) => {
      mine = reject;
      this.abortCurrent = reject;
      api.analyze(track, req).then(resolve, reject);
    }).finally(() => {
      // Only clear our own handle: a newer call may already have installed its own.
      if (this.abortCurrent === mine) this.abortCurrent = null;
    });
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
