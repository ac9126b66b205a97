import { expect, it } from 'vitest';
import { OneEuroFilter } from './OneEuroFilter.ts';

// Deterministic pseudo-noise so the test cannot pass by luck.
const noise = (i: number) =>
  Math.sin(i * 12.9898) * 43758.5453 - Math.floor(Math.sin(i * 12.9898) * 43758.5453) - 0.5;

it('removes most jitter from a still signal', () => {
  const f = new OneEuroFilter({ minCutoffHz: 1, beta: 0 });
  let rawVar = 0;
  let outVar = 0;
  for (let i = 0; i < 300; i++) {
    const x = 100 + 4 * noise(i);
    const y = f.apply(x, i / 30);
    if (i > 60) {
      rawVar += (x - 100) ** 2;
      outVar += (y - 100) ** 2;
    }
  }
  expect(outVar).toBeLessThan(rawVar / 10);
});

it('lags less on fast motion when beta is raised', () => {
  const lagWith = (beta: number) => {
    const f = new OneEuroFilter({ minCutoffHz: 1, beta });
    let y = 0;
    for (let i = 0; i <= 30; i++) y = f.apply(i * 20, i / 30); // 600 px/s ramp
    return 600 - y;
  };
  expect(lagWith(0.05)).toBeLessThan(lagWith(0) / 3);
});

it('passes NaN through, ignores repeated timestamps and resets', () => {
  const f = new OneEuroFilter();
  expect(f.apply(5, 0)).toBe(5);
  expect(Number.isNaN(f.apply(NaN, 0.03))).toBe(true);
  expect(f.apply(9, 0)).toBe(5);
  f.reset();
  expect(f.apply(42, 1)).toBe(42);
});
