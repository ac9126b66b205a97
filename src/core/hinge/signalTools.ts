/** Small NaN-aware helpers on uniformly sampled series used by the hinge analysis. */

/** Contiguous runs of finite samples, as [first, last] index pairs (inclusive). */
export function finiteRuns(x: ArrayLike<number>, minLen = 1): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < x.length) {
    if (!Number.isFinite(x[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < x.length && Number.isFinite(x[j + 1]!)) j++;
    if (j - i + 1 >= minLen) runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/**
 * Rate of change per second (central differences) smoothed by a centred moving average of
 * `avgS` seconds (the GT's "0.1 s moving average" of the speed). NaN next to missing samples.
 */
export function smoothedRate(x: Float64Array, fsHz: number, avgS = 0.1): Float64Array {
  const n = x.length;
  const v = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    const a = x[Math.max(0, i - 1)]!;
    const b = x[Math.min(n - 1, i + 1)]!;
    const span = Math.min(n - 1, i + 1) - Math.max(0, i - 1);
    if (span > 0) v[i] = ((b - a) * fsHz) / span;
  }
  const hw = Math.max(0, Math.round((avgS * fsHz) / 2));
  if (hw === 0) return v;
  const out = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    let s = 0;
    let m = 0;
    for (let k = Math.max(0, i - hw); k <= Math.min(n - 1, i + hw); k++) {
      if (Number.isFinite(v[k]!)) {
        s += v[k]!;
        m++;
      }
    }
    if (m > 0 && Number.isFinite(v[i]!)) out[i] = s / m;
  }
  return out;
}

/** Index of the largest finite value in [a, b] (−1 when none). */
export function argMax(x: ArrayLike<number>, a: number, b: number): number {
  let best = -1;
  for (let i = a; i <= b; i++) if (Number.isFinite(x[i]!) && (best < 0 || x[i]! > x[best]!)) best = i;
  return best;
}

/** Index of the smallest finite value in [a, b] (−1 when none). */
export function argMin(x: ArrayLike<number>, a: number, b: number): number {
  let best = -1;
  for (let i = a; i <= b; i++) if (Number.isFinite(x[i]!) && (best < 0 || x[i]! < x[best]!)) best = i;
  return best;
}

/**
 * Alternating extrema separated by at least `delta` (Billauer's "peakdet" hysteresis idea, written
 * here from the description): returns the indices of maxima; a maximum is kept only once the
 * signal has fallen `delta` below it, so a slow wobble within `delta` (a pause) never splits it.
 */
export function hysteresisMaxima(x: Float64Array, a: number, b: number, delta: number): number[] {
  const out: number[] = [];
  let mx = -Infinity;
  let mxI = -1;
  let mn = Infinity;
  let lookForMax = true;
  for (let i = a; i <= b; i++) {
    const v = x[i]!;
    if (!Number.isFinite(v)) continue;
    if (v > mx) {
      mx = v;
      mxI = i;
    }
    if (v < mn) mn = v;
    if (lookForMax && v < mx - delta) {
      out.push(mxI);
      lookForMax = false;
      mn = v;
    } else if (!lookForMax && v > mn + delta) {
      lookForMax = true;
      mx = v;
      mxI = i;
    }
  }
  return out;
}

/** Linear interpolation of `y` at fractional index `u`. */
export function atFrac(y: ArrayLike<number>, u: number): number {
  const i = Math.floor(u);
  const w = u - i;
  if (i < 0 || i >= y.length) return NaN;
  if (w < 1e-9 || i === y.length - 1) return y[i]!;
  return y[i]! + w * (y[i + 1]! - y[i]!);
}
