import { proxy } from 'comlink';
import { poseRunRates } from '../../pose/poseRunRates.ts';
import { planSegments, SEGMENT_WARM_FRAMES } from '../../pose/parallel/segmentPlan.ts';
import { posePoolPlan, type PosePoolPlan } from '../../pose/parallel/posePoolPlan.ts';
import { segmentAppend, segmentOrder } from '../../pose/parallel/segmentStitch.ts';
import { createTrackBuilder } from '../../pose/trackBuilder.ts';
import type {
  AnalyzeProgress,
  AnalyzeResult,
  PoseWorkerApi,
  PoseWorkerInitOptions,
  PoseWorkerInitResult,
  SegmentResult,
} from '../../../workers/poseApi.ts';
import { CANCEL_GRACE_MS } from './PoseBridge.ts';
import { abortError, WorkerBridge } from './workerBridge.ts';

/** Frames stitched per main-thread slice: ~30 µs a frame measured (360 frames in 10–18 ms), so ~15 ms a slice. */
const STITCH_SLICE_FRAMES = 500;

/** Least time between two progress reports to the page (ms); the serial path reported every 200 ms. */
const PROGRESS_MS = 250;

/** One pose worker of the pool: its bridge (lifecycle, cancel, crash), its init, and the init's options. */
interface Slot {
  bridge: WorkerBridge<PoseWorkerApi>;
  init: Promise<PoseWorkerInitResult>;
  key: string;
}

export interface PosePoolOptions {
  /** `navigator.hardwareConcurrency`. */
  cores: number;
  /** `navigator.deviceMemory` (GB), where the browser tells. */
  deviceMemoryGb?: number;
  /** Upper bound on workers (the bench runs 1, 2 and N). */
  maxWorkers?: number;
}

/**
 * N pose workers analysing one clip in parallel (issue 15): worker 0 demuxes the file while the
 * model is (or finishes) loading, the clip is split into keyframe-aligned segments
 * (src/video/segmentPlan.ts), each worker runs MoveNet on its segment with the crop tracking
 * re-seeded at the segment start, and the segments are stitched into one track on arrival.
 * The model is loaded by {@link warm} (the app calls it at idle time on page load, while the person
 * chooses a file). One analysis at a time; {@link cancel} stops every worker at once.
 */
