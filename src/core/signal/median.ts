/** Median of the finite values (NaN when there are none). Sorts a copy. */
export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}

/** Quantile `q` in [0, 1] of the finite values, linear between order statistics (NaN when none). */
export function quantile(values: ArrayLike<number>, q: number): number {
  // A typed array sorts numerically, and several times faster than Array#sort with a comparator.
  const v = Float64Array.from(values).filter(Number.isFinite).sort();
  if (v.length === 0) return NaN;
  const pos = Math.min(Math.max(q, 0), 1) * (v.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo]! + (v[hi]! - v[lo]!) * (pos - lo);
}

/** Mean of the finite values (NaN when none). */
export function meanFinite(values: ArrayLike<number>): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isFinite(x)) {
      s += x;
      n++;
    }
  }
  return n ? s / n : NaN;
}
