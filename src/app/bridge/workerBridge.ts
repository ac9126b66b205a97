import { wrap, type Remote } from 'comlink';

/** What a cancelled call rejects with; callers test `err.name === 'AbortError'`. */
export function abortError(): Error {
  const e = new Error('Analysis cancelled.');
  e.name = 'AbortError';
  return e;
}

/** What every call in flight rejects with when its worker dies (an `error` event: load failure, uncaught error). */
export function workerCrashError(worker: string, detail: string): Error {
  const e = new Error(`The ${worker} worker stopped unexpectedly${detail ? `: ${detail}` : ''}.`);
  e.name = 'WorkerCrashError';
  return e;
}

export interface WorkerBridgeOptions {
  /** Which worker, for the crash message ('pose', 'analysis'). */
  name: string;
  /** Terminates the worker after this long with no call in flight (ms); absent: kept until dispose. */
  idleMs?: number;
}

interface InFlight {
  reject: (e: Error) => void;
  /** Resolves when the call has settled, either way. */
  settled: Promise<void>;
}

/**
 * The one lifecycle of a comlink worker on the main thread (squoosh's WorkerBridge pattern), shared
 * by the pose and analysis bridges: started lazily by the first call, wrapped with comlink, shut
 * down after {@link WorkerBridgeOptions.idleMs} without calls, cancelled by terminating it (every
 * call in flight rejects with `AbortError`, the next call starts a fresh worker), and a worker that
 * dies rejects its calls in flight with `WorkerCrashError` instead of leaving them pending forever.
 * Ordering, re-initialisation after a restart and cooperative stops are the caller's (PoseBridge).
 */
export class WorkerBridge<Api> {
  private worker: Worker | null = null;
  private api: Remote<Api> | null = null;
  private readonly inFlight = new Set<InFlight>();
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  /** @param createWorker makes the worker (the app passes `new Worker(new URL(...))` so Vite bundles it) */
  constructor(
    private readonly createWorker: () => Worker,
    private readonly opts: WorkerBridgeOptions,
  ) {}

  /** Whether a worker is started now (it is not before the first call, after idle shutdown, cancel or a crash). */
  get running(): boolean {
    return this.worker !== null;
  }

  /** Whether a call is in flight. */
  get busy(): boolean {
    return this.inFlight.size > 0;
  }

  /** The worker's remote, starting the worker if none runs. Work goes through {@link call}, which counts it. */
  remote(): Remote<Api> {
    if (!this.api) {
      const worker = this.createWorker();
      worker.addEventListener('error', (ev) => {
        if (this.worker !== worker) return;
        this.stop(() => workerCrashError(this.opts.name, (ev as ErrorEvent).message ?? ''));
      });
      this.worker = worker;
      this.api = wrap<Api>(worker);
      this.armIdle();
    }
    return this.api;
  }

  /**
   * Runs `fn` on the worker (started if needed). The result rejects with `AbortError` on
   * {@link cancel} or {@link dispose} and with `WorkerCrashError` if the worker dies first.
   * Calls do not wait for one another: they queue in the worker's message loop.
   */
  call<T>(fn: (api: Remote<Api>) => Promise<T>): Promise<T> {
    const api = this.remote();
    this.disarmIdle();
    let reject!: (e: Error) => void;
    const raw = new Promise<T>((res, rej) => {
      reject = rej;
      fn(api).then(res, rej);
    });
    const entry: InFlight = { reject, settled: raw.then(noop, noop) };
    this.inFlight.add(entry);
    // The call leaves the in-flight set before its caller sees the outcome, so a caller that goes on
    // at once (AnalysisBridge.analyze's cancel of the previous call) does not find it still busy.
    const done = () => {
      this.inFlight.delete(entry);
      this.armIdle();
    };
    const result = raw.then(
      (v) => (done(), v),
      (e: unknown) => {
        done();
        throw e;
      },
    );
    return result;
  }

  /** Stops every call in flight now: terminates the worker, the calls reject with `AbortError`. Nothing in flight: nothing happens. */
  cancel(): void {
    if (this.busy) this.stop(abortError);
  }

  /**
   * Asks the worker to stop (`ask`, e.g. the API's own `cancel()`), waits up to `graceMs` for the
   * calls in flight to settle, and terminates it ({@link cancel}) if they do not. Resolves true when
   * the worker stopped by itself (it keeps running, with its loaded state), false when it was terminated.
   */
  async cancelWithGrace(ask: (api: Remote<Api>) => Promise<unknown>, graceMs: number): Promise<boolean> {
    const api = this.api;
    if (!api || !this.busy) return true;
    const settled = Promise.all([...this.inFlight].map((c) => c.settled));
    await ask(api).catch(noop);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stopped = await Promise.race([
      settled.then(() => true),
      new Promise<boolean>((r) => (timer = setTimeout(() => r(false), graceMs))),
    ]);
    clearTimeout(timer);
    if (!stopped) this.stop(abortError);
    return stopped;
  }

  /** Terminates the worker (calls in flight reject with `AbortError`); a later call starts a fresh one. */
  dispose(): void {
    this.stop(abortError);
  }

  private stop(reason: () => Error): void {
    const calls = [...this.inFlight];
    this.inFlight.clear();
    this.disarmIdle();
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
    for (const c of calls) c.reject(reason());
  }

  private armIdle(): void {
    const ms = this.opts.idleMs;
    if (ms === undefined || !this.worker || this.busy) return;
    this.disarmIdle();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.busy) this.stop(abortError);
    }, ms);
  }

  private disarmIdle(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

function noop(): void {}
