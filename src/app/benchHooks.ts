// Loaded only with ?bench in the URL (scripts/bench-browser.ts): per-frame latency of the pose
// worker on a chosen backend, on real frames of a clip handed in by the benchmark.
import { webCodecsFrames } from '../video/webCodecsFrames.ts';
import { mp4Demux } from '../video/mp4Demux.ts';
import { poseInputSize, POSE_INPUT_LONG_SIDE_PX } from '../pose/poseInputSize.ts';
import type { BackendPreference, PoseMemory, PoseWorkerInitResult } from '../pose/browser/poseWorkerApi.ts';
import type { PoseModelKind } from '../pose/poseTypes.ts';
import { createPoseBridge } from './poseWorker.ts';

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
  fn: (bridge: ReturnType<typeof createPoseBridge>, init: PoseWorkerInitResult, track: Awaited<ReturnType<typeof mp4Demux>>) => Promise<T>,
): Promise<T> {
  const bridge = createPoseBridge();
  try {
    const init = await bridge.init({ model, backend, baseUrl: import.meta.env.BASE_URL });
    return await fn(bridge, init, await mp4Demux(clip));
  } finally {
    bridge.dispose();
  }
}

function latency(clip: Blob, model: PoseModelKind, backend: BackendPreference, n: number): Promise<LatencySamples> {
  return withPoseWorker(clip, model, backend, async (bridge, init, track) => {
    const size = poseInputSize(track.displayWidthPx, track.displayHeightPx, POSE_INPUT_LONG_SIDE_PX[model]);
    const roundTripMs: number[] = [];
    const modelMs: number[] = [];
    let i = 0;
    for await (const { frame, tS } of webCodecsFrames(clip, track)) {
      const bmp = await createImageBitmap(frame, { resizeWidth: size.width, resizeHeight: size.height });
      frame.close();
      const t0 = performance.now();
      const r = await bridge.estimate(bmp, tS, { sourceWidthPx: track.displayWidthPx, sourceHeightPx: track.displayHeightPx });
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
function tensorCounts(clip: Blob, model: PoseModelKind, backend: BackendPreference, n: number): Promise<TensorCounts> {
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

(window as unknown as { hipcheckBench: unknown }).hipcheckBench = {
  latency,
  tensorCounts,
  blobFromBase64: (b64: string) => new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'video/mp4' }),
};
