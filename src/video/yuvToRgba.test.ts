import { describe, expect, it } from 'vitest';
import { yuvToRgbaScaled, type YuvPlanes } from './yuvToRgba.ts';

/** An I420 picture whose luma is `lum(x, y)` and chroma (u, v) everywhere. */
function i420(
  w: number,
  h: number,
  lum: (x: number, y: number) => number,
  u: number,
  v: number,
  matrix: YuvPlanes['matrix'] = 'bt601',
  fullRange = false,
): YuvPlanes {
  const cw = w / 2;
  const ch = h / 2;
  const data = new Uint8Array(w * h + 2 * cw * ch);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data[y * w + x] = lum(x, y);
  data.fill(u, w * h, w * h + cw * ch);
  data.fill(v, w * h + cw * ch);
  return {
    data,
    width: w,
    height: h,
    yOffset: 0,
    yStride: w,
    uOffset: w * h,
    uStride: cw,
    vOffset: w * h + cw * ch,
    vStride: cw,
    uvStep: 1,
    matrix,
    fullRange,
  };
}

describe('yuvToRgbaScaled', () => {
  it('converts video-range BT.601 primaries and greys (reference values of the matrix)', () => {
    const out = new Uint8ClampedArray(4 * 4);
    // BT.601 video-range red: Y 81, Cb 90, Cr 240
    yuvToRgbaScaled(
      i420(8, 8, () => 81, 90, 240),
      0,
      2,
      2,
      out,
    );
    expect(Math.abs(out[0]! - 255)).toBeLessThanOrEqual(2);
    expect(out[1]!).toBeLessThanOrEqual(2);
    expect(out[2]!).toBeLessThanOrEqual(2);
    expect(out[3]).toBe(255);
    yuvToRgbaScaled(
      i420(8, 8, () => 126, 128, 128, 'bt709'),
      0,
      2,
      2,
      out,
    );
    expect([out[0], out[1], out[2]]).toEqual([128, 128, 128]);
  });

  it('averages luma over each output pixel footprint', () => {
    const out = new Uint8ClampedArray(4);
    // 4x4 checkerboard of 16 / 235 (video black / white) → one mid-grey pixel
    yuvToRgbaScaled(
      i420(4, 4, (x, y) => ((x + y) % 2 ? 235 : 16), 128, 128),
      0,
      1,
      1,
      out,
    );
    expect(Math.abs(out[0]! - 128)).toBeLessThanOrEqual(1);
  });

  it('applies the clockwise display rotation (90, 180, 270)', () => {
    // A landscape 8x4 picture, bright only in its top-left 2x2 corner.
    const src = i420(8, 4, (x, y) => (x < 2 && y < 2 ? 235 : 16), 128, 128);
    const bright = (rot: number, w: number, h: number) => {
      const out = new Uint8ClampedArray(w * h * 4);
      yuvToRgbaScaled(src, rot, w, h, out);
      const at: [number, number][] = [];
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) if (out[(y * w + x) * 4]! > 200) at.push([x, y]);
      return at;
    };
    expect(bright(0, 4, 2)).toEqual([[0, 0]]);
    expect(bright(90, 2, 4)).toEqual([[1, 0]]); // top-left turns to top-right
    expect(bright(180, 4, 2)).toEqual([[3, 1]]); // to bottom-right
    expect(bright(270, 2, 4)).toEqual([[0, 3]]); // to bottom-left
  });
});
