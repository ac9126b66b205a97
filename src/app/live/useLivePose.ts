import { useEffect, useRef, useState, type RefObject } from 'react';
import { errorMessage } from '../analysis/errorMessage.ts';
import { createPoseBridge } from '../bridge/poseWorker.ts';
import { LiveTracker, type LiveReading } from './LiveTracker.ts';

/** Long side of the frame sent to the model: MoveNet Lightning's input is 192 px, so 320 loses nothing. */
const LONG_SIDE_PX = 320;

/**
 * Live pose on the camera picture: one frame in flight at a time (the next is grabbed when the
 * worker answers, so a slow device drops frames instead of queueing them), downscaled before the
 * transfer, keypoints scaled back to camera pixels by the worker. `onReading` gets every reading.
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
    const loop = async () => {
      try {
        await bridge.init({ model: 'lightning', backend: 'auto', baseUrl: import.meta.env.BASE_URL });
        await bridge.reset();
        while (!stopped) {
          const v = videoRef.current;
          if (!v || v.readyState < 2 || !v.videoWidth) {
            await new Promise((r) => setTimeout(r, 50));
            continue;
          }
          const w = v.videoWidth;
          const h = v.videoHeight;
          const k = Math.min(1, LONG_SIDE_PX / Math.max(w, h));
          const tS = performance.now() / 1000;
          const bitmap = await createImageBitmap(v, {
            resizeWidth: Math.round(w * k),
            resizeHeight: Math.round(h * k),
            resizeQuality: 'low',
          });
          if (stopped) {
            bitmap.close();
            break;
          }
          const r = await bridge.estimate(bitmap, tS, { sourceWidthPx: w, sourceHeightPx: h });
          if (!stopped) cb.current(tracker.push(r.kp, tS), w, h);
        }
      } catch (e) {
        if (!stopped) setError({ message: errorMessage(e), name: (e as { name?: string } | null)?.name });
      }
    };
    void loop();
    return () => {
      stopped = true;
      bridge.dispose();
    };
  }, [active, videoRef]);
  return error;
}
