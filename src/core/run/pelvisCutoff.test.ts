import { describe, expect, it } from 'vitest';
import { PELVIS_CUTOFF_HZ, pelvisCutoffHz } from './analyzeRun.ts';

describe('pelvisCutoffHz', () => {
  it("keeps 2 Hz at jogging step times (Hamner 2-5 m/s: 0.31-0.40 s) and rises with a sprinter's step rate", () => {
    for (const stepS of [0.4, 0.35, 0.315]) expect(pelvisCutoffHz(60, stepS)).toBeLessThanOrEqual(2.25);
    expect(pelvisCutoffHz(60, 0.4)).toBe(PELVIS_CUTOFF_HZ);
    expect(pelvisCutoffHz(60, 0.2976)).toBeCloseTo(2.35, 2); // Dorn 7.0 m/s
    expect(pelvisCutoffHz(60, 0.2313)).toBeCloseTo(3.03, 2); // Dorn 9.4 m/s
  });
  it('falls back to the floor without a step time, and stays below 0.4 of the frame rate', () => {
    expect(pelvisCutoffHz(30, NaN)).toBe(PELVIS_CUTOFF_HZ);
    expect(pelvisCutoffHz(6, 0.2)).toBeCloseTo(2.4, 6);
  });
});
