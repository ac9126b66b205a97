import { describe, expect, it } from 'vitest';
import { detectableChange } from './detectableChange.ts';

describe('detectableChange (MDC95 of two medians)', () => {
  it('computes 1.96 · 1.2533 · √(SDa²/na + SDb²/nb)', () => {
    const a = [1, 2, 3, 4, 5]; // SD √2.5
    const b = [2, 4, 6, 8, 10]; // SD √10
    const v = detectableChange(a, b, 3)!;
    expect(v.mdc).toBeCloseTo(1.96 * 1.2533 * Math.sqrt(2.5 / 5 + 10 / 5), 9);
    expect(v.real).toBe(v.mdc < 3);
    expect(v).toMatchObject({ nA: 5, nB: 5 });
  });
  it('says how many more steps a small difference needs, and that enough steps make it real', () => {
    const noisy = Array.from({ length: 8 }, (_, i) => (i % 2 ? 1 : -1));
    const v = detectableChange(noisy, noisy, 0.5)!;
    expect(v.real).toBe(false);
    const n = 8 + v.moreSteps!;
    const more = Array.from({ length: n }, (_, i) => (i % 2 ? 1 : -1));
    // With that many steps (same spread) the same difference is beyond the noise.
    expect(detectableChange(more, more, 0.5)!.real).toBe(true);
  });
  it('gives no verdict with fewer than 3 values, and no step count for a zero difference', () => {
    expect(detectableChange([1, 2], [1, 2, 3], 1)).toBeNull();
    expect(detectableChange([1, 2, 3], [1, 2, 3], 0)).toMatchObject({ real: false, moreSteps: null });
  });
});
