import type { Track } from '../../core/track/track.ts';
import { drawShapes } from '../overlay/drawShapes.ts';
import { evidenceOverlay } from '../overlay/evidenceOverlay.ts';
import { captureTrackFrames } from '../player/captureTrackFrames.ts';
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

/** The key frames for the printed review report: each shot's frame with its evidence lines drawn. */
export async function captureKeyFrames(
  video: HTMLVideoElement,
  track: Track,
  shots: KeyShot[],
  maxHeightPx = 480,
): Promise<KeyFrameImage[]> {
  const frames = await captureTrackFrames(
    video,
    track,
    shots.map((s) => s.t),
    (ctx, i, k, scale) => {
      const s = shots[k]!;
      drawShapes(
        ctx,
        evidenceOverlay(track.frames[i]!.kp, s.metric, s.side, s.label, track.height),
        scale,
        track.height,
      );
    },
    maxHeightPx,
  );
  return frames.map((f) => ({ caption: shots[f.timeIndex]!.caption, t: f.t, dataUrl: f.dataUrl }));
}
