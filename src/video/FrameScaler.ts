/** A frame prepared for the pose model, and how to map its pixels back to the source frame. */
export interface ScaledFrame {
  image: ImageData;
  /** Source pixels per model-input pixel, per axis (multiply keypoints by these). */
  scaleX: number;
  scaleY: number;
}

/** The size to scale a frame to, and source pixels per scaled pixel per axis. */
export interface TargetSize {
  width: number;
  height: number;
  scaleX: number;
  scaleY: number;
}

export interface FrameScalerOptions {
  /**
   * Size of the image handed to the consumer for a `displayWidthPx × displayHeightPx` frame. The
   * pose worker passes the pose adapter's poseInputSize at POSE_INPUT_LONG_SIDE_PX (shared with the
   * CLI so both tracks agree): MoveNet crops its own region around the person and resizes it to
   * 192 / 256, so a full-size frame would only cost a larger RGBA read-back and tensor copy
   * (pose-runtime-notes.md: 32 vs 24 ms per frame). Video decoding knows nothing of the model.
   */
  targetSize: (displayWidthPx: number, displayHeightPx: number) => TargetSize;
}

/**
 * Draws a `VideoFrame` or `ImageBitmap` into a reused, CPU-backed OffscreenCanvas at reduced size,
 * applying the clip's display rotation, and reads it back as `ImageData` (what tfjs `fromPixels`
 * copies fastest). The canvas scaler is Chromium's native YUV→RGB conversion and resampling: one
 * call, no per-pixel JS.
 */
export class FrameScaler {
  private canvas: OffscreenCanvas | null = null;
  private ctx: OffscreenCanvasRenderingContext2D | null = null;

  constructor(private readonly opts: FrameScalerOptions) {}

  /**
   * @param frame the decoded frame (not closed here)
   * @param rotationDeg clockwise display rotation of the clip
   * @param displayWidthPx / displayHeightPx size of the source frame after rotation (keypoint space)
   */
  scale(
    frame: VideoFrame | ImageBitmap,
    rotationDeg: number,
    displayWidthPx: number,
    displayHeightPx: number,
  ): ScaledFrame {
    const { width: w, height: h, scaleX, scaleY } = this.opts.targetSize(displayWidthPx, displayHeightPx);
    const ctx = this.context(w, h);
    const quarter = rotationDeg % 180 !== 0;
    const dw = quarter ? h : w;
    const dh = quarter ? w : h;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (rotationDeg !== 0) {
      ctx.translate(w / 2, h / 2);
      ctx.rotate((rotationDeg * Math.PI) / 180);
      ctx.drawImage(frame, -dw / 2, -dh / 2, dw, dh);
    } else {
      ctx.drawImage(frame, 0, 0, w, h);
    }
    return { image: ctx.getImageData(0, 0, w, h), scaleX, scaleY };
  }

  private context(w: number, h: number): OffscreenCanvasRenderingContext2D {
    if (this.canvas === null || this.ctx === null) {
      this.canvas = new OffscreenCanvas(w, h);
      // willReadFrequently keeps the canvas in CPU memory, so getImageData is a copy, not a GPU read-back.
      const ctx = this.canvas.getContext('2d', { willReadFrequently: true, alpha: false });
      if (!ctx) throw new Error('No 2D canvas context for frame scaling');
      this.ctx = ctx;
    } else if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    this.ctx.imageSmoothingEnabled = true;
    this.ctx.imageSmoothingQuality = 'medium';
    return this.ctx;
  }
}
