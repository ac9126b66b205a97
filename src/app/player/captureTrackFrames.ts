import type { Track } from '../../core/track/track.ts';
import { nearestFrame, seekTimeForFrame } from '../../core/track/frameTime.ts';
import { drawSkeleton } from './drawSkeleton.ts';

function seekAndWait(video: HTMLVideoElement, tS: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      video.removeEventListener('seeked', done);
      resolve();
    };
    video.addEventListener('seeked', done);
    video.currentTime = tS;
    // A seek to the current time fires no event in some browsers.
    setTimeout(done, 1500);
  });
}

/** One grabbed frame: which of the asked times it is for, the frame's time, the JPEG. */
export interface CapturedFrame {
  timeIndex: number;
  t: number;
  dataUrl: string;
}

/**
 * Grabs frames of `track` from `video` as JPEGs, at most `maxHeightPx` tall: for each time, seeks
 * to the nearest frame, draws the picture (a dark frame when there is no video) and the skeleton,
 * then `overlay` (in source pixels × `scale`). Restores the playhead afterwards. Everything stays
 * on the device. The one frame grabber (issue 14): the printed report's key frames, the review's
 * first-screen evidence frames and the trainer's client-report frames all come from here.
 */
export async function captureTrackFrames(
  video: HTMLVideoElement | null,
  track: Track,
  timesS: readonly number[],
  overlay: (
    ctx: CanvasRenderingContext2D,
    frameIndex: number,
    timeIndex: number,
    scale: number,
  ) => void = () => undefined,
  maxHeightPx = 480,
): Promise<CapturedFrame[]> {
  const back = video?.currentTime ?? 0;
  video?.pause();
  const scale = Math.min(1, maxHeightPx / track.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(track.width * scale);
  canvas.height = Math.round(track.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return [];
  const out: CapturedFrame[] = [];
  for (const [k, tS] of timesS.entries()) {
    const i = nearestFrame(track.frames, tS);
    if (i < 0) continue;
    if (video) {
      await seekAndWait(video, seekTimeForFrame(track.frames, i, track.fps));
      ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
    } else {
      ctx.fillStyle = '#111';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    drawSkeleton(ctx, track.frames[i]!.kp, (x, y) => [x * scale, y * scale], {
      scalePx: Math.max(1, canvas.height / 640),
    });
    overlay(ctx, i, k, scale);
    out.push({ timeIndex: k, t: track.frames[i]!.t, dataUrl: canvas.toDataURL('image/jpeg', 0.85) });
  }
  if (video) await seekAndWait(video, back);
  return out;
}
