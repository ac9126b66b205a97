import { describe, expect, it } from 'vitest';
import { quadraticFit } from './quadraticFit.ts';

describe('quadraticFit', () => {
  it('recovers an exact parabola, skipping NaN samples, at the abscissae it is given', () => {
    const u = (i: number) => 0.1 * i - 0.3;
    const y = Array.from({ length: 9 }, (_, i) => 2 - 3 * u(i) + 5 * u(i) ** 2);
    y[4] = NaN;
    const f = quadraticFit(y, 0, 8, u)!;
    expect(f.a).toBeCloseTo(2, 9);
    expect(f.b).toBeCloseTo(-3, 9);
    expect(f.c).toBeCloseTo(5, 9);
    // A sub-range: the same curve.
    expect(quadraticFit(y, 2, 7, u)!.c).toBeCloseTo(5, 9);
  });

  it('needs 4 finite samples', () => {
    expect(quadraticFit([1, 2, NaN, 3, NaN], 0, 4, (i) => i)).toBeNull();
    expect(quadraticFit([1, 2, 4, 3], 0, 3, (i) => i)).not.toBeNull();
  });
});
