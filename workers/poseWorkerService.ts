import { transfer } from 'comlink';
import { poseRunRates } from '../src/pose/poseRunRates.ts';
import { env } from '@tensorflow/tfjs-core';
import { createPoseEstimator } from '../src/pose/poseEstimator.ts';
import { poseModelName, poseModelUrl } from '../src/pose/modelName.ts';
import { createTrackBuilder } from '../src/pose/trackBuilder.ts';
import type { PoseEstimator, PoseModelKind } from '../src/pose/poseTypes.ts';
import { keypointsScale, POSE_INPUT_LONG_SIDE_PX, poseInputSize } from '../src/pose/poseInputSize.ts';
import { FrameScaler } from '../src/video/FrameScaler.ts';
import { YuvFrameScaler } from '../src/video/yuvFrameScaler.ts';
import { mp4Demux, type Mp4VideoTrack } from '../src/video/mp4Demux.ts';
import { segmentOwns, segmentWarms, type VideoSegment } from '../src/pose/parallel/segmentPlan.ts';
import { sniffContainer } from '../src/video/sniffContainer.ts';
import { videoError } from '../src/video/videoErrors.ts';
import { webCodecsFrames } from '../src/video/webCodecsFrames.ts';
import { backendSelect } from '../src/pose/browser/backendSelect.ts';
import { poseMemory } from '../src/pose/browser/poseMemory.ts';
import type {
  AnalyzeProgress,
  AnalyzeResult,
  DemuxedVideo,
  EstimateOptions,
  EstimateResult,
  PoseWorkerApi,
  PoseWorkerInitOptions,
  PoseWorkerInitResult,
  SegmentResult,
} from './poseApi.ts';

const now = () => performance.now();

/** A grey test card for the start-up race (no person: times the full crop/resize/model path). */
function raceImage(): ImageData {
  const img = new ImageData(320, 240);
  img.data.fill(128);
  return img;
}

/**
 * Extra model runs on a segment's first frame when no frame before it was decoded: after `reset()`
 * MoveNet looks at the whole frame, and each further run narrows its crop to the person.
 */
const SEGMENT_WARM_RUNS = 2;

