import { median } from '../signal/median.ts';
import { atFrac } from './signalTools.ts';

/**
 * metrics.md trunkDriftDeg: max over the rep of |trunk(t_desc) − trunk(t_asc)| at matched hip
 * flexion during descent and ascent. As in the GT notes: hip-flexion levels from
 * max(min descent, min ascent) up to the bottom value in 0.25° steps; at each level the descent and
 * ascent times are the crossings nearest to the bottom (walking outward), linearly interpolated.
 * NaN when the rep has no descent (a set starting at the floor) or samples are missing.
 */
export function trunkDriftDeg(
  hip: Float64Array,
  trunk: Float64Array,
  startI: number,
  bottomI: number,
  endI: number,
): number {
  if (bottomI - startI < 2 || endI - bottomI < 2) return NaN;
  let minDesc = Infinity;
  let minAsc = Infinity;
  for (let i = startI; i <= bottomI; i++) minDesc = Math.min(minDesc, hip[i]!);
  for (let i = bottomI; i <= endI; i++) minAsc = Math.min(minAsc, hip[i]!);
  const top = hip[bottomI]!;
  const lo = Math.max(minDesc, minAsc);
  if (!Number.isFinite(lo) || !Number.isFinite(top) || top - lo < 1) return NaN;
  const cross = (level: number, dir: 1 | -1): number => {
    for (let i = bottomI; dir < 0 ? i > startI : i < endI; i += dir) {
      const a = hip[i]!;
      const b = hip[i + dir]!;
      if (a >= level && b <= level) {
        const w = a === b ? 0 : (a - level) / (a - b);
        return i + dir * w;
      }
    }
    return NaN;
  };
  let best = NaN;
  for (let level = lo; level <= top; level += 0.25) {
    const ud = cross(level, -1);
    const ua = cross(level, 1);
    const diff = Math.abs(atFrac(trunk, ud) - atFrac(trunk, ua));
    if (Number.isFinite(diff) && !(diff <= best)) best = diff;
  }
  return best;
}

/**
 * Issue 13: the least trunk change this clip's keypoint noise cannot make on its own. trunkDriftDeg
 * and the early-rise trunk change are differences of two trunk readings (and a max over levels), so
 * with reading noise σ the difference has SD √2·σ; 3 of those is the floor. σ is the robust SD
 * (1.4826·MAD) of the unfiltered minus the filtered trunk angle over the clip, the frame-to-frame
 * jitter; the readings are taken on the filtered series, so this over-states their noise (a
 * conservative floor). Visible clips: floor 0.7–2.2° (scripts/flag-validity.ts --detail), under §5.3's 10°, so it changes no
 * verdict there; it keeps jittery footage (low resolution, far camera) from reading noise as drift.
 * The factor 3 is the usual 3-SD limit, not fitted.
 */
export function trunkNoiseFloorDeg(rawTrunk: Float64Array, trunk: Float64Array): number {
  const r: number[] = [];
  for (let i = 0; i < trunk.length; i++) {
    const d = rawTrunk[i]! - trunk[i]!;
    if (Number.isFinite(d)) r.push(d);
  }
  if (r.length < 3) return NaN;
  const m = median(r);
  return 3 * Math.SQRT2 * 1.4826 * median(r.map((x) => Math.abs(x - m)));
}