export class PosePool {
  private slots: (Slot | undefined)[] = [];
  private initOpts: PoseWorkerInitOptions | null = null;
  private plan0: PosePoolPlan | null = null;
  private running: { reject: (e: Error) => void; cancelled: boolean } | null = null;
  /**
   * The last cancel until every worker has stopped or been terminated: the next analysis waits for
   * it, or a worker terminated at the end of the grace period would take that analysis's calls
   * down with it (a Create clicked again within the grace period under load, trainer e2e).
   */
  private stopping: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly createWorker: () => Worker,
    private readonly opts: PosePoolOptions,
  ) {}

  private slot(i: number, init: PoseWorkerInitOptions): Slot {
    const key = JSON.stringify(init);
    const have = this.slots[i];
    // A worker that was terminated (hard cancel, crash) is replaced: a fresh one needs its init.
    if (have && have.key === key && have.bridge.running) return have;
    have?.bridge.dispose();
    const bridge = new WorkerBridge<PoseWorkerApi>(this.createWorker, { name: 'pose' });
    const s: Slot = { bridge, init: bridge.call((api) => api.init(init)), key };
    // A worker whose start-up failed is dropped, so the next call tries a fresh one.
    s.init.catch(() => {
      if (this.slots[i] !== s) return;
      bridge.dispose();
      this.slots[i] = undefined;
    });
    this.slots[i] = s;
    return s;
  }

  /**
   * Starts worker 0 (backend choice and model load), then, when the backend runs on the CPU, the
   * other workers on that backend with their thread count. Memoised: a second call with the same
   * options returns the same promise of worker 0's result.
   */
  async warm(init: PoseWorkerInitOptions): Promise<PoseWorkerInitResult> {
    this.initOpts = init;
    const first = await this.slot(0, init).init;
    const plan = posePoolPlan({
      cores: this.opts.cores,
      frames: Infinity,
      backend: first.backend,
      ...this.planLimits(),
    });
    this.plan0 = plan;
    for (let i = 1; i < plan.workers; i++) this.slot(i, this.workerInit(init, first, plan));
    return first;
  }

  /** Resolves when every worker started so far has its model loaded (the bench times this as model load). */
  async ready(): Promise<number> {
    const live = this.slots.filter((s): s is Slot => s !== undefined);
    await Promise.all(live.map((s) => s.init));
    return live.length;
  }

  private planLimits() {
    return {
      ...(this.opts.deviceMemoryGb !== undefined ? { deviceMemoryGb: this.opts.deviceMemoryGb } : {}),
      ...(this.opts.maxWorkers !== undefined ? { maxWorkers: this.opts.maxWorkers } : {}),
    };
  }

  private workerInit(
    init: PoseWorkerInitOptions,
    first: PoseWorkerInitResult,
    plan: PosePoolPlan,
  ): PoseWorkerInitOptions {
    return {
      ...init,
      backend: first.backend,
      ...(plan.threadsPerWorker > 1 ? { wasmThreads: plan.threadsPerWorker } : {}),
    };
  }

  /**
   * Analyses a whole MP4/MOV file over the pool. Same errors as `PoseWorkerApi.analyzeFile`
   * (`UnsupportedContainerError` etc. from the demux), `AbortError` after {@link cancel}.
   */
  async analyzeFile(
    file: Blob,
    name: string,
    onProgress?: (p: AnalyzeProgress) => void,
  ): Promise<AnalyzeResult> {
    const init = this.initOpts;
    if (!init) throw new Error('PosePool.warm() was not called');
    if (this.running) throw new Error('PosePool runs one analysis at a time');
    await this.stopping;
    if (this.running) throw new Error('PosePool runs one analysis at a time');
    let reject!: (e: Error) => void;
    const aborted = new Promise<never>((_, rj) => (reject = rj));
    const running = { reject, cancelled: false };
    this.running = running;
    const work = this.run(file, name, init, running, onProgress);
    work.catch(() => undefined); // after a cancel nobody awaits it
    try {
      return await Promise.race([work, aborted]);
    } finally {
      this.running = null;
    }
  }

  private async run(
    file: Blob,
    name: string,
    init: PoseWorkerInitOptions,
    running: { cancelled: boolean },
    onProgress?: (p: AnalyzeProgress) => void,
  ): Promise<AnalyzeResult> {
    // After a cancel the run goes no further than the stage it was in (no segments start).
    const live = () => {
      if (running.cancelled) throw abortError();
    };
    const t0 = performance.now();
    const s0 = this.slot(0, init);
    // Demux overlaps the model start-up when the file comes before the warm-up has finished.
    const demuxed = s0.bridge.call((api) => api.demux(file)).then((v) => ({ v, ms: performance.now() - t0 }));
    demuxed.catch(() => undefined); // awaited below; this only keeps a bad file from being an unhandled rejection meanwhile
    const first = await this.warm(init);
    const modelWaitMs = performance.now() - t0;
    const { v: video, ms: demuxMs } = await demuxed;
    live();
    const shown = video.samples.filter((s) => s.tS >= -1e-6).length;
    const plan = posePoolPlan({
      cores: this.opts.cores,
      frames: shown,
      backend: first.backend,
      ...this.planLimits(),
    });
    const segs = planSegments(video.samples, plan.workers, { warmFrames: SEGMENT_WARM_FRAMES });
    const slots = segs.map((_, i) =>
      this.slot(i, i === 0 ? init : this.workerInit(init, first, this.plan0 ?? plan)),
    );
    await Promise.all(slots.map((s) => s.init));
    live();
    const tStart = performance.now();
    const done = new Array<number>(segs.length).fill(0);
    let lastReport = -Infinity;
    const report = (i: number, n: number) => {
      done[i] = n;
      if (!onProgress) return;
      const framesDone = done.reduce((a, b) => a + b, 0);
      // One page update per PROGRESS_MS whatever the number of workers (each re-renders the progress bar).
      if (performance.now() - lastReport < PROGRESS_MS && framesDone < shown) return;
      lastReport = performance.now();
      const elapsedS = (performance.now() - tStart) / 1000;
      // Segments advance side by side: the clip time reached is the share of frames done.
      onProgress({
        framesDone,
        framesTotal: shown,
        tS: (framesDone / shown) * video.durationS,
        elapsedS,
        etaS: framesDone > 0 ? (elapsedS / framesDone) * (shown - framesDone) : NaN,
      });
    };
    const results: SegmentResult[] = await Promise.all(
      segs.map((seg, i) =>
        slots[i]!.bridge.call((api) =>
          api.analyzeSegment(
            file,
            video,
            seg,
            proxy((n: number) => report(i, n)),
          ),
        ),
      ),
    );
    const tb = performance.now();
    const builder = createTrackBuilder({
      name,
      model: first.model,
      width: video.displayWidthPx,
      height: video.displayHeightPx,
      fps: video.nominalFps,
    });
    for (const seg of segmentOrder(results)) {
      for (let i = 0; i < seg.t.length; i += STITCH_SLICE_FRAMES) {
        segmentAppend(builder, seg, i, i + STITCH_SLICE_FRAMES);
        await new Promise((r) => setTimeout(r, 0)); // let the page paint between slices
        live();
      }
    }
    const track = builder.finish();
    const t1 = performance.now();
    const lastT = track.frames.at(-1)?.t ?? 0;
    if (track.frames.length === 0) {
      const e = new Error('No frame of this video could be decoded.');
      e.name = 'VideoDecodeError';
      throw e;
    }
    const sum = (f: (r: SegmentResult) => number) => results.reduce((a, r) => a + f(r), 0);
    const wallMs = t1 - tStart;
    const frames = track.frames.length;
    const clipS = Math.max(video.durationS, lastT);
    return {
      track,
      rotationDeg: video.rotationDeg,
      stats: {
        ...poseRunRates(frames, wallMs, clipS),
        decodeWaitMs: sum((r) => r.stats.decodeWaitMs),
        prepMs: sum((r) => r.stats.prepMs),
        modelMs: sum((r) => r.stats.modelMs),
        warmMs: sum((r) => r.stats.warmMs),
        workers: segs.length,
        modelWaitMs,
        demuxMs,
        trackBuildMs: t1 - tb,
        segmentMs: results.map((r) => r.stats.wallMs),
      },
    };
  }

  /**
   * Stops the analysis at once (it rejects with `AbortError`): every worker is told to stop at its
   * next frame, and one that has not within the grace period is terminated (and replaced, with a
   * fresh init, by the next analysis); workers that stopped keep their loaded model.
   */
  async cancel(): Promise<void> {
    const running = this.running;
    if (!running) return;
    running.cancelled = true;
    running.reject(abortError());
    const stopped = Promise.all(
      this.slots.map((s) => s?.bridge.cancelWithGrace((api) => api.cancel(), CANCEL_GRACE_MS)),
    );
    this.stopping = stopped.catch(() => undefined);
    await stopped;
  }

  /** Terminates every worker; a later warm() starts fresh ones. */
  dispose(): void {
    if (this.running) {
      this.running.cancelled = true;
      this.running.reject(abortError());
    }
    this.running = null;
    for (const s of this.slots) s?.bridge.dispose();
    this.slots = [];
  }
}
