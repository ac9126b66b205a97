import type { FrameScalerOptions, ScaledFrame } from './FrameScaler.ts';
import { yuvToRgbaScaled } from './yuvToRgba.ts';

/**
 * Frame → model input without a canvas (issue 15, prep cost): copies the decoded frame's 4:2:0
 * planes out (`VideoFrame.copyTo`, one memcpy) and converts them to RGBA at the model-input size in
 * one pass ({@link yuvToRgbaScaled}), where a canvas converts the whole frame to RGB at full size
 * and then resamples it. Returns null for frames that are not I420/NV12 (the caller then uses
 * FrameScaler). Buffers are reused: the result is valid until the next call.
 */
export class YuvFrameScaler {
  private planes = new Uint8Array(0);
  private rgba = new Uint8ClampedArray(0);

  constructor(private readonly opts: FrameScalerOptions) {}

  async scale(
    frame: VideoFrame,
    rotationDeg: number,
    displayWidthPx: number,
    displayHeightPx: number,
  ): Promise<ScaledFrame | null> {
    const format = frame.format;
    if (format !== 'I420' && format !== 'NV12') return null;
    const rect = frame.visibleRect;
    if (!rect) return null;
    const bytes = frame.allocationSize();
    if (this.planes.length < bytes) this.planes = new Uint8Array(bytes);
    const layout = await frame.copyTo(this.planes);
    const [y, u, v] = layout;
    if (!y || !u || (format === 'I420' && !v)) return null;
    const { width, height, scaleX, scaleY } = this.opts.targetSize(displayWidthPx, displayHeightPx);
    if (this.rgba.length !== width * height * 4) this.rgba = new Uint8ClampedArray(width * height * 4);
    const m = frame.colorSpace?.matrix;
    const matrix =
      m === 'bt709'
        ? 'bt709'
        : m === 'bt470bg' || m === 'smpte170m'
          ? 'bt601'
          : rect.height >= 720
            ? 'bt709'
            : 'bt601';
    yuvToRgbaScaled(
      {
        data: this.planes,
        width: rect.width,
        height: rect.height,
        yOffset: y.offset,
        yStride: y.stride,
        uOffset: u.offset,
        uStride: u.stride,
        vOffset: format === 'NV12' ? u.offset + 1 : v!.offset,
        vStride: format === 'NV12' ? u.stride : v!.stride,
        uvStep: format === 'NV12' ? 2 : 1,
        matrix,
        fullRange: frame.colorSpace?.fullRange ?? false,
      },
      rotationDeg,
      width,
      height,
      this.rgba,
    );
    return { image: new ImageData(this.rgba, width, height), scaleX, scaleY };
  }
}
