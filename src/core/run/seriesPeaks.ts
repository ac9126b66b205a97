import { quadraticFit } from '../signal/quadraticFit.ts';
/**
 * Small peak helpers on uniformly sampled series (t0, fsHz): local extrema with a minimum spacing
 * and prominence, and sub-frame refinement by a least-squares parabola (biomech-notes.md §2.2
 * step 7: sub-frame timing matters at ≤ 60 fps). NaN samples are skipped.
 */

/** Index of the max (sign 1) or min (sign −1) of x over [i0, i1] (inclusive, clamped), or −1. */
export function argExtreme(x: ArrayLike<number>, i0: number, i1: number, sign: 1 | -1): number {
  let best = -1;
  let bv = -Infinity;
  for (let i = Math.max(0, i0); i <= Math.min(x.length - 1, i1); i++) {
    const v = sign * x[i]!;
    if (v > bv) {
      bv = v;
      best = i;
    }
  }
  return best;
}

/**
 * Local maxima of sign·x that are the extreme of a ±`halfWin` window and stand out by at least
 * `minProminence` above the lowest value within ±`promWin` samples on each side (a side with no
 * data, or cut short by the series' edge before falling that far, is ignored). Returns sample
 * indices, ascending.
 */
export function findPeaks(
  x: ArrayLike<number>,
  sign: 1 | -1,
  halfWin: number,
  promWin: number,
  minProminence: number,
): number[] {
  const out: number[] = [];
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const v = sign * x[i]!;
    if (!Number.isFinite(v)) continue;
    let isMax = true;
    for (let k = Math.max(0, i - halfWin); k <= Math.min(n - 1, i + halfWin) && isMax; k++) {
      const w = sign * x[k]!;
      if (w > v || (w === v && k < i)) isMax = false;
    }
    // A peak on the first or last sample is not a peak we can time.
    if (!isMax || i === 0 || i === n - 1 || !Number.isFinite(x[i - 1]!) || !Number.isFinite(x[i + 1]!))
      continue;
    let lo1 = Infinity;
    let lo2 = Infinity;
    for (let k = Math.max(0, i - promWin); k < i; k++)
      if (Number.isFinite(x[k]!)) lo1 = Math.min(lo1, sign * x[k]!);
    for (let k = i + 1; k <= Math.min(n - 1, i + promWin); k++)
      if (Number.isFinite(x[k]!)) lo2 = Math.min(lo2, sign * x[k]!);
    // A side cut short by the clip edge that has not yet fallen by the prominence is not seen,
    // like a side with no data: a peak near the clip's start or end is judged by its other side.
    const cut1 = i - promWin < 0 && !(v - lo1 >= minProminence);
    const cut2 = i + promWin > n - 1 && !(v - lo2 >= minProminence);
    // ...provided it has turned there: two samples past the peak, for the sub-frame fit.
    if ((cut1 && cut2) || (cut1 && i < 2) || (cut2 && i > n - 3)) continue;
    if (cut1) lo1 = Infinity;
    if (cut2) lo2 = Infinity;
    const base = Math.max(Number.isFinite(lo1) ? lo1 : -Infinity, Number.isFinite(lo2) ? lo2 : -Infinity);
    if (Number.isFinite(base) && v - base >= minProminence) out.push(i);
  }
  return out;
}

/**
 * Sub-frame time of the extremum near sample `i`: vertex of a least-squares parabola fitted to the
 * samples within ±`halfWin`, re-centred up to 3 times. Falls back to the sample time when the fit
 * is not an extremum of the expected kind or leaves the window. Returns seconds.
 */
export function refineExtremumT(
  x: ArrayLike<number>,
  t0: number,
  fsHz: number,
  i: number,
  halfWin: number,
  sign: 1 | -1,
): number {
  let tc = t0 + i / fsHz;
  for (let it = 0; it < 3; it++) {
    const c = Math.round((tc - t0) * fsHz);
    const fit = quadraticFit(
      x,
      Math.max(0, c - halfWin),
      Math.min(x.length - 1, c + halfWin),
      (k) => t0 + k / fsHz - tc,
    );
    if (!fit) break;
    const { b, c: c2 } = fit;
    if (!(sign * c2 < 0)) break;
    const shift = -b / (2 * c2);
    if (!Number.isFinite(shift) || Math.abs(shift) > halfWin / fsHz) break;
    tc += shift;
    if (Math.abs(shift) < 0.2 / fsHz) break;
  }
  return tc;
}
