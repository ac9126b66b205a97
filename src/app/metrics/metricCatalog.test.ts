import { describe, expect, it } from 'vitest';
import { normLevels, RUN_SPEED_NORMS } from '../../core/run/runNorms.ts';
import { RUN_THRESHOLDS } from '../../core/run/runThresholds.ts';
import { gtRuns } from '../../../tests/helpers/mocapGt.ts';
import { describeWithShared } from '../../../tests/helpers/shared.ts';
import { inTypicalRange, metricRange } from './metricCatalog.ts';

describe('typical bands are the flag norms', () => {
  it('speed-dependent bands end where the flag starts, at the run speed', () => {
    expect(metricRange('footAheadOfHipRatio', { mps: 4, source: 'user' })![1]).toBeCloseTo(
      normLevels(RUN_SPEED_NORMS.footAheadOfHipRatio, 4).warn,
      3,
    );
    expect(metricRange('shankAngleAtContactDeg', null)).toBeUndefined();
    expect(metricRange('cadenceSpm', { mps: 3, source: 'cadence' })).toBeUndefined();
    expect(metricRange('pelvicDropDeg')).toEqual([null, RUN_THRESHOLDS.pelvicDropDeg.warn]);
    expect(metricRange('kneeFlexionAtContactDeg')).toBeUndefined();
  });
});

describeWithShared(
  'typical bands hold the healthy mocap runners',
  [['fixtures', 'mocap', 'MANIFEST.md']],
  () => {
    it('every healthy mocap step value of a banded metric lies inside its band at the true speed', () => {
      const runs = gtRuns();
      expect(runs.length).toBe(12);
      const out: string[] = [];
      for (const g of runs) {
        for (const s of g.run.steps) {
          for (const m of [
            'peakKneeFlexionStanceDeg',
            'shankAngleAtContactDeg',
            'footAheadOfHipRatio',
            'trunkLeanDeg',
            'hipDropStanceRatio',
            'verticalOscillationRatio',
            'contactTimeS',
            'trailingLegRatio',
            'pelvicDropDeg',
            'kneeFppaDeg',
            'stepWidthRatio',
          ] as const) {
            const v = s[m];
            if (typeof v === 'number' && inTypicalRange(m, v, { mps: g.speedMps, source: 'user' }) === false)
              out.push(`${g.id} ${m} ${v}`);
          }
        }
      }
      expect(out).toEqual([]);
      expect(inTypicalRange('cadenceSpm', 130, { mps: 4, source: 'user' })).toBe(false);
    });
  },
);
