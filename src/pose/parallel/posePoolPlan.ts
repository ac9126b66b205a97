/** How many pose workers to run and with how many WASM threads each. */
export interface PosePoolPlan {
  workers: number;
  threadsPerWorker: number;
  /** Which limit decided `workers` (for the bench and the UI's backend line). */
  limit: 'cores' | 'memory' | 'clip length' | 'backend' | 'cap';
}

export interface PosePoolPlanInput {
  /** `navigator.hardwareConcurrency` (logical cores). */
  cores: number;
  /** `navigator.deviceMemory` (GB, Chromium only, capped at 8); absent elsewhere. */
  deviceMemoryGb?: number;
  /** Frames of the clip; `Infinity` when planning before a clip is chosen (page-load warm-up). */
  frames: number;
  /** The tfjs backend worker 0 started: only CPU backends gain from more workers (one GPU is one device). */
  backend: string;
  /** Upper bound the caller sets (the bench runs 1, 2 and N). */
  maxWorkers?: number;
}

/** Hard cap: past 8, model start-up and per-worker memory outweigh what another segment gains. */
export const MAX_POSE_WORKERS = 8;
/**
 * Memory one pose worker needs, MB: tfjs-wasm heap with MoveNet Lightning or Thunder loaded (weights
 * 9 / 25 MB, heap grows to ~60–100 MB), the decoder's ≤ 6 frames ahead (a 1080×1920 frame is 3 MB)
 * and the worker's JS heap. An estimate from the tfjs/MoveNet sizes, not a measurement per device.
 */
const WORKER_MB = 150;
/** Share of the device memory the pose workers may take together. */
const MEMORY_SHARE = 0.25;
/** Fewest frames worth a worker of their own (2 s at 30 frames/s): below it the segment's warm-up dominates. */
export const MIN_FRAMES_PER_WORKER = 60;

/**
 * Workers from cores, memory and clip length; threads per worker so that workers × threads ≈ cores.
 * One thread per worker beats threads inside one worker (tfjs-wasm caps a worker at half the cores,
 * and 2 threads ran Lightning only 1.3× faster than 1 here: pose-runtime-notes.md), so workers come
 * first and threads only take up cores a worker cap left over. Threads only take effect where the page
 * is cross-origin isolated; elsewhere tfjs-wasm runs one thread whatever is asked.
 */
export function posePoolPlan(input: PosePoolPlanInput): PosePoolPlan {
  const cores = Math.max(1, Math.floor(Number.isFinite(input.cores) && input.cores > 0 ? input.cores : 1));
  if (input.backend !== 'wasm' && input.backend !== 'cpu')
    return { workers: 1, threadsPerWorker: 1, limit: 'backend' };
  const limits: [PosePoolPlan['limit'], number][] = [
    ['cores', cores],
    ['cap', Math.min(MAX_POSE_WORKERS, input.maxWorkers ?? MAX_POSE_WORKERS)],
  ];
  if (input.deviceMemoryGb !== undefined && input.deviceMemoryGb > 0)
    limits.push(['memory', Math.floor((input.deviceMemoryGb * 1024 * MEMORY_SHARE) / WORKER_MB)]);
  if (Number.isFinite(input.frames))
    limits.push(['clip length', Math.floor(input.frames / MIN_FRAMES_PER_WORKER)]);
  let best = limits[0]!;
  for (const l of limits) if (l[1] < best[1]) best = l;
  const workers = Math.max(1, best[1]);
  return { workers, threadsPerWorker: Math.max(1, Math.floor(cores / workers)), limit: best[0] };
}
