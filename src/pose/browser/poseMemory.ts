import { backend, getBackend, memory } from '@tensorflow/tfjs-core';

/** What the pose worker holds right now: tfjs tensors and, where the browser says, its heaps. */
export interface PoseMemory {
  /** Live tfjs tensors (weights included): must not grow from frame to frame. */
  numTensors: number;
  numDataBuffers: number;
  /** Bytes held by live tensors (tfjs' own count). */
  numBytes: number;
  /** Active tfjs backend, '' before one started. */
  backend: string;
  /**
   * Size of the WASM backend's linear memory (bytes): it only ever grows, so a leak on the C++
   * side shows up here even when tfjs' tensor count stays put. Absent on other backends.
   */
  wasmHeapBytes?: number;
  /** This worker's used JS heap (bytes), where Chromium exposes `performance.memory` here. */
  jsHeapUsedBytes?: number;
}

/**
 * Reads the worker's memory counters (for the leak test and scripts/bench-memory.ts). Cheap and
 * side-effect free; safe to call between frames.
 */
export function poseMemory(): PoseMemory {
  const name = getBackend() ?? '';
  const out: PoseMemory = { numTensors: 0, numDataBuffers: 0, numBytes: 0, backend: name };
  // memory() would start the best registered backend when none runs yet: only read a started one.
  if (name !== '') {
    try {
      const m = memory();
      Object.assign(out, {
        numTensors: m.numTensors,
        numDataBuffers: m.numDataBuffers,
        numBytes: m.numBytes,
      });
      const heap =
        name === 'wasm'
          ? (backend() as unknown as { wasm?: { HEAPU8?: Uint8Array } }).wasm?.HEAPU8
          : undefined;
      if (heap) out.wasmHeapBytes = heap.buffer.byteLength;
    } catch {
      // a backend still starting (tfjs throws until it is ready): report zeros
    }
  }
  const js = (performance as unknown as { memory?: { usedJSHeapSize?: number } }).memory?.usedJSHeapSize;
  if (typeof js === 'number') out.jsHeapUsedBytes = js;
  return out;
}
