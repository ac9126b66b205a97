import { expect, it } from 'vitest';
import type { Report } from '../../core/report/report.ts';
import { timelineMarks } from './timelineMarks.ts';

const base: Report = {
  format: 'hipcheck-report',
  version: 1,
  activity: 'run',
  view: 'side',
  source: { name: 'x.mp4', durationS: 12, fps: 30 },
  flags: [],
  quality: { framesWithPose: 1, meanScore: 0.6, warnings: [] },
};

it('collects contacts, reps and every evidence time of every flag', () => {
  const r: Report = {
    ...base,
    run: {
      cadenceSpm: 170,
      steps: [
        { side: 'left', contactT: 0.5 },
        { side: 'right', contactT: 0.85 },
      ],
      summary: { left: {}, right: {} },
    },
    flags: [
      {
        id: 'overstride',
        severity: 'warn',
        side: 'left',
        title: { en: 'a', ja: 'あ' },
        detail: { en: 'b', ja: 'い' },
        evidence: [
          { t: 0.5, metric: 'footAheadOfHipRatio', value: 0.4 },
          { t: 2.5, metric: 'footAheadOfHipRatio', value: 0.38 },
        ],
      },
    ],
  };
  const m = timelineMarks(r);
  expect(m.durationS).toBe(12);
  expect(m.contacts).toEqual([
    { t: 0.5, side: 'left' },
    { t: 0.85, side: 'right' },
  ]);
  expect(m.flags.map((f) => f.t)).toEqual([0.5, 2.5]);
  expect(m.flags.every((f) => f.flagIndex === 0 && f.severity === 'warn')).toBe(true);
});

it('numbers reps from one and never ends before the last mark', () => {
  const r: Report = {
    ...base,
    activity: 'hinge',
    source: { name: 'y', durationS: 0, fps: 30 },
    hinge: {
      repCount: 1,
      reps: [
        {
          startT: 1,
          bottomT: 2,
          endT: 3.2,
          startKind: 'top',
          loweringS: 0,
          bottomPauseS: 0,
          risingS: 0,
          topPauseS: null,
          tempo: '0.0-0.0-0.0--',
        },
      ],
    },
  };
  const m = timelineMarks(r);
  expect(m.reps).toEqual([{ n: 1, startT: 1, bottomT: 2, endT: 3.2 }]);
  expect(m.durationS).toBe(3.2);
});
