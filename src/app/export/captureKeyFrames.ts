import type { Track } from '../../core/track/track.ts';
import { drawSkeleton } from '../player/drawSkeleton.ts';
import { drawShapes } from '../review/drawShapes.ts';
import { evidenceOverlay } from '../review/evidenceOverlay.ts';
import { nearestFrame, seekTimeForFrame } from '../review/frameAtTime.ts';
import type { Side } from '../../core/track/keypoints.ts';

/** A frame to put in the printed report, with the measured lines to draw on it. */
export interface KeyShot {
  t: number;
  metric: string;
  side: Side | null;
  label: string;
  caption: string;
}

export interface KeyFrameImage {
  caption: string;
  t: number;
  dataUrl: string;
}

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

/**
 * Grabs the key frames for printing from the review video: seeks to each shot, draws the picture,
 * the skeleton and the evidence lines into a canvas (at most `maxHeightPx` tall) and keeps a JPEG.
 * Restores the playhead afterwards. Everything stays on the device.
 */
export async function captureKeyFrames(video: HTMLVideoElement, track: Track, shots: KeyShot[], maxHeightPx = 480): Promise<KeyFrameImage[]> {
  const back = video.currentTime;
  video.pause();
  const scale = Math.min(1, maxHeightPx / track.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(track.width * scale);
  canvas.height = Math.round(track.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return [];
  const out: KeyFrameImage[] = [];
  for (const s of shots) {
    const i = nearestFrame(track.frames, s.t);
    if (i < 0) continue;
    await seekAndWait(video, seekTimeForFrame(track.frames, i, track.fps));
    ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
    const kp = track.frames[i]!.kp;
    drawSkeleton(ctx, kp, (x, y) => [x * scale, y * scale], { scalePx: Math.max(1, canvas.height / 640) });
    drawShapes(ctx, evidenceOverlay(kp, s.metric, s.side, s.label, track.height), scale);
    out.push({ caption: s.caption, t: track.frames[i]!.t, dataUrl: canvas.toDataURL('image/jpeg', 0.85) });
  }
  await seekAndWait(video, back);
  return out;
}
