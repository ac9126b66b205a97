import { describe, expect, it } from 'vitest';
import { median, quantile, quantileInPlace } from './median.ts';
import { seededRandom } from './seededRandom.ts';

/** The definition: sort the finite values, interpolate between the order statistics either side of q·(n − 1). */
function bySorting(values: readonly number[], q: number): number {
  const v = Float64Array.from(values).filter(Number.isFinite).sort();
  if (!v.length) return NaN;
  const pos = Math.min(Math.max(q, 0), 1) * (v.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo]! + (v[hi]! - v[lo]!) * (pos - lo);
}

describe('quantile by selection', () => {
  it('gives bit for bit the value of sorting, with ties, NaN and every size up to 300', () => {
    const r = seededRandom(7);
    let checked = 0;
    for (let t = 0; t < 3000; t++) {
      const n = Math.floor(r() * 300);
      // A third of the draws on a coarse grid, so that ties are common; a tenth missing.
      const a = Array.from({ length: n }, () =>
        r() < 0.1 ? NaN : r() < 0.33 ? Math.round(r() * 6) : r() * 200 - 100,
      );
      for (const q of [0, 0.05, 0.5, 0.9, 0.995, 1]) {
        expect(Object.is(quantile(a, q), bySorting(a, q))).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(18000);
  });

  it('returns NaN without a finite value and works on the first n values in place', () => {
    expect(median([NaN, Infinity])).toBeNaN();
    const buf = Float64Array.from([5, 1, 4, 2, 3, 99, -99]);
    expect(quantileInPlace(buf, 5, 0.5)).toBe(3);
    expect(quantileInPlace(buf, 4, 0.5)).toBe(2.5);
  });
});
