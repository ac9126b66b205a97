import { describe, expect, it } from 'vitest';
import { butterworthLowpass } from './butterworth.ts';

const sine = (n: number, fs: number, f: number, phase = 0) =>
  Float64Array.from({ length: n }, (_, i) => Math.sin(2 * Math.PI * f * (i / fs) + phase));
const rms = (x: Float64Array, from = 0, to = x.length) => {
  let s = 0;
  for (let i = from; i < to; i++) s += x[i]! ** 2;
  return Math.sqrt(s / (to - from));
};

describe('butterworthLowpass (zero-lag, 4th order)', () => {
  it('passes a slow sine with no phase lag and unit gain', () => {
    const x = sine(600, 100, 1);
    const y = butterworthLowpass(x, 100, 10);
    for (let i = 50; i < 550; i++) expect(y[i]!).toBeCloseTo(x[i]!, 2);
  });
  it('puts the combined -3 dB point at the cut-off (Winter correction)', () => {
    const y = butterworthLowpass(sine(2000, 100, 6), 100, 6);
    expect(rms(y, 200, 1800) / rms(sine(2000, 100, 6), 200, 1800)).toBeCloseTo(Math.SQRT1_2, 1);
  });
  it('strongly attenuates noise far above the cut-off', () => {
    const y = butterworthLowpass(sine(1000, 100, 30), 100, 5);
    expect(rms(y, 100, 900)).toBeLessThan(0.01);
  });
  it('keeps a constant constant, up to the ends (no edge ringing)', () => {
    const y = butterworthLowpass(new Float64Array(50).fill(7), 30, 6);
    for (const v of y) expect(v).toBeCloseTo(7, 9);
  });
  it('keeps NaN gaps and filters each finite run on its own', () => {
    const x = new Float64Array(40).fill(1);
    x.fill(NaN, 10, 15);
    const y = butterworthLowpass(x, 30, 6);
    expect(Number.isNaN(y[12]!)).toBe(true);
    expect(y[5]!).toBeCloseTo(1, 9);
    expect(y[30]!).toBeCloseTo(1, 9);
  });
});
