import { describe, expect, it } from 'vitest';
import type { RunSection, RunStep } from '../report/report.ts';
import { gaitPlausibility, RUN_CADENCE_MAX_SPM } from './gaitPlausibility.ts';

/** A side-view run section: `n` steps at `cadence`, each with the given stance numbers. */
function section(cadence: number, step: Partial<RunStep>, n = 8): RunSection {
  const dt = 60 / cadence;
  const steps = Array.from({ length: n }, (_, k): RunStep => ({
    side: k % 2 ? 'right' : 'left',
    contactT: k * dt,
    toeOffT: k * dt + 0.5 * dt,
    contactTimeS: 0.5 * dt,
    confidence: 1,
    ...step,
  }));
  return { cadenceSpm: cadence, steps, summary: { left: {}, right: {} } };
}

describe('gaitPlausibility', () => {
  it('a 9.4 m/s sprint (Dorn: 259 steps/min, 0.12 s contacts, pelvis sinking only 0.011-0.036 L) is running', () => {
    const p = gaitPlausibility(
      section(259.4, { contactTimeS: 0.12, hipDropStanceRatio: 0.015, verticalOscillationRatio: 0.03 }),
      'side',
    );
    expect(p.running).toBe(true);
    expect(p.warnings).toEqual([]);
  });

  it('sprinting cadences up to ~300 steps/min are admitted, beyond that the frame rate is questioned', () => {
    expect(RUN_CADENCE_MAX_SPM).toBeGreaterThanOrEqual(290);
    expect(
      gaitPlausibility(section(290, { hipDropStanceRatio: 0.03, verticalOscillationRatio: 0.04 }), 'side')
        .running,
    ).toBe(true);
    const fast = gaitPlausibility(
      section(340, { hipDropStanceRatio: 0.03, verticalOscillationRatio: 0.04 }),
      'side',
    );
    expect(fast.running).toBe(false);
    expect(fast.warnings[0]!.key).toBe('warn.run.cadenceTooHigh');
  });

  it('walking stays walking: a pelvis that does not sink after contact (a small share of its oscillation)', () => {
    const p = gaitPlausibility(
      section(150, { hipDropStanceRatio: 0.005, verticalOscillationRatio: 0.05 }),
      'side',
    );
    expect(p.running).toBe(false);
    expect(p.warnings[0]!.key).toBe('warn.run.walkingNoSink');
  });

  it('a slow-motion file still gets its factor suggested', () => {
    const p = gaitPlausibility(
      section(42, { hipDropStanceRatio: 0.06, verticalOscillationRatio: 0.09 }),
      'side',
    );
    expect(p.running).toBe(false);
    expect(p.suggestedSlowmo).toBe(4);
  });
});
