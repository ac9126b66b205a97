/**
 * Ascending numeric order (a sort comparator), module level: a comparator arrow made anew at each
 * sort lost its optimized code at every full garbage collection (see run/byContactT.ts).
 */
export function ascending(a: number, b: number): number {
  return a - b;
}

/** Median of the finite values (NaN when there are none). Works on a copy. */
export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}

/** Quantile `q` in [0, 1] of the finite values, linear between order statistics (NaN when none). */
export function quantile(values: ArrayLike<number>, q: number): number {
  const v = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isFinite(x)) v[n++] = x;
  }
  return quantileInPlace(v, n, q);
}

/**
 * Quantile `q` of the first `n` values of `buf`, which must all be finite; reorders them. The same
 * value as sorting and interpolating between the order statistics either side of q·(n − 1), in
 * O(n) instead of O(n log n): a selection (Hoare partition, median-of-three pivot) puts the lower
 * order statistic in place, and the upper one is the smallest value after it. The trend's
 * permutation noise floor takes tens of thousands of medians of a long run (issue 15).
 */
export function quantileInPlace(buf: Float64Array, n: number, q: number): number {
  if (n === 0) return NaN;
  const pos = Math.min(Math.max(q, 0), 1) * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const vLo = select(buf, n, lo);
  let vHi = vLo;
  if (hi !== lo) {
    vHi = Infinity;
    for (let i = lo + 1; i < n; i++) if (buf[i]! < vHi) vHi = buf[i]!;
  }
  return vLo + (vHi - vLo) * (pos - lo);
}

/** Puts the k-th smallest of buf[0..n) at index k, smaller-or-equal values before it, larger-or-equal after. */
function select(a: Float64Array, n: number, k: number): number {
  let left = 0;
  let right = n - 1;
  while (right > left) {
    if (right - left < 16) {
      for (let i = left + 1; i <= right; i++) {
        const v = a[i]!;
        let j = i - 1;
        while (j >= left && a[j]! > v) {
          a[j + 1] = a[j]!;
          j--;
        }
        a[j + 1] = v;
      }
      break;
    }
    const mid = (left + right) >> 1;
    // Median of three as the pivot, sorted into a[left] <= a[mid] <= a[right].
    if (a[mid]! < a[left]!) swap(a, mid, left);
    if (a[right]! < a[left]!) swap(a, right, left);
    if (a[right]! < a[mid]!) swap(a, right, mid);
    const pivot = a[mid]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return a[k]!;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
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
