import { describe, expect, it } from 'vitest';
import { findPeaks } from './seriesPeaks.ts';

describe('findPeaks at the clip edges', () => {
  // A 0.5-s-period wave sampled at 60 Hz: peaks every 30 samples.
  const wave = (n: number, phase: number) =>
    Float64Array.from({ length: n }, (_, i) => Math.cos((2 * Math.PI * (i - phase)) / 30));

  it('finds a peak a few samples from either end by the side that has data (a contact 75 ms before the clip ends)', () => {
    const x = wave(70, 3); // peaks at 3, 33, 63 (7 samples before the end)
    expect(findPeaks(x, 1, 9, 30, 0.5)).toEqual([3, 33, 63]);
  });

  it('does not take a peak that has not turned yet (fewer than two samples past it) ', () => {
    expect(findPeaks(wave(65, 64), 1, 9, 30, 0.5)).toEqual([4, 34]); // 64 is the last sample
    expect(findPeaks(wave(65, 63), 1, 9, 30, 0.5)).toEqual([3, 33]); // 63: one sample past it
    expect(findPeaks(wave(65, 62), 1, 9, 30, 0.5)).toEqual([2, 32, 62]); // 62: two samples past it
  });

  it('a side cut by the edge before falling by the prominence is ignored: the full side judges', () => {
    const x = Float64Array.from([0, 0.2, 1, 0.1, -1, -1, -1, -1]);
    expect(findPeaks(x, 1, 2, 5, 1.5)).toEqual([2]);
    expect(findPeaks(x, 1, 2, 5, 2.5)).toEqual([]);
  });
});
