import { expect, it } from 'vitest';
import type { Report } from '../../core/report/report.ts';
import { keyShots, type ShotText } from './keyShots.ts';

const text: ShotText = {
  pick: (x) => x.en,
  value: (_m, v) => v.toFixed(2),
  metric: (m) => m,
  contact: (side, t) => `${side} ${t}`,
  rep: (n) => `rep ${n}`,
};
const base: Report = {
  format: 'hipcheck-report',
  version: 1,
  activity: 'run',
  view: 'side',
  source: { name: 'a', durationS: 5, fps: 30 },
  run: {
    cadenceSpm: 170,
    steps: [
      { side: 'right', contactT: 0.4 },
      { side: 'left', contactT: 0.75 },
    ],
    summary: { left: {}, right: {} },
  },
  flags: [],
  quality: { framesWithPose: 1, meanScore: 0.7, warnings: [] },
};

it('shows each flag at its clearest evidence, most serious first', () => {
  const r: Report = {
    ...base,
    flags: [
      {
        id: 'a',
        severity: 'info',
        side: null,
        title: { en: 'A', ja: '' },
        detail: { en: '', ja: '' },
        evidence: [{ t: 1, metric: 'm', value: 1 }],
      },
      {
        id: 'b',
        severity: 'alert',
        side: 'left',
        title: { en: 'B', ja: '' },
        detail: { en: '', ja: '' },
        evidence: [
          { t: 2, metric: 'n', value: 0.31, threshold: 0.3 },
          { t: 3, metric: 'n', value: 0.5, threshold: 0.3 },
        ],
      },
    ],
  };
  const s = keyShots(r, text);
  expect(s.map((x) => [x.t, x.side, x.caption])).toEqual([
    [3, 'left', 'B — n 0.50'],
    [1, null, 'A — m 1.00'],
  ]);
});

it('falls back to first contacts or rep bottoms when nothing was flagged', () => {
  expect(keyShots(base, text).map((s) => s.caption)).toEqual(['left 0.75', 'right 0.4']);
  const h: Report = {
    ...base,
    activity: 'hinge',
    run: undefined,
    hinge: {
      repCount: 1,
      reps: [
        {
          startT: 0,
          bottomT: 1.2,
          endT: 2,
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
  expect(keyShots(h, text).map((s) => [s.t, s.caption])).toEqual([[1.2, 'rep 1']]);
});
