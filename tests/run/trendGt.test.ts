import { expect, it } from 'vitest';
import type { RunSection, RunStep } from '../../src/core/report/report.ts';
import { runFlags } from '../../src/core/run/runFlags.ts';
import { runTrend } from '../../src/core/run/runTrend.ts';
import { gtRun } from '../helpers/mocapGt.ts';
import { describeWithShared } from '../helpers/shared.ts';

/**
 * A long run made of a healthy runner's real ground-truth steps (Hamner s04 at 3 m/s, each step
 * reused in order, 66 steps: 11 per leg per third), once as it is and once degrading: over the
 * run the stance knee sinks 8° deeper and the hips 0.03 L further (the late-run pattern of
 * patterns.md). The real step-to-step variability comes with the reused steps.
 */
describeWithShared(
  'late-run breakdown on a GT-built long run',
  [['fixtures', 'mocap', 'MANIFEST.md']],
  () => {
    const g = gtRun('hamner_subject04_run300', 'side')!;
    const stepS = 60 / g.run.cadenceSpm!;
    const long = (degrade: boolean): RunSection => {
      const src = g.run.steps;
      const steps: RunStep[] = Array.from({ length: 66 }, (_, i) => {
        const side = i % 2 ? 'right' : 'left';
        const own = src.filter((x) => x.side === side);
        const base = own[Math.floor(i / 2) % own.length]!;
        const w = degrade ? i / 65 : 0;
        return {
          ...base,
          side,
          contactT: i * stepS,
          toeOffT: i * stepS + (base.contactTimeS ?? 0.3),
          peakKneeFlexionStanceDeg: (base.peakKneeFlexionStanceDeg as number) + 8 * w,
          hipDropStanceRatio: (base.hipDropStanceRatio as number) + 0.03 * w,
        };
      });
      return {
        cadenceSpm: g.run.cadenceSpm,
        steps,
        summary: { left: {}, right: {} },
        trend: runTrend(steps),
      };
    };
    it('is silent on the steady run', () => {
      const r = long(false);
      expect(r.trend).not.toBeNull();
      expect(
        runFlags(r, 'side', 0.9, undefined, { speedMps: 3 }).filter((f) => f.id === 'late-run-breakdown'),
      ).toEqual([]);
    });
    it('fires per leg on the degrading run, with evidence early and late', () => {
      const r = long(true);
      const f = runFlags(r, 'side', 0.9, undefined, { speedMps: 3 }).filter(
        (x) => x.id === 'late-run-breakdown',
      );
      expect(f.map((x) => x.side).sort()).toEqual(['left', 'right']);
      for (const fl of f) {
        expect(fl.severity).not.toBe('info');
        const tr = r.trend!.sides[fl.side!]!;
        expect(fl.evidence.some((e) => e.t <= tr.firstS[1])).toBe(true);
        expect(fl.evidence.some((e) => e.t >= tr.lastS[0])).toBe(true);
      }
    });
  },
);
