import { median } from '../../src/core/signal/median.ts';
import { KP } from '../../src/core/track/keypoints.ts';
import type { Track } from '../../src/core/track/track.ts';

// Issue 18: a synthetic drifting bar on a real take (no visible clip shows one), for the bar-drift
// test and scripts/bar-drift-calibration.ts.

/** Median hip–knee–ankle length over the frames, the longer leg (px). */
export function legLengthPx(track: Track): number {
  const seg = (p: number[] | undefined, q: number[] | undefined) =>
    p && q ? Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!) : NaN;
  const leg = (h: number, k: number, a: number) =>
    median(track.frames.map((f) => seg(f.kp[h], f.kp[k]) + seg(f.kp[k], f.kp[a])).filter(Number.isFinite));
  return Math.max(
    leg(KP.left_hip, KP.left_knee, KP.left_ankle),
    leg(KP.right_hip, KP.right_knee, KP.right_ankle),
  );
}

/** The wrists moved forward (facing direction d): a triangle over each rep's ascent, shiftPx at mid-ascent. */
export function driftWrists(
  track: Track,
  reps: { bottomT: number; endT: number }[],
  d: number,
  shiftPx: number,
): Track {
  const frames = track.frames.map((f) => {
    let w = 0;
    for (const rp of reps) {
      const mid = (rp.bottomT + rp.endT) / 2;
      if (f.t >= rp.bottomT && f.t <= rp.endT)
        w = Math.max(w, 1 - Math.abs(f.t - mid) / ((rp.endT - rp.bottomT) / 2));
    }
    if (!w || !f.kp.length) return f;
    const kp = f.kp.map((p, i) =>
      i === KP.left_wrist || i === KP.right_wrist ? ([p[0] + d * w * shiftPx, p[1], p[2]] as typeof p) : p,
    );
    return { ...f, kp };
  });
  return { ...track, frames };
}
