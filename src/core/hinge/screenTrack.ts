import type { TextRef } from '../report/report.ts';
import { median } from '../signal/median.ts';
import { KP } from '../track/keypoints.ts';
import type { Track, TrackFrame } from '../track/track.ts';
import { sceneCuts } from './sceneCuts.ts';

/** What screening a track found, before any analysis. */
export interface TrackScreen {
  /** The track with frames whose whole skeleton jumped (another person, a swap) emptied. */
  track: Track;
  warnings: TextRef[];
  framesWithPose: number;
  meanScore: number;
  /** Times (s) of frames removed as skeleton jumps. */
  jumpT: number[];
  /** Times (s) of the first frame of each new scene (sceneCuts): the pieces are analysed apart. */
  cutT: number[];
}

const LOWER = [KP.left_hip, KP.right_hip, KP.left_knee, KP.right_knee, KP.left_ankle, KP.right_ankle];
const seen = (f: TrackFrame, k: number, min: number) =>
  f.kp.length === 17 && (Number(f.kp[k]![2]) || 0) >= min;

function centre(f: TrackFrame, a: number, b: number, min: number): [number, number] | null {
  const pa = seen(f, a, min);
  const pb = seen(f, b, min);
  if (!pa && !pb) return null;
  if (pa && pb) return [(f.kp[a]![0] + f.kp[b]![0]) / 2, (f.kp[a]![1] + f.kp[b]![1]) / 2];
  const p = f.kp[pa ? a : b]!;
  return [p[0], p[1]];
}

/**
 * Screens a track for the bad inputs a hinge clip meets: frames without a person, the lower body
 * out of frame or unseen, and whole-skeleton jumps. A jump is a frame whose hip and shoulder centres
 * both sit more than half a torso length from their median over ±0.25 s: a lifter does not move
 * like that between frames, but MoveNet does when it locks on to a second person for a moment [H].
 */
export function screenTrack(track: Track, minScore = 0.3): TrackScreen {
  const fr = track.frames;
  const n = fr.length;
  const warnings: TextRef[] = [];
  const withPose = fr.filter((f) => f.kp.length === 17 && f.kp.some((p) => (Number(p[2]) || 0) >= minScore));
  const framesWithPose = n ? withPose.length / n : 0;
  const scores = withPose.flatMap((f) => f.kp.map((p) => Number(p[2]) || 0));
  const meanScore = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
  // Too few frames with a person is warned by the analysis for every activity (track/personPresence.ts).
  const lowerMissing = withPose.filter((f) => LOWER.filter((k) => seen(f, k, minScore)).length < 3).length;
  if (withPose.length && lowerMissing / withPose.length > 0.2) {
    const pct = Math.round((100 * lowerMissing) / withPose.length);
    warnings.push({ key: 'warn.hinge.legsHidden', params: { pct } });
  }
  const edge = 0.01;
  const atEdge = withPose.filter((f) =>
    LOWER.some(
      (k) =>
        seen(f, k, 0.5) &&
        (f.kp[k]![0] < edge * track.width ||
          f.kp[k]![0] > (1 - edge) * track.width ||
          f.kp[k]![1] > (1 - edge) * track.height),
    ),
  ).length;
  if (withPose.length && atEdge / withPose.length > 0.2) warnings.push({ key: 'warn.hinge.atEdge' });

  // Skeleton jumps.
  const hips = fr.map((f) => centre(f, KP.left_hip, KP.right_hip, minScore));
  const sh = fr.map((f) => centre(f, KP.left_shoulder, KP.right_shoulder, minScore));
  const torso = median(
    hips.map((h, i) => (h && sh[i] ? Math.hypot(h[0] - sh[i]![0], h[1] - sh[i]![1]) : NaN)),
  );
  const rate = track.fps > 0 ? track.fps : 30;
  const hw = Math.max(2, Math.round(0.25 * rate));
  const jumpT: number[] = [];
  const frames = fr.slice();
  if (Number.isFinite(torso) && torso > 0) {
    const off = (arr: ([number, number] | null)[], i: number) => {
      const p = arr[i];
      if (!p) return NaN;
      const xs: number[] = [];
      const ys: number[] = [];
      for (let k = Math.max(0, i - hw); k <= Math.min(n - 1, i + hw); k++) {
        const q = arr[k];
        if (q) {
          xs.push(q[0]);
          ys.push(q[1]);
        }
      }
      return xs.length >= 3 ? Math.hypot(p[0] - median(xs), p[1] - median(ys)) : NaN;
    };
    for (let i = 0; i < n; i++) {
      if (off(hips, i) > 0.5 * torso && off(sh, i) > 0.5 * torso) {
        jumpT.push(fr[i]!.t);
        frames[i] = { t: fr[i]!.t, kp: [] };
      }
    }
  }
  if (jumpT.length) {
    warnings.push({
      key: 'warn.hinge.bodyJumped',
      params: { frames: jumpT.length, fromT: jumpT[0]!, toT: jumpT[jumpT.length - 1]! },
    });
  }
  const cutT = sceneCuts(jumpT.length ? frames : fr, minScore).map((i) => fr[i]!.t);
  if (cutT.length) {
    warnings.push({ key: 'warn.hinge.scenes', params: { cutsS: cutT } });
  }
  return {
    cutT,
    track: jumpT.length ? { ...track, frames } : track,
    warnings,
    framesWithPose,
    meanScore,
    jumpT,
  };
}
