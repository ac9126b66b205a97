/** One decoded picture's luma and chroma planes (WebCodecs `VideoFrame.copyTo` layout), 4:2:0. */
export interface YuvPlanes {
  data: Uint8Array;
  width: number;
  height: number;
  yOffset: number;
  yStride: number;
  uOffset: number;
  uStride: number;
  /** I420: the V plane; NV12: equal to uOffset + 1 (U and V interleaved, `uvStep` 2). */
  vOffset: number;
  vStride: number;
  /** Bytes between neighbouring chroma samples: 1 (I420) or 2 (NV12). */
  uvStep: 1 | 2;
  /** Colour matrix: BT.709 (HD video) or BT.601 (SD, phones' 'smpte170m' / 'bt470bg'). */
  matrix: 'bt709' | 'bt601';
  /** Full-range (0–255) rather than video-range (16–235) luma. */
  fullRange: boolean;
}

/**
 * Converts a 4:2:0 picture to RGBA at a smaller size in one pass, applying a clockwise display
 * rotation: each output pixel averages a k×k grid of luma samples over its footprint (k ≈ the
 * downscale factor, so fine detail does not alias) and takes the chroma at its centre. This is the
 * frame → model-input step without a canvas: about a tenth of the pixels a full-size YUV→RGB
 * conversion touches (issue 15, prep cost). `out` must hold outW × outH × 4 bytes.
 */
export function yuvToRgbaScaled(
  p: YuvPlanes,
  rotationDeg: number,
  outW: number,
  outH: number,
  out: Uint8ClampedArray,
): void {
  const quarter = rotationDeg % 180 !== 0;
  // source pixels per output pixel, along the output's x and y
  const fx = (quarter ? p.height : p.width) / outW;
  const fy = (quarter ? p.width : p.height) / outH;
  const kx = Math.max(1, Math.round(fx));
  const ky = Math.max(1, Math.round(fy));
  const [cr, cgU, cgV, cb] =
    p.matrix === 'bt709' ? [1.5748, 0.187324, 0.468124, 1.8556] : [1.402, 0.344136, 0.714136, 1.772];
  const yScale = p.fullRange ? 1 : 255 / 219;
  const yBias = p.fullRange ? 0 : 16;
  const cScale = p.fullRange ? 1 : 255 / 224;
  const { data, width: w, height: h } = p;
  const maxX = w - 1;
  const maxY = h - 1;
  // display (dx, dy) → source (sx, sy) for each rotation
  const map = (dx: number, dy: number): [number, number] => {
    switch (rotationDeg) {
      case 90:
        return [dy, maxY - dx];
      case 180:
        return [maxX - dx, maxY - dy];
      case 270:
        return [maxX - dy, dx];
      default:
        return [dx, dy];
    }
  };
  const inv = 1 / (kx * ky);
  let o = 0;
  for (let oy = 0; oy < outH; oy++) {
    for (let ox = 0; ox < outW; ox++) {
      let ySum = 0;
      for (let j = 0; j < ky; j++) {
        const dy = Math.min((oy + (j + 0.5) / ky) * fy, (quarter ? w : h) - 1e-6) | 0;
        for (let i = 0; i < kx; i++) {
          const dx = Math.min((ox + (i + 0.5) / kx) * fx, (quarter ? h : w) - 1e-6) | 0;
          const [sx, sy] = map(dx, dy);
          ySum += data[p.yOffset + sy * p.yStride + sx]!;
        }
      }
      const [cx, cy] = map(
        Math.min((ox + 0.5) * fx, (quarter ? h : w) - 1e-6) | 0,
        Math.min((oy + 0.5) * fy, (quarter ? w : h) - 1e-6) | 0,
      );
      const ci = (cx >> 1) * p.uvStep;
      const cu = (data[p.uOffset + (cy >> 1) * p.uStride + ci]! - 128) * cScale;
      const cv = (data[p.vOffset + (cy >> 1) * p.vStride + ci]! - 128) * cScale;
      const yv = (ySum * inv - yBias) * yScale;
      out[o] = yv + cr * cv;
      out[o + 1] = yv - cgU * cu - cgV * cv;
      out[o + 2] = yv + cb * cu;
      out[o + 3] = 255;
      o += 4;
    }
  }
}
