import { videoError } from './videoErrors.ts';

/** A frame grabbed from a <video> element, downscaled for the model. The consumer owns the bitmap. */
export interface ElementFrame {
  bitmap: ImageBitmap;
  /** `requestVideoFrameCallback` mediaTime of the frame shown (s). */
  tS: number;
  widthPx: number;
  heightPx: number;
  index: number;
  total: number;
}

type FrameMeta = { mediaTime: number };

const once = <K extends keyof HTMLMediaElementEventMap>(el: HTMLVideoElement, ok: K, timeoutMs: number) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => done(new Error(`${ok} timed out`)), timeoutMs);
    const onOk = () => done();
    const onErr = () =>
      done(
        el.error ? new Error(`media error ${el.error.code}: ${el.error.message}`) : new Error('media error'),
      );
    const done = (e?: Error) => {
      clearTimeout(t);
      el.removeEventListener(ok, onOk);
      el.removeEventListener('error', onErr);
      if (e) reject(e);
      else resolve();
    };
    el.addEventListener(ok, onOk);
    el.addEventListener('error', onErr);
  });

/** Next presented frame's metadata, or null when none comes within `timeoutMs` (same frame again). */
const nextFrame = (el: HTMLVideoElement, timeoutMs: number) =>
  new Promise<FrameMeta | null>((resolve) => {
    const t = setTimeout(() => resolve(null), timeoutMs);
    el.requestVideoFrameCallback((_now, meta) => {
      clearTimeout(t);
      resolve(meta);
    });
  });

/**
 * Fallback frame source for what WebCodecs cannot take here (WebM, browsers without
 * VideoDecoder): a hidden <video> stepped by seeking. The nominal frame interval is measured from
 * a short 1× playback (rVFC is exact only at 1×); then frame i is reached by seeking to
 * (i + 0.5)/fps and waiting for requestVideoFrameCallback, whose mediaTime is the frame's own
 * time. Seeking to exactly i/fps landed on the wrong frame a third of the time
 * (pose-runtime-notes.md). Main thread only; each frame becomes an ImageBitmap already resized to
 * `longSidePx`, ready to transfer to the pose worker.
 */
export async function* videoElementFrames(
  file: Blob,
  opts: { longSidePx: number; isCancelled?: () => boolean },
): AsyncGenerator<ElementFrame> {
  const el = document.createElement('video');
  el.muted = true;
  el.playsInline = true;
  el.preload = 'auto';
  const url = URL.createObjectURL(file);
  try {
    el.src = url;
    try {
      await once(el, 'loadeddata', 15000);
    } catch (e) {
      throw videoError(
        'UnsupportedCodecError',
        'This browser cannot play this video (unsupported format or codec).',
        e,
      );
    }
    const widthPx = el.videoWidth;
    const heightPx = el.videoHeight;
    const durationS = el.duration;
    if (!(widthPx > 0 && heightPx > 0 && Number.isFinite(durationS)))
      throw videoError('NotAVideoError', 'This file has no readable video frames.');

    // Frame interval from ~10 frames of 1× playback.
    const times: number[] = [];
    await el.play();
    while (times.length < 12 && !el.ended) {
      const m = await nextFrame(el, 500);
      if (!m) break;
      times.push(m.mediaTime);
    }
    el.pause();
    const dts = times
      .slice(1)
      .map((t, i) => t - times[i]!)
      .filter((d) => d > 1e-4)
      .sort((a, b) => a - b);
    const dt = dts.length > 0 ? dts[Math.floor(dts.length / 2)]! : 1 / 30;
    const total = Math.max(1, Math.round(durationS / dt));

    const s = Math.min(1, opts.longSidePx / Math.max(widthPx, heightPx));
    const resizeWidth = Math.max(1, Math.round(widthPx * s));
    const resizeHeight = Math.max(1, Math.round(heightPx * s));
    let lastT = -1;
    for (let i = 0; i < total; i++) {
      if (opts.isCancelled?.()) throw videoError('AbortError', 'Analysis cancelled.');
      const shown = nextFrame(el, 1000);
      el.currentTime = Math.min((i + 0.5) * dt, durationS);
      const meta = await shown;
      const tS = meta ? meta.mediaTime : el.currentTime;
      if (tS <= lastT + 1e-6) continue; // the same frame again (variable frame rate)
      lastT = tS;
      const bitmap = await createImageBitmap(el, { resizeWidth, resizeHeight, resizeQuality: 'medium' });
      yield { bitmap, tS, widthPx, heightPx, index: i, total };
    }
  } finally {
    el.removeAttribute('src');
    el.load();
    URL.revokeObjectURL(url);
  }
}
