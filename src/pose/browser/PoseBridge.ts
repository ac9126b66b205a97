import { proxy, transfer, wrap, type Remote } from 'comlink';
import type {
  AnalyzeProgress,
  AnalyzeResult,
  EstimateOptions,
  EstimateResult,
  PoseMemory,
  PoseWorkerApi,
  PoseWorkerInitOptions,
  PoseWorkerInitResult,
} from './poseWorkerApi.ts';

/** How long a cooperative cancel may take before the worker is terminated instead (ms). */
const CANCEL_GRACE_MS = 3000;

function abortError(): Error {
  const e = new Error('Analysis cancelled.');
  e.name = 'AbortError';
  return e;
}

/**
 * The one main-thread owner of the pose worker (squoosh's WorkerBridge pattern): creates it
 * lazily, runs calls one after another (MoveNet's crop tracking needs frames in order), cancels,
 * and terminates it on dispose. A cancel first asks the worker to stop at the next frame; if it
 * does not within {@link CANCEL_GRACE_MS}, the worker is terminated and re-created on next use.
 */
export class PoseBridge {
  private worker: Worker | null = null;
  private api: Remote<PoseWorkerApi> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private lastInit: PoseWorkerInitOptions | null = null;
  private abortCurrent: ((e: Error) => void) | null = null;

  /** @param createWorker makes the worker (the app passes `new Worker(new URL(...))` so Vite bundles it) */
  constructor(private readonly createWorker: () => Worker) {}

  private remote(): Remote<PoseWorkerApi> {
    if (!this.api) {
      this.worker = this.createWorker();
      this.api = wrap<PoseWorkerApi>(this.worker);
    }
    return this.api;
  }

  /** Serialises `fn` after every earlier call; a cancel rejects it at once with `AbortError`. */
  private enqueue<T>(fn: (api: Remote<PoseWorkerApi>) => Promise<T>): Promise<T> {
    const run = this.queue.then(() =>
      new Promise<T>((resolve, reject) => {
        this.abortCurrent = reject;
        fn(this.remote()).then(resolve, reject);
      }).finally(() => {
        this.abortCurrent = null;
      }),
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Loads the model (memoised in the worker) and reports the backend chosen. */
  init(opts: PoseWorkerInitOptions): Promise<PoseWorkerInitResult> {
    this.lastInit = opts;
    return this.enqueue((api) => api.init(opts));
  }

  /** Re-runs the last init after the worker was terminated by a hard cancel. */
  private ensureInit(api: Remote<PoseWorkerApi>): Promise<PoseWorkerInitResult> {
    if (!this.lastInit) throw new Error('PoseBridge.init() was not called');
    return api.init(this.lastInit);
  }

  /** Analyses a whole MP4/MOV file in the worker (see PoseWorkerApi.analyzeFile). */
  analyzeFile(file: Blob, name: string, onProgress?: (p: AnalyzeProgress) => void): Promise<AnalyzeResult> {
    return this.enqueue(async (api) => {
      await this.ensureInit(api);
      return api.analyzeFile(file, name, onProgress ? proxy(onProgress) : undefined);
    });
  }

  /** Keypoints of one frame; the frame is transferred (unusable here afterwards) and closed there. */
  estimate(
    frame: ImageBitmap | VideoFrame,
    tSeconds: number,
    opts?: EstimateOptions,
  ): Promise<EstimateResult> {
    return this.enqueue(async (api) => {
      await this.ensureInit(api);
      return api.estimate(transfer(frame, [frame as unknown as Transferable]), tSeconds, opts);
    });
  }

  /** The worker's tensor count and heap sizes, after every earlier call (see PoseWorkerApi.memory). */
  memory(): Promise<PoseMemory> {
    return this.enqueue((api) => api.memory());
  }

  /** Forgets the tracked crop region (seek / new clip). */
  reset(): Promise<void> {
    return this.enqueue((api) => api.reset());
  }

  /**
   * Stops the running call. Resolves once the worker has stopped or has been terminated; the
   * pending call rejects with `AbortError`.
   */
  async cancel(): Promise<void> {
    const api = this.api;
    const abort = this.abortCurrent;
    if (!api || !abort) return;
    const settled = this.queue;
    await api.cancel();
    const stopped = await Promise.race([
      settled.then(() => true),
      new Promise<boolean>((r) => setTimeout(() => r(false), CANCEL_GRACE_MS)),
    ]);
    if (!stopped) {
      this.terminate();
      abort(abortError());
    }
  }

  private terminate(): void {
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
  }

  /** Terminates the worker; a later call starts a fresh one. */
  dispose(): void {
    this.abortCurrent?.(abortError());
    this.terminate();
    this.queue = Promise.resolve();
  }
}
