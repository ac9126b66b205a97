import { describe, expect, it } from 'vitest';
import type { HingeRep, Report } from '../report/report.ts';
import { compareReports } from './compareReports.ts';
import { syncEventTimes, syncMapTime } from './syncTimes.ts';

/** Phases and start of a rep (every analysed rep has them; the compare lists them as rows too). */
const PHASES = {
  startKind: 'top',
  loweringS: 1,
  bottomPauseS: 0,
  risingS: 1,
  topPauseS: null,
  tempo: '1.0-0.0-1.0--',
} as const;

const base = (over: Partial<Report>): Report => ({
  format: 'hipcheck-report',
  version: 1,
  activity: 'run',
  view: 'side',
  source: { name: 'x', durationS: 3, fps: 30 },
  flags: [],
  quality: { framesWithPose: 1, meanScore: 1, warnings: [] },
  ...over,
});

describe('compareReports', () => {
  it('lists per-side run metrics, cadence and counts with b − a', () => {
    const a = base({
      run: {
        cadenceSpm: 160,
        steps: [{ side: 'left', contactT: 0.5 }],
        summary: { left: { footAheadOfHipRatio: 0.3 }, right: { footAheadOfHipRatio: null } },
      },
    });
    const b = base({
      run: {
        cadenceSpm: 170,
        steps: [],
        summary: { left: { footAheadOfHipRatio: 0.2 }, right: { footAheadOfHipRatio: 0.25 } },
      },
    });
    const rows = compareReports(a, b);
    const row = (m: string, side: string | null) => rows.find((r) => r.metric === m && r.side === side);
    expect(row('cadenceSpm', null)).toEqual({
      metric: 'cadenceSpm',
      side: null,
      a: 160,
      b: 170,
      diff: 10,
      change: null,
    });
    expect(row('footAheadOfHipRatio', 'left')!.diff).toBeCloseTo(-0.1, 12);
    expect(row('footAheadOfHipRatio', 'right')).toMatchObject({ a: null, b: 0.25, diff: null });
    expect(row('stepCount', null)).toMatchObject({ a: 1, b: 0, diff: -1 });
    expect(row('contactT', 'left')).toBeUndefined();
  });

  it('takes the median over reps for hinge metrics', () => {
    const rep = (hipKneeRatio: number): HingeRep => ({
      startT: 0,
      bottomT: 1,
      endT: 2,
      hipKneeRatio,
      ...PHASES,
    });
    const a = base({ activity: 'hinge', hinge: { repCount: 3, reps: [rep(1), rep(3), rep(2)] } });
    const b = base({ activity: 'hinge', hinge: { repCount: 1, reps: [rep(4)] } });
    const rows = compareReports(a, b);
    expect(rows.find((r) => r.metric === 'hipKneeRatio')).toMatchObject({ a: 2, b: 4, diff: 2 });
    expect(rows.find((r) => r.metric === 'repCount')).toMatchObject({ a: 3, b: 1 });
    expect(rows.some((r) => r.metric === 'bottomT')).toBe(false);
  });
});

describe('syncMapTime', () => {
  const A = [1, 2, 3];
  const B = [0.5, 2.5, 3.5];
  it('maps matched events onto each other and interpolates between them', () => {
    expect(syncMapTime(A, B, 1)).toBeCloseTo(0.5, 12);
    expect(syncMapTime(A, B, 1.5)).toBeCloseTo(1.5, 12);
    expect(syncMapTime(A, B, 2.5)).toBeCloseTo(3, 12);
  });
  it('keeps a constant offset outside the events and maps unchanged without any', () => {
    expect(syncMapTime(A, B, 0)).toBeCloseTo(-0.5, 12);
    expect(syncMapTime(A, B, 4)).toBeCloseTo(4.5, 12);
    expect(syncMapTime([], B, 1.2)).toBe(1.2);
  });
  it('takes contacts or rep starts from a report, sorted', () => {
    const r = base({
      run: {
        cadenceSpm: 1,
        steps: [
          { side: 'left', contactT: 2 },
          { side: 'right', contactT: 1 },
        ],
        summary: { left: {}, right: {} },
      },
    });
    expect(syncEventTimes(r, 'contact')).toEqual([1, 2]);
    expect(syncEventTimes(r, 'rep')).toEqual([]);
  });

  it("marks a per-rep difference real only beyond the two sets' noise", () => {
    const rep = (hipKneeRatio: number): HingeRep => ({
      startT: 0,
      bottomT: 1,
      endT: 2,
      hipKneeRatio,
      ...PHASES,
    });
    const a = base({ activity: 'hinge', hinge: { repCount: 5, reps: [1.9, 2.0, 2.1, 2.0, 2.0].map(rep) } });
    const same = compareReports(a, a).find((r) => r.metric === 'hipKneeRatio')!;
    expect(same.change).toMatchObject({ real: false, moreSteps: null, nA: 5, nB: 5 });
    const far = base({ activity: 'hinge', hinge: { repCount: 5, reps: [2.9, 3.0, 3.1, 3.0, 3.0].map(rep) } });
    expect(compareReports(a, far).find((r) => r.metric === 'hipKneeRatio')!.change).toMatchObject({
      real: true,
    });
    const near = base({
      activity: 'hinge',
      hinge: { repCount: 5, reps: [1.95, 2.05, 2.15, 2.05, 2.05].map(rep) },
    });
    const n = compareReports(a, near).find((r) => r.metric === 'hipKneeRatio')!.change!;
    expect(n.real).toBe(false);
    expect(n.moreSteps).toBeGreaterThan(0);
    // Counts and cadence have no per-step noise: no verdict.
    expect(compareReports(a, far).find((r) => r.metric === 'repCount')!.change).toBeNull();
  });
});
