import { describe, expect, it } from 'vitest';
import { hampel } from './hampel.ts';
import { median } from './median.ts';
import { seededRandom } from './seededRandom.ts';

/** The definition, written plainly: each sample against the median and MAD of its window's finite values. */
function plainHampel(
  x: Float64Array,
  hw: number,
  nSigma: number,
  minDev: number,
  trusted?: ArrayLike<number>,
): Float64Array {
  const out = Float64Array.from(x);
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]!) || (trusted && trusted[i]! > 0)) continue;
    const win = Array.from(x.subarray(Math.max(0, i - hw), Math.min(x.length, i + hw + 1))).filter(
      Number.isFinite,
    );
    if (win.length < 3) continue;
    const m = median(win);
    const d = Math.max(1.4826 * median(win.map((v) => Math.abs(v - m))), minDev);
    if (Math.abs(x[i]! - m) > nSigma * d && Math.abs(x[i]! - m) > nSigma * minDev) out[i] = NaN;
  }
  return out;
}

describe('hampel (sliding sorted window)', () => {
  it('rejects exactly the samples the plain definition rejects, with gaps, ties and trusted samples', () => {
    const r = seededRandom(11);
    let rejected = 0;
    for (let t = 0; t < 2000; t++) {
      const n = Math.floor(r() * 80);
      const x = Float64Array.from({ length: n }, () =>
        r() < 0.15 ? NaN : r() < 0.3 ? Math.round(r() * 3) : r() < 0.05 ? 500 * r() : r() * 10,
      );
      const trusted = Float64Array.from({ length: n }, () => (r() < 0.1 ? 1 : 0));
      const hw = 1 + Math.floor(r() * 4);
      const minDev = r() < 0.5 ? 0 : 1;
      const got = hampel(x, hw, 3, minDev, t % 2 ? trusted : undefined);
      const want = plainHampel(x, hw, 3, minDev, t % 2 ? trusted : undefined);
      expect(Array.from(got)).toEqual(Array.from(want));
      // In place: the same rejections, written over the caller's buffer.
      const own = x.slice();
      expect(hampel(own, hw, 3, minDev, t % 2 ? trusted : undefined, true)).toBe(own);
      expect(Array.from(own)).toEqual(Array.from(want));
      for (let i = 0; i < n; i++) if (Number.isFinite(x[i]!) && Number.isNaN(got[i]!)) rejected++;
    }
    // The draws do contain outliers, so the comparison is not between two untouched copies.
    expect(rejected).toBeGreaterThan(100);
  });
});
