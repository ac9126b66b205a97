import { median } from './median.ts';

/**
 * Hampel outlier rejection: a sample further than `nSigma` robust standard deviations (1.4826 ×
 * MAD) from the median of its window is replaced by NaN (to be gap-filled later, not guessed here).
 * Pose2Sim uses a window of 7 samples by default (biomech-notes.md §1).
 * `minDev` is a floor on the robust deviation, in the series' units, so that a nearly flat window
 * does not reject ordinary noise.
 */
export function hampel(x: Float64Array, halfWindow = 3, nSigma = 3, minDev = 0): Float64Array {
  const out = Float64Array.from(x);
  const win: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    if (!Number.isFinite(xi)) continue;
    win.length = 0;
    for (let k = Math.max(0, i - halfWindow); k <= Math.min(x.length - 1, i + halfWindow); k++) {
      if (Number.isFinite(x[k]!)) win.push(x[k]!);
    }
    if (win.length < 3) continue;
    const med = median(win);
    const mad = median(win.map((v) => Math.abs(v - med)));
    const dev = Math.max(1.4826 * mad, minDev);
    if (Math.abs(xi - med) > nSigma * dev) out[i] = NaN;
  }
  return out;
}
