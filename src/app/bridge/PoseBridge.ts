import { proxy, transfer, type Remote } from 'comlink';
import type {
  AnalyzeProgress,
  AnalyzeResult,
  EstimateOptions,
  EstimateResult,
  PoseMemory,
  PoseWorkerApi,
  PoseWorkerInitOptions,
  PoseWorkerInitResult,
} from '../../../workers/poseApi.ts';
import { WorkerBridge } from './workerBridge.ts';

/** How long a cooperative cancel may take before the worker is terminated instead (ms); the pool uses it too. */
export const CANCEL_GRACE_MS = 3000;

/**
 * The one main-thread owner of a single pose worker (live camera, the `<video>` fallback, the
 * bench). Its lifecycle (lazy start, terminate, crash) is {@link WorkerBridge}'s; what is the pose
 * worker's own is here: calls run one after another (MoveNet's crop tracking needs frames in
 * order), every call re-runs the last init (memoised in the worker, so a no-op unless the worker
 * was restarted), and a cancel first asks the worker to stop at the next frame and terminates it
 * only if it has not within {@link CANCEL_GRACE_MS}.
 */
export class PoseBridge {
  private readonly bridge: WorkerBridge<PoseWorkerApi>;
  private queue: Promise<unknown> = Promise.resolve();
  private lastInit: PoseWorkerInitOptions | null = null;

  /** @param createWorker makes the worker (the app passes `new Worker(new URL(...))` so Vite bundles it) */
  constructor(createWorker: () => Worker) {
    this.bridge = new WorkerBridge<PoseWorkerApi>(createWorker, { name: 'pose' });
  }

  /** Serialises `fn` after every earlier call; a cancel or a crash rejects it at once. */
  private enqueue<T>(fn: (api: Remote<PoseWorkerApi>) => Promise<T>): Promise<T> {
    const run = this.queue.then(() => this.bridge.call(fn));
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
    await this.bridge.cancelWithGrace((api) => api.cancel(), CANCEL_GRACE_MS);
  }

  /** Terminates the worker; a later call starts a fresh one. */
  dispose(): void {
    this.bridge.dispose();
    this.queue = Promise.resolve();
  }
}
