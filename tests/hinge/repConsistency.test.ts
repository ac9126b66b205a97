import { describe, expect, it } from 'vitest';
import {
  CONSISTENCY_MIN_REPS,
  trendChange,
  trendNoiseFloor,
  winsorize,
} from '../../src/core/hinge/repConsistency.ts';

describe('repConsistency: trend against a permutation noise floor', () => {
  it('the change is the first-to-last change of a line; winsorizing tames one odd rep', () => {
    expect(trendChange([10, 12, 14, 16, 18, 20])).toBeCloseTo(10, 9);
    expect(trendChange([5, 5, 5, 5, 5, 5])).toBe(0);
    const odd = [40, 15, 14, 16, 15, 14, 15];
    expect(Math.abs(trendChange(odd))).toBeGreaterThan(8);
    expect(Math.max(...winsorize(odd))).toBeLessThan(20);
    expect(Math.abs(trendChange(winsorize(odd)))).toBeLessThan(Math.abs(trendChange(odd)) / 2);
  });

  it('a monotone set of the minimum size beats its floor; one rep fewer never can', () => {
    const line = (n: number) => Array.from({ length: n }, (_, i) => 50 + 3 * i);
    const v = line(CONSISTENCY_MIN_REPS);
    expect(Math.abs(trendChange(v))).toBeGreaterThan(trendNoiseFloor(v));
    const w = line(CONSISTENCY_MIN_REPS - 1);
    expect(Math.abs(trendChange(w))).toBeLessThanOrEqual(trendNoiseFloor(w));
  });

  it("is reproducible (seeded) and scales with the reps' own spread", () => {
    const v = [50, 55, 48, 53, 51, 56, 49, 54];
    expect(trendNoiseFloor(v)).toBe(trendNoiseFloor(v));
    expect(trendNoiseFloor(v.map((x) => 2 * x))).toBeCloseTo(2 * trendNoiseFloor(v), 9);
  });
});
