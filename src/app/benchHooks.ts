// Loaded only with ?bench in the URL (scripts/bench-browser.ts): per-frame latency of the pose
// worker on a chosen backend, on real frames of a clip handed in by the benchmark.
import { webCodecsFrames } from '../video/webCodecsFrames.ts';
import { mp4Demux } from '../video/mp4Demux.ts';
import { poseInputSize, POSE_INPUT_LONG_SIDE_PX } from '../pose/poseInputSize.ts';
import type { BackendPreference, PoseMemory, PoseWorkerInitResult } from '../../workers/poseApi.ts';
import type { PoseModelKind } from '../pose/poseTypes.ts';
import { createPoseBridge, createPosePool } from './bridge/poseWorker.ts';
import type { AnalyzeStats } from '../../workers/poseApi.ts';
import type { Track } from '../core/track/track.ts';

export interface LatencySamples {
  init: PoseWorkerInitResult;
  /** page → worker → page for one transferred, already-downscaled ImageBitmap (ms). */
  roundTripMs: number[];
  /** in the worker: PoseEstimator.estimate only (ms). */
  modelMs: number[];
  inputSize: string;
}

/** A pose worker initialised for `model` on `backend`, with the clip's demuxed video track; disposed after `fn`. */
async function withPoseWorker<T>(
  clip: Blob,
  model: PoseModelKind,
  backend: BackendPreference,
  fn: (
    bridge: ReturnType<typeof createPoseBridge>,
    init: PoseWorkerInitResult,
    track: Awaited<ReturnType<typeof mp4Demux>>,
  ) => Promise<T>,
): Promise<T> {
  const bridge = createPoseBridge();
  try {
    const init = await bridge.init({ model, backend, baseUrl: import.meta.env.BASE_URL });
    return await fn(bridge, init, await mp4Demux(clip));
  } finally {
    bridge.dispose();
  }
}

function latency(
  clip: Blob,
  model: PoseModelKind,
  backend: BackendPreference,
  n: number,
): Promise<LatencySamples> {
  return withPoseWorker(clip, model, backend, async (bridge, init, track) => {
    const size = poseInputSize(track.displayWidthPx, track.displayHeightPx, POSE_INPUT_LONG_SIDE_PX[model]);
    const roundTripMs: number[] = [];
    const modelMs: number[] = [];
    let i = 0;
    for await (const { frame, tS } of webCodecsFrames(clip, track)) {
      const bmp = await createImageBitmap(frame, { resizeWidth: size.width, resizeHeight: size.height });
      frame.close();
      const t0 = performance.now();
      const r = await bridge.estimate(bmp, tS, {
        sourceWidthPx: track.displayWidthPx,
        sourceHeightPx: track.displayHeightPx,
      });
      const dt = performance.now() - t0;
      if (i >= 2) {
        roundTripMs.push(dt);
        modelMs.push(r.modelMs);
      }
      if (++i >= n + 2) break;
    }
    return { init, roundTripMs, modelMs, inputSize: `${size.width}x${size.height}` };
  });
}

export interface TensorCounts {
  init: PoseWorkerInitResult;
  /** Worker memory after init and one warm-up frame (kernels and weights settled). */
  warm: PoseMemory;
  /** tf.memory().numTensors in the worker after each further frame handed to estimate(). */
  perFrame: number[];
  /** After the estimate() frames (= before analyzeFile), and after one analyzeFile() of the whole clip. */
  afterFrames: PoseMemory;
  afterFile: PoseMemory;
  fileFrames: number;
}

/**
 * The pose worker's tensor count over real frames (tests/e2e/poseLeak.test.ts): `n` decoded
 * VideoFrames transferred one by one to estimate() (the worker scales and closes them), then the
 * whole clip through analyzeFile() (in-worker decoding, the app's upload path).
 */
function tensorCounts(
  clip: Blob,
  model: PoseModelKind,
  backend: BackendPreference,
  n: number,
): Promise<TensorCounts> {
  return withPoseWorker(clip, model, backend, async (bridge, init, track) => {
    const src = { sourceWidthPx: track.displayWidthPx, sourceHeightPx: track.displayHeightPx };
    let warm: PoseMemory | null = null;
    const perFrame: number[] = [];
    for await (const { frame, tS } of webCodecsFrames(clip, track)) {
      await bridge.estimate(frame, tS, src);
      if (warm === null) warm = await bridge.memory();
      else perFrame.push((await bridge.memory()).numTensors);
      if (perFrame.length >= n) break;
    }
    if (warm === null) throw new Error('no frame decoded');
    const afterFrames = await bridge.memory();
    const r = await bridge.analyzeFile(clip, 'leak.mp4');
    const afterFile = await bridge.memory();
    return { init, warm, perFrame, afterFrames, afterFile, fileFrames: r.stats.frames };
  });
}

