import { describe, expect, it } from 'vitest';
import type { GaitEvent } from './gaitEventsSide.ts';
import { pooledPelvicDrop } from './pooledPelvicDrop.ts';
import type { RunSignals } from './runSignals.ts';

const FS = 100;
const n = 300;
const s = { t0: 0, fsHz: FS, n } as RunSignals;
// Left stances at 0.2, 1.0, 1.8 s, each 0.25 s long; a half-sine drop of 5° peak in each.
const contacts = [0.2, 1.0, 1.8];
const events: GaitEvent[] = contacts.map((t) => ({
  side: 'left',
  contactT: t,
  toeOffT: t + 0.25,
  confidence: 1,
}));
const drop = (t: number, peak: number) => {
  for (const [k, c] of contacts.entries())
    if (t >= c && t <= c + 0.25) return (peak + (k === 1 ? 1 : 0)) * Math.sin((Math.PI * (t - c)) / 0.25);
  return 0;
};

describe('pooledPelvicDrop', () => {
  it('with all weight on its own curve is the plain max over the stance', () => {
    const left = Float64Array.from({ length: n }, (_, i) => drop(i / FS, 5));
    const got = pooledPelvicDrop(s, events, { left, right: new Float64Array(n) }, (e) => e.toeOffT!, 1);
    expect(got[0]).toBeCloseTo(5, 1);
    expect(got[1]).toBeCloseTo(6, 1); // the middle stance drops 1° more
  });

  it("shares one stance's noise spike out with weight 0.5 and still shows a real step-to-step change", () => {
    const left = Float64Array.from(
      { length: n },
      (_, i) => drop(i / FS, 5) + (Math.abs(i / FS - 0.325) < 0.006 ? 3 : 0),
    );
    const got = pooledPelvicDrop(s, events, { left, right: new Float64Array(n) }, (e) => e.toeOffT!, 0.5);
    const plain = pooledPelvicDrop(s, events, { left, right: new Float64Array(n) }, (e) => e.toeOffT!, 1);
    expect(plain[0]).toBeCloseTo(8, 1); // the spike on top of the 5° peak
    // 0.5 × own 8° + 0.5 × the side's mean peak (8 + 6 + 5) / 3: the 3° spike counts 2°, not 3°.
    expect(got[0]!).toBeCloseTo(0.5 * 8 + (0.5 * (8 + 6 + 5)) / 3, 1);
    expect(got[1]!).toBeGreaterThan(got[2]!); // the middle stance's extra degree still shows
  });

  it('is null for a stance with no obliquity samples', () => {
    const got = pooledPelvicDrop(
      s,
      events,
      { left: new Float64Array(n).fill(NaN), right: new Float64Array(n) },
      (e) => e.toeOffT!,
      0.5,
    );
    expect(got).toEqual([null, null, null]);
  });
});
