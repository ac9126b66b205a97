import { describe, expect, it } from 'vitest';
import { angleShapeDeg } from './annotation.ts';

const P = (xPx: number, yPx: number) => ({ xPx, yPx });

describe('angleShapeDeg', () => {
  it('measures the interior angle at the vertex', () => {
    expect(angleShapeDeg({ a: P(10, 0), vertex: P(0, 0), b: P(0, 10) })).toBeCloseTo(90, 10);
    expect(angleShapeDeg({ a: P(10, 0), vertex: P(0, 0), b: P(-10, 0) })).toBeCloseTo(180, 10);
    expect(angleShapeDeg({ a: P(1, 0), vertex: P(0, 0), b: P(1, Math.sqrt(3)) })).toBeCloseTo(60, 10);
    expect(angleShapeDeg({ a: P(5, 5), vertex: P(0, 0), b: P(5, 5) })).toBeCloseTo(0, 10);
  });
  it('is NaN for a zero-length arm', () => {
    expect(angleShapeDeg({ a: P(0, 0), vertex: P(0, 0), b: P(1, 0) })).toBeNaN();
  });
});
