/**
 * Hampel outlier rejection: a sample further than `nSigma` robust standard deviations (1.4826 ×
 * MAD) from the median of its window is replaced by NaN (to be gap-filled later, not guessed here).
 * Pose2Sim uses a window of 7 samples by default (biomech-notes.md §1).
 * `minDev` is a floor on the robust deviation, in the series' units, so that a nearly flat window
 * does not reject ordinary noise. Samples where `trusted[i] > 0` (a person placed them) are never
 * rejected, however far they lie from their neighbours. `inPlace`: reject in `x` itself (a buffer
 * the caller owns) and return it; the same result, without a fresh buffer.
 */
export function hampel(
  x: Float64Array,
  halfWindow = 3,
  nSigma = 3,
  minDev = 0,
  trusted?: ArrayLike<number>,
  inPlace = false,
): Float64Array {
  const out = inPlace ? x : x.slice();
  // The window's finite values are kept sorted as it slides (one value leaves, one enters), so each
  // sample costs a few moves instead of a sort: the same medians as median(), allocation-free
  // (this runs for every keypoint coordinate of every frame).
  const win = new Float64Array(2 * halfWindow + 2);
  const dev = new Float64Array(2 * halfWindow + 1);
  // The window's samples in index order as they entered, so the leaving one is read as it was
  // before a rejection wrote NaN over it (in place). The sample leaving at i − hw − 1 and the one
  // entering at i + hw share a slot: it is read, then overwritten.
  const span = 2 * halfWindow + 1;
  const entered = new Float64Array(span).fill(NaN);
  const len = x.length;
  const limit = nSigma * minDev;
  let n = 0;
  for (let i = -halfWindow; i < len; i++) {
    const entering = i + halfWindow;
    const slot = entering % span;
    // A finite value (v − v is NaN for NaN and ±Infinity).
    const vOut = entered[slot]!;
    const vIn = entering < len ? x[entering]! : NaN;
    entered[slot] = vIn;
    const outOk = vOut - vOut === 0;
    const inOk = vIn - vIn === 0;
    if (outOk && inOk) {
      // One value leaves and one enters: the entering one takes the leaving one's slot and moves
      // to its place, one pass over the window instead of a removal and an insertion.
      let j = 0;
      while (win[j] !== vOut) j++;
      if (j + 1 < n && win[j + 1]! < vIn) {
        do {
          win[j] = win[j + 1]!;
          j++;
        } while (j + 1 < n && win[j + 1]! < vIn);
      } else {
        while (j > 0 && win[j - 1]! > vIn) {
          win[j] = win[j - 1]!;
          j--;
        }
      }
      win[j] = vIn;
    } else {
      if (outOk) {
        let j = 0;
        while (win[j] !== vOut) j++;
        for (; j < n - 1; j++) win[j] = win[j + 1]!;
        n--;
      }
      if (inOk) {
        let j = n - 1;
        while (j >= 0 && win[j]! > vIn) {
          win[j + 1] = win[j]!;
          j--;
        }
        win[j + 1] = vIn;
        n++;
      }
    }
    if (i < 0 || n < 3) continue;
    const xi = x[i]!;
    if (!Number.isFinite(xi) || (trusted !== undefined && trusted[i]! > 0)) continue;
    const m = n % 2 ? win[(n - 1) / 2]! : (win[n / 2 - 1]! + win[n / 2]!) / 2;
    // The deviation is at least minDev: a sample this close to the median is kept without it.
    if (Math.abs(xi - m) <= limit) continue;
    if (n === 7) {
      // A full 7-sample window (most samples): the MAD is the 3rd smallest of the deviations
      // either side of the median (the median's own, 0, is the smallest of all), i.e. of two
      // sorted lists of three: min(a₃, b₃, max(a₁, b₂), max(a₂, b₁)), without a merge's branches.
      const a1 = m - win[2]!;
      const a2 = m - win[1]!;
      const a3 = m - win[0]!;
      const b1 = win[4]! - m;
      const b2 = win[5]! - m;
      const b3 = win[6]! - m;
      const mad7 = Math.min(Math.min(a3, b3), Math.min(Math.max(a1, b2), Math.max(a2, b1)));
      if (Math.abs(xi - m) > nSigma * Math.max(1.4826 * mad7, minDev)) out[i] = NaN;
      continue;
    }
    // The deviations of a sorted window fall towards the median and rise after it: merge the two
    // sorted halves, up to the middle one(s) the MAD reads (the rest are never read).
    let lo = 0;
    while (lo < n && win[lo]! < m) lo++;
    let a = lo - 1;
    let b = lo;
    const kEnd = (n >> 1) + 1;
    for (let k = 0; k < kEnd; k++) {
      if (b >= n || (a >= 0 && m - win[a]! <= win[b]! - m)) dev[k] = m - win[a--]!;
      else dev[k] = win[b++]! - m;
    }
    const mad = n % 2 ? dev[(n - 1) / 2]! : (dev[n / 2 - 1]! + dev[n / 2]!) / 2;
    const d = Math.max(1.4826 * mad, minDev);
    if (Math.abs(xi - m) > nSigma * d) out[i] = NaN;
  }
  return out;
}
