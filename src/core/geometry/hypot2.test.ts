import { describe, expect, it } from 'vitest';
import { seededRandom } from '../signal/seededRandom.ts';
import { hypot2 } from './hypot2.ts';

describe('hypot2', () => {
  it('equals Math.hypot bit for bit: zeros, infinities, NaN, extremes', () => {
    const special = [0, -0, 1, -1, 3, 4, 0.1, NaN, Infinity, -Infinity, 5e-324, 2.2250738585072014e-308];
    special.push(1.7976931348623157e308, -1.7976931348623157e308, 1e-200, 1e200);
    for (const a of special)
      for (const b of special) expect(Object.is(hypot2(a, b), Math.hypot(a, b))).toBe(true);
  });

  it('equals Math.hypot bit for bit on random pixel offsets and on widely scaled values', () => {
    const r = seededRandom(5);
    let differ = 0;
    for (let i = 0; i < 200_000; i++) {
      const px = [(r() - 0.5) * 4000, (r() - 0.5) * 4000];
      const wide = [
        (r() - 0.5) * 10 ** (Math.floor(r() * 80) - 40),
        (r() - 0.5) * 10 ** (Math.floor(r() * 80) - 40),
      ];
      for (const [a, b] of [px, wide]) if (!Object.is(hypot2(a!, b!), Math.hypot(a!, b!))) differ++;
    }
    expect(differ).toBe(0);
  });
});