/** Checks an uploaded file's first bytes: only MP4/MOV goes through mp4box.js + WebCodecs here. */
async function checkMp4(file: Blob): Promise<void> {
  if (file.size === 0) throw videoError('EmptyFileError', 'This file is empty (0 bytes).');
  const kind = sniffContainer(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  if (kind === 'webm')
    throw videoError('UnsupportedContainerError', 'WebM/Matroska is decoded through the <video> element.');
  if (kind !== 'mp4')
    throw videoError('NotAVideoError', 'This file is not a video hipcheck can read (expected MP4 or MOV).');
}

/**
 * The pose worker's implementation (workers/pose.worker.ts only exposes it). Heavy state (tfjs
 * backend, model) is created lazily in {@link PoseWorkerApi.init} and memoised per model+backend.
 */
export function createPoseWorkerService(): PoseWorkerApi {
  let estimator: PoseEstimator | null = null;
  let model: PoseModelKind = 'lightning';
  let initResult: PoseWorkerInitResult | null = null;
  let initKey = '';
  let cancelled = false;
  /**
   * Settles when the last estimate has: estimates run one at a time in arrival order (MoveNet's crop
   * tracking needs frames in order) even when the next frame is posted before the last is answered
   * (PoseBridge, issue 15).
   */
  let lastEstimate: Promise<unknown> = Promise.resolve();
  const scalerFor = (model: PoseModelKind) =>
    new FrameScaler({ targetSize: (w, h) => poseInputSize(w, h, POSE_INPUT_LONG_SIDE_PX[model]) });
  const scaler = { lightning: scalerFor('lightning'), thunder: scalerFor('thunder') };
  const yuvFor = (model: PoseModelKind) =>
    new YuvFrameScaler({ targetSize: (w, h) => poseInputSize(w, h, POSE_INPUT_LONG_SIDE_PX[model]) });
  const yuvScaler = { lightning: yuvFor('lightning'), thunder: yuvFor('thunder') };

  const need = (): PoseEstimator => {
    if (!estimator)
      throw Object.assign(new Error('The pose worker is not initialised: call init() first.'), {
        name: 'NotInitialisedError',
      });
    return estimator;
  };

  /** One frame through the model (estimates run one at a time: see lastEstimate). */
  const estimateOne = async (
    frame: ImageBitmap | VideoFrame,
    tSeconds: number,
    opts: EstimateOptions,
  ): Promise<EstimateResult> => {
    try {
      const est = need();
      const t0 = now();
      const fw = 'displayWidth' in frame ? frame.displayWidth : frame.width;
      const fh = 'displayHeight' in frame ? frame.displayHeight : frame.height;
      const scaled = scaler[model].scale(frame, 0, fw, fh);
      frame.close();
      const t1 = now();
      const kp = await est.estimate(scaled.image, tSeconds);
      const sx = scaled.scaleX * ((opts.sourceWidthPx ?? fw) / fw);
      const sy = scaled.scaleY * ((opts.sourceHeightPx ?? fh) / fh);
      return { kp: keypointsScale(kp, sx, sy), prepMs: t1 - t0, modelMs: now() - t1 };
    } finally {
      frame.close();
    }
  };

  const api: PoseWorkerApi = {
    async init(opts: PoseWorkerInitOptions): Promise<PoseWorkerInitResult> {
      const key = `${opts.model}/${opts.backend ?? 'auto'}/${opts.minPoseScore ?? ''}`;
      if (initResult && key === initKey && estimator) return initResult;
      api.dispose();
      const t0 = now();
      if (opts.wasmThreads !== undefined && (opts.backend ?? 'auto') === 'wasm') {
        const wasm = await import('@tensorflow/tfjs-backend-wasm');
        wasm.setThreadsCount(Math.max(1, Math.floor(opts.wasmThreads)));
      }
      const baseUrl = opts.baseUrl ?? '/';
      model = opts.model;
      const modelUrl = poseModelUrl(opts.model, baseUrl);
      const make = () =>
        createPoseEstimator({
          model: opts.model,
          modelUrl,
          ...(opts.minPoseScore !== undefined ? { minPoseScore: opts.minPoseScore } : {}),
        });
      const choice = await backendSelect(opts.backend ?? 'auto', baseUrl, {
        async time() {
          const est = await make();
          try {
            const img = raceImage();
            await est.estimate(img, 0);
            const t = now();
            for (let i = 0; i < 3; i++) await est.estimate(img, i / 30);
            return (now() - t) / 3;
          } finally {
            est.dispose();
          }
        },
      });
      estimator = await make();
      await estimator.estimate(raceImage(), 0); // warm-up: first run compiles / allocates
      estimator.reset();
      const wasm = choice.backend === 'wasm';
      initResult = {
        backend: choice.backend,
        model: poseModelName(opts.model),
        reason: choice.reason,
        attempts: choice.attempts,
        ...(wasm
          ? { simd: Boolean(await env().getAsync('WASM_HAS_SIMD_SUPPORT')), threads: await wasmThreads() }
          : {}),
        ...(choice.webglRenderer ? { webglRenderer: choice.webglRenderer } : {}),
        initMs: now() - t0,
      };
      initKey = key;
      return initResult;
    },

    estimate(
      frame: ImageBitmap | VideoFrame,
      tSeconds: number,
      opts: EstimateOptions = {},
    ): Promise<EstimateResult> {
      const run = lastEstimate.then(() => estimateOne(frame, tSeconds, opts));
      lastEstimate = run.catch(() => undefined);
      return run;
    },

    async analyzeFile(
      file: Blob,
      name: string,
      onProgress?: (p: AnalyzeProgress) => void,
    ): Promise<AnalyzeResult> {
      const est = need();
      cancelled = false;
      await checkMp4(file);
      const video = await mp4Demux(file);
      const builder = createTrackBuilder({
        name,
        model: est.modelName,
        width: video.displayWidthPx,
        height: video.displayHeightPx,
        fps: video.nominalFps,
      });
      const total = video.samples.filter((s) => s.tS >= -1e-6).length;
      est.reset();
      const s = scaler[model];
      const t0 = now();
      let lastReport = 0;
      let decodeWaitMs = 0;
      let prepMs = 0;
      let modelMs = 0;
      let lastT = 0;
      let waitFrom = now();
      for await (const { frame, tS } of webCodecsFrames(file, video, { isCancelled: () => cancelled })) {
        const ta = now();
        decodeWaitMs += ta - waitFrom;
        let scaled;
        try {
          scaled = s.scale(frame, video.rotationDeg, video.displayWidthPx, video.displayHeightPx);
        } finally {
          frame.close(); // never keep a frame past its model input: memory stays flat
        }
        const tb = now();
        const kp = await est.estimate(scaled.image, tS);
        const tc = now();
        prepMs += tb - ta;
        modelMs += tc - tb;
        builder.add(tS, keypointsScale(kp, scaled.scaleX, scaled.scaleY));
        lastT = tS;
        if (onProgress && (tc - lastReport > 200 || builder.frameCount === total)) {
          lastReport = tc;
          const elapsedS = (tc - t0) / 1000;
          const done = builder.frameCount;
          onProgress({
            framesDone: done,
            framesTotal: total,
            tS,
            elapsedS,
            etaS: done > 0 ? (elapsedS / done) * (total - done) : NaN,
          });
        }
        waitFrom = now();
      }
      if (builder.frameCount === 0)
        throw videoError('VideoDecodeError', 'No frame of this video could be decoded.');
      const wallMs = now() - t0;
      const frames = builder.frameCount;
      const clipS = Math.max(video.durationS, lastT);
      return {
        track: builder.finish(),
        rotationDeg: video.rotationDeg,
        stats: {
          ...poseRunRates(frames, wallMs, clipS),
          decodeWaitMs,
          prepMs,
          modelMs,
        },
      };
    },

    async demux(file: Blob): Promise<Mp4VideoTrack> {
      await checkMp4(file);
      return mp4Demux(file);
    },

    async analyzeSegment(
      file: Blob,
      demuxed: DemuxedVideo,
      seg: VideoSegment,
      onProgress?: (framesDone: number) => void,
    ): Promise<SegmentResult> {
      const est = need();
      const video = demuxed as Mp4VideoTrack; // the object demux() returned (see DemuxedVideo)
      cancelled = false;
      est.reset();
      // The pool path scales from the decoder's YUV planes (canvas only for other pixel formats).
      const prep = async (frame: VideoFrame) => {
        try {
          return (
            (await yuvScaler[model].scale(
              frame,
              video.rotationDeg,
              video.displayWidthPx,
              video.displayHeightPx,
            )) ?? scaler[model].scale(frame, video.rotationDeg, video.displayWidthPx, video.displayHeightPx)
          );
        } finally {
          frame.close();
        }
      };
      const sub: Mp4VideoTrack = { ...video, samples: video.samples.slice(seg.decodeFrom, seg.decodeTo) };
      const t = new Float64Array(seg.frames);
      const kpOut = new Float64Array(seg.frames * 51);
      const t0 = now();
      let n = 0;
      let decodedOnly = 0;
      let decodeWaitMs = 0;
      let prepMs = 0;
      let modelMs = 0;
      let warmMs = 0;
      let lastReport = t0;
      let warmed = 0;
      let waitFrom = now();
      for await (const { frame, tS } of webCodecsFrames(file, sub, { isCancelled: () => cancelled })) {
        const ta = now();
        decodeWaitMs += ta - waitFrom;
        if (n === 0 && segmentWarms(seg, tS)) {
          // the segment before's last frames: run for MoveNet's crop tracking, keypoints dropped
          await est.estimate((await prep(frame)).image, tS);
          warmed++;
          warmMs += now() - ta;
          waitFrom = now();
          continue;
        }
        if (!segmentOwns(seg, tS) || n >= seg.frames) {
          frame.close(); // a frame of the GOP before the segment (or past it): decoded only
          decodedOnly++;
          waitFrom = now();
          continue;
        }
        const scaled = await prep(frame);
        const tb = now();
        if (n === 0 && seg.index > 0 && warmed === 0) {
          for (let r = 0; r < SEGMENT_WARM_RUNS; r++) await est.estimate(scaled.image, tS);
        }
        const tw = now();
        const kp = await est.estimate(scaled.image, tS);
        const tc = now();
        prepMs += tb - ta;
        warmMs += tw - tb;
        modelMs += tc - tw;
        t[n] = tS;
        for (let k = 0; k < 17; k++) {
          const [x, y, sc] = kp[k]!;
          kpOut[n * 51 + k * 3] = x * scaled.scaleX;
          kpOut[n * 51 + k * 3 + 1] = y * scaled.scaleY;
          kpOut[n * 51 + k * 3 + 2] = sc;
        }
        n++;
        if (onProgress && (tc - lastReport > 250 || n === seg.frames)) {
          lastReport = tc;
          void onProgress(n);
        }
        waitFrom = now();
      }
      const used = n === seg.frames ? { t, kp: kpOut } : { t: t.slice(0, n), kp: kpOut.slice(0, n * 51) };
      const result: SegmentResult = {
        index: seg.index,
        ...used,
        stats: { wallMs: now() - t0, decodeWaitMs, prepMs, modelMs, warmMs, decodedOnly },
      };
      return transfer(result, [result.t.buffer, result.kp.buffer]);
    },

    cancel() {
      cancelled = true;
    },

    reset() {
      estimator?.reset();
    },

    dispose() {
      estimator?.dispose();
      estimator = null;
      initResult = null;
      initKey = '';
    },

    memory: poseMemory,
  };
  return api;
}

async function wasmThreads(): Promise<number> {
  try {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    return wasm.getThreadsCount();
  } catch {
    return 1;
  }
}
