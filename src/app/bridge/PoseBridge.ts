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
 * order), a worker runs the last init once before its first call (again only for a fresh worker,
 * after a hard cancel or a crash: no init round trip per frame, issue 15), and a cancel first asks
 * the worker to stop at the next frame and terminates it only if it has not within
 * {@link CANCEL_GRACE_MS}.
 *
 * Estimates that follow one another do not wait for one another's answer: each frame is posted at
 * once and waits in the worker, which runs its estimates in arrival order, so the worker starts the
 * next frame the moment it has answered the last (no idle round trip between live frames). Any
 * other call waits for every call before it, as before.
 */
export class PoseBridge {
  private readonly bridge: WorkerBridge<PoseWorkerApi>;
  private queue: Promise<unknown> = Promise.resolve();
  /** While estimates follow one another: what the first of them waited for (every earlier call settled). */
  private estimateGate: Promise<unknown> | null = null;
  private lastInit: PoseWorkerInitOptions | null = null;
  /** The worker (its remote: a restarted worker is a new one) that runs or has run {@link lastInit}. */
  private initOn: { api: Remote<PoseWorkerApi>; done: Promise<unknown> } | null = null;

  /** @param createWorker makes the worker (the app passes `new Worker(new URL(...))` so Vite bundles it) */
  constructor(createWorker: () => Worker) {
    this.bridge = new WorkerBridge<PoseWorkerApi>(createWorker, { name: 'pose' });
  }

  /** Serialises `fn` after every earlier call; a cancel or a crash rejects it at once. */
  private enqueue<T>(fn: (api: Remote<PoseWorkerApi>) => Promise<T>): Promise<T> {
    this.estimateGate = null;
    const run = this.queue.then(() => this.bridge.call(fn));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Loads the model (memoised in the worker) and reports the backend chosen. */
  init(opts: PoseWorkerInitOptions): Promise<PoseWorkerInitResult> {
    this.lastInit = opts;
    this.initOn = null;
    return this.enqueue((api) => this.initRun(api, opts));
  }

  private initRun(api: Remote<PoseWorkerApi>, opts: PoseWorkerInitOptions): Promise<PoseWorkerInitResult> {
    const done = api.init(opts);
    const entry = { api, done };
    this.initOn = entry;
    // A failed init is tried again by the next call.
    done.catch(() => {
      if (this.initOn === entry) this.initOn = null;
    });
    return done;
  }

  /** Runs the last init on a worker that has not run it (a fresh one after a hard cancel or a crash). */
  private ensureInit(api: Remote<PoseWorkerApi>): Promise<unknown> {
    if (!this.lastInit) throw new Error('PoseBridge.init() was not called');
    if (this.initOn?.api === api) return this.initOn.done;
    return this.initRun(api, this.lastInit);
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
    this.estimateGate ??= this.queue;
    const run = this.estimateGate.then(() =>
      this.bridge.call(async (api) => {
        // Every estimate of a run awaits the same init, so they reach the worker in call order.
        await this.ensureInit(api);
        return api.estimate(transfer(frame, [frame as unknown as Transferable]), tSeconds, opts);
      }),
    );
    this.queue = Promise.all([this.queue, run.catch(() => undefined)]);
    return run;
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
    this.initOn = null;
    this.estimateGate = null;
    this.queue = Promise.resolve();
  }
}
