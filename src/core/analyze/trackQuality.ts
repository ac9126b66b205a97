import { frameHasPerson } from '../track/personPresence.ts';
import type { Track } from '../track/track.ts';

/** Share of frames with a person, and the mean score of the 17 keypoints over those frames. */
export function trackQuality(track: Track): { framesWithPose: number; meanScore: number } {
  let withPose = 0;
  let sum = 0;
  let n = 0;
  // Indexed loops, not for-of: no iterator per frame.
  const frames = track.frames;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    if (!frameHasPerson(f)) continue;
    withPose++;
    const kp = f.kp;
    for (let k = 0; k < kp.length; k++) {
      sum += kp[k]![2] || 0;
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
