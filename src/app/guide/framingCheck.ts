import { KP } from '../../core/track/keypoints.ts';
import type { Track } from '../../core/track/track.ts';

/** A filming problem found in a track, with the number it was decided on. */
export interface FramingIssue {
  code: 'feetCut' | 'tooSmall' | 'tilted' | 'twoPeople' | 'lowScore';
  value: number;
}

export interface FramingOptions {
  minScore?: number;
  /** Share of frames with the feet unseen or at the frame edge above which to warn. Default 0.25. */
  feetCutShare?: number;
  /** Median person height / frame height below which the person is "too small". Default 0.35. */
  minHeightShare?: number;
  /** Median shoulder and hip line angle beyond which a rear/front camera looks tilted, deg. Default 5. */
  tiltDeg?: number;
  /** Frame-to-frame hip jump, as a share of the frame diagonal, that no person can make. Default 0.2. */
  jumpShare?: number;
}

const median = (v: number[]) => {
  const s = v.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Checks how a clip was filmed, from its keypoints alone (the most common cause of bad results is a
 * badly filmed clip): feet cut off, person too small, camera tilted (rear/front views, where both the
 * shoulder and the hip line should be level on average), two people (the single-person model jumps
 * between them), uncertain keypoints. Heuristics; each threshold is an option.
 */
export function framingCheck(
  track: Track,
  view: 'side' | 'rear' | 'front',
  opts: FramingOptions = {},
): FramingIssue[] {
  const minScore = opts.minScore ?? 0.3;
  const withPerson = track.frames.filter((f) => f.kp.length === 17 && f.kp.some((p) => p[2] >= minScore));
  if (withPerson.length < 5) return [];
  const issues: FramingIssue[] = [];
  const seen = (p: readonly number[]) => p[2]! >= minScore;

  const feetCut =
    withPerson.filter((f) => {
      const l = f.kp[KP.left_ankle]!;
      const r = f.kp[KP.right_ankle]!;
      const edge = (p: readonly number[]) => seen(p) && p[1]! > 0.985 * track.height;
      return (!seen(l) && !seen(r)) || edge(l) || edge(r);
    }).length / withPerson.length;
  if (feetCut > (opts.feetCutShare ?? 0.25)) issues.push({ code: 'feetCut', value: feetCut });

  const heights = withPerson.map((f) => {
    const ys = f.kp.filter(seen).map((p) => p[1]);
    return ys.length >= 5 ? (Math.max(...ys) - Math.min(...ys)) / track.height : NaN;
  });
  const hShare = median(heights);
  if (hShare < (opts.minHeightShare ?? 0.35)) issues.push({ code: 'tooSmall', value: hShare });

  if (view !== 'side') {
    const lineDeg = (a: number, b: number) =>
      median(
        withPerson.map((f) => {
          const pa = f.kp[a]!;
          const pb = f.kp[b]!;
          if (!seen(pa) || !seen(pb)) return NaN;
          const dx = pb[0] - pa[0];
          return ((Math.atan2(pb[1] - pa[1], Math.abs(dx)) * 180) / Math.PI) * Math.sign(dx || 1);
        }),
      );
    const sh = lineDeg(KP.left_shoulder, KP.right_shoulder);
    const hip = lineDeg(KP.left_hip, KP.right_hip);
    const tilt = opts.tiltDeg ?? 5;
    if (Math.abs(sh) > tilt && Math.abs(hip) > tilt && Math.sign(sh) === Math.sign(hip))
      issues.push({ code: 'tilted', value: (sh + hip) / 2 });
  }

  const diag = Math.hypot(track.width, track.height);
  let jumps = 0;
  for (let i = 1; i < track.frames.length; i++) {
    const a = track.frames[i - 1]!.kp;
    const b = track.frames[i]!.kp;
    if (a.length !== 17 || b.length !== 17) continue;
    const hipMid = (kp: typeof a) =>
      seen(kp[KP.left_hip]!) && seen(kp[KP.right_hip]!)
        ? [(kp[KP.left_hip]![0] + kp[KP.right_hip]![0]) / 2, (kp[KP.left_hip]![1] + kp[KP.right_hip]![1]) / 2]
        : null;
    const pa = hipMid(a);
    const pb = hipMid(b);
    if (pa && pb && Math.hypot(pb[0]! - pa[0]!, pb[1]! - pa[1]!) > (opts.jumpShare ?? 0.2) * diag) jumps++;
  }
  if (jumps >= 2) issues.push({ code: 'twoPeople', value: jumps });

  const meanScore =
    withPerson.reduce((s, f) => s + f.kp.reduce((a, p) => a + p[2], 0) / 17, 0) / withPerson.length;
  if (meanScore < 0.35) issues.push({ code: 'lowScore', value: meanScore });
  return issues;
}
