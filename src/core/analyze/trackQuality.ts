import { frameHasPerson } from '../track/personPresence.ts';
import type { Track } from '../track/track.ts';

/** Share of frames with a person, and the mean score of the 17 keypoints over those frames. */
export function trackQuality(track: Track): { framesWithPose: number; meanScore: number } {
  let withPose = 0;
  let sum = 0;
  let n = 0;
  for (const f of track.frames) {
    if (!frameHasPerson(f)) continue;
    withPose++;
    for (const p of f.kp) {
      sum += p[2] || 0;
      n++;
    }
  }
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return {
    framesWithPose: track.frames.length ? r(withPose / track.frames.length) : 0,
    meanScore: n ? r(sum / n) : 0,
  };
}

/** A copy of the track on the real-time clock: every t divided by the slow-motion factor. */
export function trackRealTime(track: Track, slowmoFactor: number): Track {
  return {
    ...track,
    fps: track.fps * slowmoFactor,
    frames: track.frames.map((f) => ({ ...f, t: f.t / slowmoFactor })),
  };
}
