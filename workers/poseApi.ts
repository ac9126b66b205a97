/**
 * The typed contract of the pose worker (workers/pose.worker.ts); the worker contracts live here in
 * workers/ beside their entries (analysisApi.ts the other), and both sides import them as types
 * only (ESLint: the app imports workers/ as types only). Only plain data crosses: frames are transferred (`Comlink.transfer`) and closed by the
 * worker after use; errors cross with their `name` (test `err.name`, never `instanceof`).
 */
import type { KeypointTriple, Track } from '../src/core/track/track.ts';
import type { PoseModelKind, PoseModelName } from '../src/pose/poseTypes.ts';
import type { PoseMemory } from '../src/pose/browser/poseMemory.ts';
import type { SegmentSample, VideoSegment } from '../src/pose/parallel/segmentPlan.ts';
import type { BackendAttempt, BackendName, BackendPreference } from '../src/pose/browser/backendSelect.ts';

/**
 * What the pool reads of a demuxed video. The worker's `demux` returns the whole
 * src/video/mp4Demux.ts `Mp4VideoTrack` (decoder config included), and the pool hands that same
 * object back to `analyzeSegment`; this view is what the page side (src/app/workers/PosePool.ts) reads.
 */
export interface DemuxedVideo {
  samples: readonly SegmentSample[];
  durationS: number;
  displayWidthPx: number;
  displayHeightPx: number;
  nominalFps: number;
  rotationDeg: number;
}

export type { PoseMemory } from '../src/pose/browser/poseMemory.ts';
export type { BackendAttempt, BackendName, BackendPreference } from '../src/pose/browser/backendSelect.ts';

export interface PoseWorkerInitOptions {
  model: PoseModelKind;
  /** 'auto' (default): WebGPU on a real adapter, else hardware WebGL if it beats WASM, else WASM, else cpu. */
  backend?: BackendPreference;
  /** App base URL for /models/ and /tfjs-wasm/, default '/'. */
  baseUrl?: string;
  /** See PoseEstimatorOptions.minPoseScore. */
  minPoseScore?: number;
  /** WASM threads for this worker (set before the backend starts; only honoured when cross-origin isolated). */
  wasmThreads?: number;
}

export interface PoseWorkerInitResult {
  backend: BackendName;
  model: PoseModelName;
  /** One sentence for the UI: which backend runs and why. */
  reason: string;
  attempts: BackendAttempt[];
  /** WASM only: SIMD build in use. */
  simd?: boolean;
  /** WASM only: threads in use (1 unless cross-origin isolated with ≥ 4 cores). */
  threads?: number;
  /** WebGL renderer string, when WebGL was probed. */
  webglRenderer?: string;
  initMs: number;
}

export interface EstimateOptions {
  /** Size of the keypoint coordinate space when the frame was downscaled before transfer. */
  sourceWidthPx?: number;
  sourceHeightPx?: number;
}

export interface EstimateResult {
  /** 17 `[xPx, yPx, score]` in source pixels; all zero when no person was found. */
  kp: KeypointTriple[];
  /** Time in the worker: frame → model input (ms). */
  prepMs: number;
  /** Time in the worker: `PoseEstimator.estimate` (ms). */
  modelMs: number;
}

export interface AnalyzeProgress {
  framesDone: number;
  framesTotal: number;
  /** Time of the last analysed frame in the clip (s). */
  tS: number;
  elapsedS: number;
  /** Estimated seconds left, NaN until known. */
  etaS: number;
}

export interface AnalyzeStats {
  frames: number;
  wallMs: number;
  /** Frames per second of wall time. */
  fps: number;
  /** Clip duration / wall time. */
  realTimeRatio: number;
  /** Summed time waiting for the decoder (ms): > 0 means decode, not the model, was the limit. */
  decodeWaitMs: number;
  prepMs: number;
  modelMs: number;
  /** Pool path (issue 15): pose workers that ran, and the stages before and after them (ms). */
  workers?: number;
  /** Waiting for the model after the file was chosen (0 when it was warmed while the user chose). */
  modelWaitMs?: number;
  demuxMs?: number;
  /** Stitching the segments into one track (main thread). */
  trackBuildMs?: number;
  /** Extra model runs that re-seed MoveNet's crop tracking at segment starts. */
  warmMs?: number;
  /** Wall time of each worker's segment (ms): far apart means the load was uneven. */
  segmentMs?: number[];
}

/** What one worker returns for one {@link VideoSegment}: frame times and keypoints, flat and transferred. */
export interface SegmentResult {
  index: number;
  /** Frame times (s), presentation order. */
  t: Float64Array;
  /** 17 × [x, y, score] per frame, source pixels, in the order of `t`. */
  kp: Float64Array;
  stats: {
    wallMs: number;
    decodeWaitMs: number;
    prepMs: number;
    modelMs: number;
    warmMs: number;
    decodedOnly: number;
  };
}

export interface AnalyzeResult {
  track: Track;
  stats: AnalyzeStats;
  /** Display rotation that was applied (clockwise degrees). */
  rotationDeg: number;
}

export interface PoseWorkerApi {
  /** Loads the model on the chosen backend (memoised per model+backend). */
  init(opts: PoseWorkerInitOptions): Promise<PoseWorkerInitResult>;
  /** Keypoints of one transferred frame; the worker closes the frame. Frames of a clip in order. */
  estimate(
    frame: ImageBitmap | VideoFrame,
    tSeconds: number,
    opts?: EstimateOptions,
  ): Promise<EstimateResult>;
  /**
   * Decodes an MP4/MOV file in the worker (mp4box.js + WebCodecs) and runs the model on every
   * frame, overlapping decode and inference. Throws `UnsupportedContainerError` for other
   * containers and `UnsupportedCodecError` when WebCodecs cannot decode it (the caller may fall
   * back to a <video> element and {@link estimate}), `AbortError` after {@link cancel}.
   */
  analyzeFile(file: Blob, name: string, onProgress?: (p: AnalyzeProgress) => void): Promise<AnalyzeResult>;
  /** Reads an MP4/MOV file's video track (sample table, decoder config); same errors as analyzeFile. */
  demux(file: Blob): Promise<DemuxedVideo>;
  /**
   * Runs the model on one segment of a demuxed file (the pool path): decodes its samples, re-seeds
   * MoveNet's crop tracking on the segment's first frame, keeps the frames the segment owns.
   * `onProgress` gets the frames done so far in this segment.
   */
  analyzeSegment(
    file: Blob,
    video: DemuxedVideo,
    seg: VideoSegment,
    onProgress?: (framesDone: number) => void,
  ): Promise<SegmentResult>;
  /** Stops a running analyzeFile at the next frame. */
  cancel(): void;
  /** Forgets MoveNet's tracked crop region (seek / new clip). */
  reset(): void;
  /** Frees the model; init may be called again afterwards. */
  dispose(): void;
  /** The worker's tfjs tensor count and heap sizes now (leak test, scripts/bench-memory.ts). */
  memory(): PoseMemory;
}
