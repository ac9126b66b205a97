import { describe, expect, it } from 'vitest';
import { gapFill } from './gapFill.ts';
import { gapFillCubic } from './gapFillCubic.ts';
import { interiorNanRuns } from './interiorNanRuns.ts';

const N = NaN;

describe('gap filling', () => {
  it('finds only interior NaN runs no longer than the limit', () => {
    expect(Array.from(interiorNanRuns([N, 1, N, N, 4, N, N, N, 8, N], 2))).toEqual([2, 4]);
    expect(Array.from(interiorNanRuns([N, 1, N, N, 4, N, N, N, 8, N], 3))).toEqual([2, 4, 5, 8]);
    expect(interiorNanRuns([1, 2, 3], 3).length).toBe(0);
  });
  it('linear: bridges a short gap on the chord, leaves ends and long gaps NaN', () => {
    const out = Array.from(gapFill(Float64Array.from([N, 1, N, N, 4, N, N, N, 8, N]), 2));
    expect(out.slice(1, 5)).toEqual([1, 2, 3, 4]);
    expect([out[0], out[5], out[6], out[7], out[9]].every(Number.isNaN)).toBe(true);
  });
  it('cubic: follows the curvature through the gap, where the chord cuts the corner', () => {
    const y = Array.from({ length: 11 }, (_, k) => (k - 5) ** 2);
    const gap = Float64Array.from(y.map((v, k) => (k >= 4 && k <= 6 ? N : v)));
    const cubic = gapFillCubic(gap, 3);
    const lin = gapFill(gap, 3);
    expect(Math.abs(cubic[5]! - 0)).toBeLessThan(Math.abs(lin[5]! - 0));
    // Hermite with one-sided end slopes (-5, +5 per sample) over h = 4: -1 at the true minimum 0;
    // the chord gives 4.
    expect(cubic[5]).toBeCloseTo(-1, 9);
    expect(lin[5]).toBe(4);
  });
});
