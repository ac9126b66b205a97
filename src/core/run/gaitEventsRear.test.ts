import { describe, expect, it } from 'vitest';
import { icFromLandmarks } from './gaitEventsRear.ts';

describe('icFromLandmarks', () => {
  it('averages full steps and removes the clip-measured landmark bias from a partial step', () => {
    // True ICs 0, 0.3, 0.6, 0.9; the low-point landmark reads 15 ms late, speed 5 ms early,
    // high point 10 ms early (their mean is exact on full steps).
    const ic = [0, 0.3, 0.6, 0.9];
    const rows = ic.map((t) => [t + 0.015, t - 0.005, t - 0.01]);
    rows[0] = [0.015, NaN, NaN];
    const out = icFromLandmarks(rows);
    out.forEach((t, k) => expect(t).toBeCloseTo(ic[k]!, 9));
  });

  it('with no full step to measure a bias, uses the landmarks as they are', () => {
    expect(
      icFromLandmarks([
        [0.2, NaN, NaN],
        [0.5, 0.52, NaN],
      ]),
    ).toEqual([0.2, 0.51]);
  });
});
