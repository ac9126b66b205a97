import { tensor3d, type Tensor3D } from '@tensorflow/tfjs-core';
import type { PoseInput, RawPixels } from './poseTypes.ts';

/** True when `x` is {@link RawPixels} (an `ImageData` has no `channels`, a tensor no `data`). */
export function isRawPixels(x: PoseInput): x is RawPixels {
  return (
    typeof x === 'object' && x !== null && 'channels' in x && 'data' in x && 'width' in x && 'height' in x
  );
}

/**
 * Copies raw RGB(A) pixels into an int32 `[height, width, 3]` tensor, the form MoveNet's
 * crop-and-resize reads (pose-detection's own `fromPixels` path also yields int32 RGB). One pass:
 * the widening copy for RGB is a native `Int32Array.set`; RGBA drops alpha in the same loop. The
 * caller disposes the tensor.
 *
 * `scratch` (optional) is reused as the tensor's backing array when it has the right length, which
 * saves allocating and zeroing ~11 MB per 720p frame. Only safe when the tensor is disposed before
 * the next call that passes the same scratch (the 'cpu' backend keeps a reference to the array).
 */
export function rawPixelsToTensor(px: RawPixels, scratch?: Int32Array): Tensor3D {
  const { data, width, height, channels } = px;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new Error(`Bad frame size ${width}x${height}`);
  }
  if (channels !== 3 && channels !== 4)
    throw new Error(`Raw pixels must have 3 or 4 channels, got ${String(channels)}`);
  const n = width * height;
  if (data.length !== n * channels) {
    throw new Error(
      `Raw ${width}x${height}x${channels} frame needs ${n * channels} bytes, got ${data.length}`,
    );
  }
  const rgb = scratch?.length === n * 3 ? scratch : new Int32Array(n * 3);
  if (channels === 3) rgb.set(data);
  else {
    for (let i = 0, j = 0; i < n; i++, j += 4) {
      const o = i * 3;
      rgb[o] = data[j]!;
      rgb[o + 1] = data[j + 1]!;
      rgb[o + 2] = data[j + 2]!;
    }
  }
  return tensor3d(rgb, [height, width, 3], 'int32');
}
