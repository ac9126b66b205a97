/**
 * Linear resampling of an irregularly timed series onto a uniform grid (the Butterworth filter and
 * event detectors need a fixed rate). Across a gap in the source timestamps longer than `maxGapS`,
 * or next to a NaN sample, the result is NaN: nothing is invented.
 */
export function resampleUniform(
  tS: ArrayLike<number>,
  x: ArrayLike<number>,
  gridT: Float64Array,
  maxGapS = Infinity,
): Float64Array {
  const out = new Float64Array(gridT.length).fill(NaN);
  let j = 0;
  const n = tS.length;
  for (let i = 0; i < gridT.length; i++) {
    const tq = gridT[i]!;
    while (j < n - 2 && tS[j + 1]! < tq) j++;
    const t0 = tS[j]!;
    const t1 = tS[Math.min(j + 1, n - 1)]!;
    if (n === 1 || tq <= t0) {
      if (Math.abs(tq - t0) < 1e-9) out[i] = x[j]!;
      continue;
    }
    if (tq > t1) {
      if (Math.abs(tq - t1) < 1e-9) out[i] = x[Math.min(j + 1, n - 1)]!;
      continue;
    }
    if (t1 - t0 > maxGapS) continue;
    const a = x[j]!;
    const b = x[j + 1]!;
    const w = t1 > t0 ? (tq - t0) / (t1 - t0) : 0;
    out[i] = w < 1e-9 ? a : w > 1 - 1e-9 ? b : a + w * (b - a);
  }
  return out;
}

/** A uniform time grid from the first to the last timestamp at `fsHz`. */
export function uniformGrid(t0: number, t1: number, fsHz: number): Float64Array {
  const n = Math.max(0, Math.floor((t1 - t0) * fsHz + 1e-6) + 1);
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) g[i] = t0 + i / fsHz;
  return g;
}

/** Value of a uniformly sampled series at time `tq` (linear interpolation; NaN outside or next to NaN). */
export function sampleAt(x: ArrayLike<number>, t0: number, fsHz: number, tq: number): number {
  const u = (tq - t0) * fsHz;
  const i = Math.floor(u);
  if (i < 0 || i >= x.length) return NaN;
  const w = u - i;
  if (i === x.length - 1 || w < 1e-9) return w < 1e-9 || i === x.length - 1 ? x[i]! : NaN;
  return x[i]! + w * (x[i + 1]! - x[i]!);
}