export interface PipelineRun {
  mode: 'serial' | 'pool';
  /** Pool: the workers that ran; serial: 1. */
  workers: number;
  /** Start-up of every worker: backend choice and model load (ms). */
  modelLoadMs: number;
  /** File handed over → track ready, the model already loaded (ms). */
  analysisMs: number;
  /** Demux (mp4box.js) inside analysisMs (serial: analysisMs − the worker's frame loop). */
  demuxMs: number;
  stats: AnalyzeStats;
  frames: number;
  /** Clip duration (s) of the last frame. */
  clipS: number;
  /** The track, when asked for (tests/e2e/posePool.test.ts compares stitched and single-worker tracks). */
  track?: Track;
}

/**
 * One whole clip through the single-worker serial path (PoseBridge.analyzeFile: decode → scale →
 * model, frame after frame) or the pool (PosePool: segments over `workers` workers), with fresh
 * workers each time, model load timed apart from the analysis (scripts/bench-browser.ts).
 */
async function pipeline(
  clip: Blob,
  mode: 'serial' | 'pool',
  workers: number,
  opts: { model?: PoseModelKind; withTrack?: boolean; forceWorkers?: boolean } = {},
): Promise<PipelineRun> {
  const model = opts.model ?? 'lightning';
  const init = { model, backend: 'auto' as const, baseUrl: import.meta.env.BASE_URL };
  if (mode === 'serial') {
    const bridge = createPoseBridge();
    try {
      const t0 = performance.now();
      await bridge.init(init);
      const t1 = performance.now();
      const r = await bridge.analyzeFile(clip, 'bench.mp4');
      const t2 = performance.now();
      return {
        mode,
        workers: 1,
        modelLoadMs: t1 - t0,
        analysisMs: t2 - t1,
        demuxMs: t2 - t1 - r.stats.wallMs,
        stats: r.stats,
        frames: r.track.frames.length,
        clipS: r.track.frames.at(-1)?.t ?? 0,
        ...(opts.withTrack ? { track: r.track } : {}),
      };
    } finally {
      bridge.dispose();
    }
  }
  const pool = createPosePool(workers, opts.forceWorkers ? workers : undefined);
  try {
    const t0 = performance.now();
    await pool.warm(init);
    const started = await pool.ready();
    const t1 = performance.now();
    const r = await pool.analyzeFile(clip, 'bench.mp4');
    const t2 = performance.now();
    return {
      mode,
      workers: r.stats.workers ?? started,
      modelLoadMs: t1 - t0,
      analysisMs: t2 - t1,
      demuxMs: r.stats.demuxMs ?? NaN,
      stats: r.stats,
      frames: r.track.frames.length,
      clipS: r.track.frames.at(-1)?.t ?? 0,
      ...(opts.withTrack ? { track: r.track } : {}),
    };
  } finally {
    pool.dispose();
  }
}

export interface CancelRun {
  /** Error name the analysis rejected with. */
  error: string;
  /** cancel() called → analysis promise rejected (ms). */
  rejectMs: number;
  /** cancel() called → cancel() resolved, i.e. every worker stopped or terminated (ms). */
  stopMs: number;
  framesAtCancel: number;
  /** Progress reports that arrived after cancel() resolved (within the next 500 ms): a worker still running would send them. */
  reportsAfterStop: number;
}

/** Cancels a pool analysis over `workers` workers once `afterFrames` frames are done (tests/e2e/posePool.test.ts). */
async function cancelRun(clip: Blob, workers: number, afterFrames: number): Promise<CancelRun> {
  const pool = createPosePool(workers, workers);
  try {
    await pool.warm({ model: 'lightning', backend: 'auto', baseUrl: import.meta.env.BASE_URL });
    await pool.ready();
    let framesAtCancel = -1;
    let stopped = false;
    let reportsAfterStop = 0;
    let cancelled: Promise<{ rejectMs: number; stopMs: number }> | null = null;
    let tCancel = 0;
    const run = pool.analyzeFile(clip, 'cancel.mp4', (p) => {
      if (stopped) reportsAfterStop++;
      if (cancelled === null && p.framesDone >= afterFrames) {
        framesAtCancel = p.framesDone;
        tCancel = performance.now();
        cancelled = pool.cancel().then(() => ({ rejectMs: NaN, stopMs: performance.now() - tCancel }));
      }
    });
    let error = 'none';
    let rejectMs = NaN;
    try {
      await run;
    } catch (e) {
      error = (e as Error).name;
      rejectMs = performance.now() - tCancel;
    }
    const c = (await (cancelled as Promise<{ rejectMs: number; stopMs: number }> | null)) ?? { stopMs: NaN };
    stopped = true;
    await new Promise((r) => setTimeout(r, 500));
    return { error, rejectMs, stopMs: c.stopMs, framesAtCancel, reportsAfterStop };
  } finally {
    pool.dispose();
  }
}

(window as unknown as { hipcheckBench: unknown }).hipcheckBench = {
  pipeline,
  cancelRun,
  cores: () => navigator.hardwareConcurrency,
  latency,
  tensorCounts,
  blobFromBase64: (b64: string) =>
    new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'video/mp4' }),
};
