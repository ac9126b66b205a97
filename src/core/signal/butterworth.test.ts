import { describe, expect, it } from 'vitest';
import { butterworthLowpass, butterworthLowpassPairInPlace } from './butterworth.ts';
import { seededRandom } from './seededRandom.ts';

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

describe('butterworthLowpassPairInPlace (two series at once)', () => {
  it('gives each series exactly what butterworthLowpass gives it, gaps shared or not', () => {
    const r = seededRandom(5);
    let paired = 0;
    for (let t = 0; t < 300; t++) {
      const n = Math.floor(r() * 120);
      let va = 100 * r();
      let vb = 100 * r();
      const a = Float64Array.from({ length: n }, () => (va += r() - 0.5));
      const b = Float64Array.from({ length: n }, () => (vb += r() - 0.5));
      // Missing samples at the same places (a keypoint not seen), and sometimes one more in one series.
      for (let i = 0; i < n; i++) if (r() < 0.08) a[i] = b[i] = r() < 0.5 ? NaN : Infinity;
      const shared = r() < 0.7;
      if (!shared && n) a[Math.floor(r() * n)] = NaN;
      if (shared) paired++;
      const fs = r() < 0.5 ? 30 : 60;
      const fc = 2 + 8 * r();
      const wantA = butterworthLowpass(a, fs, fc);
      const wantB = butterworthLowpass(b, fs, fc);
      butterworthLowpassPairInPlace(a, b, fs, fc);
      expect(Array.from(a)).toEqual(Array.from(wantA));
      expect(Array.from(b)).toEqual(Array.from(wantB));
    }
    expect(paired).toBeGreaterThan(150);
  });
});
