import { expect, it } from 'vitest';
import type { Report } from '../../core/report/report.ts';
import { baseName, csvFileName, reportCsv } from './reportCsv.ts';

const base: Report = {
  format: 'hipcheck-report',
  version: 1,
  activity: 'run',
  view: 'side',
  source: { name: 'clips/male_side.mp4', durationS: 12, fps: 30 },
  flags: [],
  quality: { framesWithPose: 1, meanScore: 0.6, warnings: [] },
};

it('writes one row per step with the union of fields and empty cells for missing values', () => {
  const r: Report = {
    ...base,
    run: {
      cadenceSpm: 169,
      steps: [
        { side: 'left', contactT: 0.5, toeOffT: 0.75, kneeFlexionAtContactDeg: 12.25 },
        { side: 'right', contactT: 0.86, toeOffT: null, kneeFlexionAtContactDeg: null, trunkLeanDeg: 7.5 },
      ],
      summary: { left: {}, right: {} },
    },
  };
  expect(reportCsv(r).split('\r\n')).toEqual([
    'step,side,contactT,toeOffT,kneeFlexionAtContactDeg,trunkLeanDeg',
    '1,left,0.5,0.75,12.25,',
    '2,right,0.86,,,7.5',
    '',
  ]);
  expect(csvFileName(r)).toBe('male_side.steps.csv');
});

it('writes reps for a hinge and quotes text that needs it', () => {
  const r: Report = {
    ...base,
    activity: 'hinge',
    hinge: { repCount: 1, reps: [{ startT: 0.2, bottomT: 1.1, endT: 2, note: 'a, "b"' } as never] },
  };
  expect(reportCsv(r)).toBe('rep,startT,bottomT,endT,note\r\n1,0.2,1.1,2,"a, ""b"""\r\n');
  expect(baseName('C:\\v\\set.final.mov')).toBe('set.final');
});
