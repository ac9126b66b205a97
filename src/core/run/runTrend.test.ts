import { describe, expect, it } from 'vitest';
import { median, quantile } from '../signal/median.ts';
import { seededRandom } from '../signal/seededRandom.ts';
import { permutationNoiseFloor } from './runTrend.ts';

/** The permutation test written plainly: shuffle the pooled values, take both medians, 1000 times. */
function plainNoiseFloor(a: readonly number[], b: readonly number[]): number {
  const pool = [...a, ...b];
  const r = seededRandom(1);
  const d: number[] = [];
  for (let k = 0; k < 1000; k++) {
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    d.push(Math.abs(median(pool.slice(a.length)) - median(pool.slice(0, a.length))));
  }
  return quantile(d, 0.995);
}

describe('permutationNoiseFloor', () => {
  it('equals the plain permutation test bit for bit, ties and unequal windows included', () => {
    const r = seededRandom(3);
    for (const [na, nb] of [
      [7, 7],
      [8, 7],
      [12, 15],
      [40, 40],
      [3, 9],
      // Several 32-rank words, a pool that fills its last word exactly, and a 10-minute run's size.
      [33, 31],
      [32, 32],
      [270, 266],
      // Windows of very unequal sizes: the medians lie far from the pool's middle rank.
      [7, 61],
      [50, 9],
    ] as const) {
      const draw = () => (r() < 0.4 ? Math.round(r() * 4) : r() * 20);
      const a = Array.from({ length: na }, draw);
      const b = Array.from({ length: nb }, draw);
      const fast = permutationNoiseFloor(a, b);
      expect(Number.isFinite(fast)).toBe(true);
      expect(Object.is(fast, plainNoiseFloor(a, b))).toBe(true);
    }
  });
});
