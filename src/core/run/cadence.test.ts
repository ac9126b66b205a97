import { describe, expect, it } from 'vitest';
import { cadenceSpm } from './cadence.ts';

const alternate = (ts: number[]) =>
  ts.map((t, i) => ({ side: i % 2 ? ('right' as const) : ('left' as const), contactT: t }));

describe('cadenceSpm', () => {
  it("is metrics.md's 60·(n − 1)/span for alternating contacts", () => {
    expect(cadenceSpm(alternate([0.4, 0.8, 1.2, 1.6, 2.0]))).toBe(150);
    expect(cadenceSpm(alternate([0.4, 0.8]))).toBeNull();
  });
  it('counts a same-foot gap of about two steps as two steps (a missed contact)', () => {
    const c = [
      { side: 'left' as const, contactT: 0.4 },
      { side: 'right' as const, contactT: 0.8 },
      { side: 'right' as const, contactT: 1.6 }, // the left contact at 1.2 was missed
      { side: 'left' as const, contactT: 2.0 },
    ];
    expect(cadenceSpm(c)).toBe(150);
  });
  it('leaves a same-foot pair that is not two steps apart alone (a double detection, a leg mix-up)', () => {
    const c = [
      { side: 'left' as const, contactT: 0.4 },
      { side: 'right' as const, contactT: 0.8 },
      { side: 'right' as const, contactT: 1.2 },
      { side: 'left' as const, contactT: 1.6 },
    ];
    expect(cadenceSpm(c)).toBe(150);
  });
});
