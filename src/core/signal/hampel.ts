
/**
 * Hampel outlier rejection: a sample further than `nSigma` robust standard deviations (1.4826 ×
 * MAD) from the median of its window is replaced by NaN (to be gap-filled later, not guessed here).
 * Pose2Sim uses a window of 7 samples by default (biomech-notes.md §1).
 * `minDev` is a floor on the robust deviation, in the series' units, so that a nearly flat window
 * does not reject ordinary noise. Samples where `trusted[i] > 0` (a person placed them) are never
 * rejected, however far they lie from their neighbours.
 */
export function hampel(x: Float64Array, halfWindow = 3, nSigma = 3, minDev = 0, trusted?: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(x);
  // Small reused buffers and an insertion sort: the same medians as median(), without allocating
  // per sample (this runs for every keypoint coordinate of every frame).
  const win = new Float64Array(2 * halfWindow + 1);
  const dev = new Float64Array(2 * halfWindow + 1);
  const med = (a: Float64Array, n: number) => {
    for (let i = 1; i < n; i++) {
      const v = a[i]!;
      let j = i - 1;
      while (j >= 0 && a[j]! > v) {
        a[j + 1] = a[j]!;
        j--;
      }
      a[j + 1] = v;
    }
    return n % 2 ? a[(n - 1) / 2]! : (a[n / 2 - 1]! + a[n / 2]!) / 2;
  };
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    if (!Number.isFinite(xi) || (trusted !== undefined && trusted[i]! > 0)) continue;
    let n = 0;
    for (let k = Math.max(0, i - halfWindow); k <= Math.min(x.length - 1, i + halfWindow); k++) {
      if (Number.isFinite(x[k]!)) win[n++] = x[k]!;
    }
    if (n < 3) continue;
    const m = med(win, n);
    // The deviation is at least minDev: a sample this close to the median is kept without it.
    if (Math.abs(xi - m) <= nSigma * minDev) continue;
    for (let k = 0; k < n; k++) dev[k] = Math.abs(win[k]! - m);
    const d = Math.max(1.4826 * med(dev, n), minDev);
    if (Math.abs(xi - m) > nSigma * d) out[i] = NaN;
  }
  return out;
}
