import { useEffect, useRef, useState, type RefObject } from 'react';
import { errorMessage } from '../analysis/errorMessage.ts';
import { createPoseBridge } from '../bridge/poseWorker.ts';
import { LiveTracker, type LiveReading } from './LiveTracker.ts';

/** Long side of the frame sent to the model: MoveNet Lightning's input is 192 px, so 320 loses nothing. */
const LONG_SIDE_PX = 320;

/**
 * Frames sent to the worker and not yet answered, at most (issue 15): with two, the next frame is
 * grabbed and downscaled here while the worker runs the model on the one before, so the model never
 * waits for a frame; a slow device still drops frames instead of queueing them.
 */
const MAX_IN_FLIGHT = 2;

/**
 * Resolves when the element shows a camera frame not yet seen by `since` (requestVideoFrameCallback,
 * so a frame is never sent twice); without that API, at once (the frame may repeat).
 */
class FrameClock {
  /** Frames the element has shown so far. */
  shown = 0;
  private wake: (() => void) | null = null;
  private stopped = false;

  constructor(private readonly video: HTMLVideoElement) {
    if (this.supported) this.request();
  }

  get supported(): boolean {
    return 'requestVideoFrameCallback' in this.video;
  }

  private request(): void {
    this.video.requestVideoFrameCallback(() => {
      this.shown++;
      this.wake?.();
      this.wake = null;
      if (!this.stopped) this.request();
    });
  }

  /** Waits for a frame after the `since`-th one (`since` = {@link shown} when the last frame was taken). */
  async after(since: number): Promise<void> {
    if (!this.supported || this.shown > since) return;
    await new Promise<void>((r) => (this.wake = r));
  }

  stop(): void {
    this.stopped = true;
    this.wake?.();
  }
}

/**
 * Live pose on the camera picture: each new camera frame is downscaled here (createImageBitmap) and
 * transferred to the pose worker, with at most {@link MAX_IN_FLIGHT} frames unanswered, keypoints
 * scaled back to camera pixels by the worker. `onReading` gets every reading, in frame order.
 */
export function useLivePose(
  videoRef: RefObject<HTMLVideoElement | null>,
  active: boolean,
  onReading: (r: LiveReading, w: number, h: number) => void,
) {
  // The English words and the error's name, so the screen can show it in its language (localizedError).
  const [error, setError] = useState<{ message: string; name?: string } | null>(null);
  const cb = useRef(onReading);
  useEffect(() => {
    cb.current = onReading;
  }, [onReading]);

  useEffect(() => {
    if (!active) return;
    const bridge = createPoseBridge();
    const tracker = new LiveTracker();
    let stopped = false;
    let failed = false;
    let clock: FrameClock | null = null;
    const fail = (e: unknown) => {
      if (stopped || failed) return;
      failed = true;
      setError({ message: errorMessage(e), name: (e as { name?: string } | null)?.name });
    };
    const loop = async () => {
      try {
        await bridge.init({ model: 'lightning', backend: 'auto', baseUrl: import.meta.env.BASE_URL });
        await bridge.reset();
        const inFlight: Promise<unknown>[] = [];
        let taken = 0;
        while (!stopped && !failed) {
          const v = videoRef.current;
          if (!v || v.readyState < 2 || !v.videoWidth) {
            await new Promise((r) => setTimeout(r, 50));
            continue;
          }
          if (clock === null) clock = new FrameClock(v);
          while (inFlight.length >= MAX_IN_FLIGHT) await inFlight[0];
          await clock.after(taken);
          if (stopped || failed) break;
          taken = clock.shown;
          const w = v.videoWidth;
          const h = v.videoHeight;
          const k = Math.min(1, LONG_SIDE_PX / Math.max(w, h));
          const tS = performance.now() / 1000;
          const bitmap = await createImageBitmap(v, {
            resizeWidth: Math.round(w * k),
            resizeHeight: Math.round(h * k),
            resizeQuality: 'low',
          });
          if (stopped || failed) {
            bitmap.close();
            break;
          }
          // The bridge runs the frames in order, so the readings reach the tracker in frame order.
          const reading = bridge.estimate(bitmap, tS, { sourceWidthPx: w, sourceHeightPx: h }).then((r) => {
            if (!stopped && !failed) cb.current(tracker.push(r.kp, tS), w, h);
          }, fail);
          inFlight.push(reading);
          void reading.finally(() => inFlight.splice(inFlight.indexOf(reading), 1));
        }
      } catch (e) {
        fail(e);
      }
    };
    void loop();
    return () => {
      stopped = true;
      clock?.stop();
      bridge.dispose();
    };
  }, [active, videoRef]);
  return error;
}
