import { atFrac } from './signalTools.ts';

/**
 * metrics.md trunkDriftDeg: max over the rep of |trunk(t_desc) − trunk(t_asc)| at matched hip
 * flexion during descent and ascent. As in the GT notes: hip-flexion levels from
 * max(min descent, min ascent) up to the bottom value in 0.25° steps; at each level the descent and
 * ascent times are the crossings nearest to the bottom (walking outward), linearly interpolated.
 * NaN when the rep has no descent (a set starting at the floor) or samples are missing.
 */
export function trunkDriftDeg(hip: Float64Array, trunk: Float64Array, startI: number, bottomI: number, endI: number): number {
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
