import { describe, expect, it } from 'vitest';
import { flexionDeg, inclinationDeg, interiorAngleDeg, shankAngleDeg } from './angles.ts';

describe('angles (image coordinates, y down)', () => {
  it('interior angle and flexion on analytic cases', () => {
    expect(interiorAngleDeg(0, 0, 0, 10, 0, 20)).toBeCloseTo(180);
    expect(flexionDeg(0, 0, 0, 10, 10, 10)).toBeCloseTo(90);
    expect(Number.isNaN(flexionDeg(0, 0, 0, 0, 1, 1))).toBe(true);
  });
  it('inclination is forward-positive in the direction of travel, from the upward vertical', () => {
    // shoulder up and ahead (+x) of the hip, moving toward +x: leaning forward 45°
    expect(inclinationDeg(0, 100, 10, 90, 1)).toBeCloseTo(45);
    expect(inclinationDeg(0, 100, 10, 90, -1)).toBeCloseTo(-45);
    expect(inclinationDeg(0, 100, 0, 50, 1)).toBeCloseTo(0);
  });
  it('shank angle is measured from the downward vertical, positive with the ankle ahead', () => {
    expect(shankAngleDeg(0, 0, 10, 10, 1)).toBeCloseTo(45);
    expect(shankAngleDeg(0, 0, 0, 10, 1)).toBeCloseTo(0);
  });
});
