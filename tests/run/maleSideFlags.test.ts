import { expect, it } from 'vitest';
import { analyzeTrack } from '../../src/core/analyze/analyzeTrack.ts';
import { breakdownFlags } from '../../src/core/run/runBreakdownFlags.ts';
import { flaggableSteps } from '../../src/core/run/runFlags.ts';
import { RUN_THRESHOLDS } from '../../src/core/run/runThresholds.ts';
import { runTrend } from '../../src/core/run/runTrend.ts';
import { poseTrackForMedia } from '../helpers/mediaTrack.ts';
import { describeWithShared } from '../helpers/shared.ts';

/**
 * male_side.mp4: a steady 12-s treadmill run seen from the runner's left (d = −1, left leg near;
 * the right leg is the far one, half hidden by the console at the front of the stride).
 */
describeWithShared(
  'male_side.mp4: no flag on the far leg, no late-run trend',
  [['media', 'running', 'male_side.mp4']],
  () => {
    it('raises no flag on the far (right) leg and no asymmetry between near and far', async () => {
      const track = await poseTrackForMedia('media/running/male_side.mp4');
      const r = analyzeTrack(track!);
      expect(r.view).toBe('side');
      expect(r.detected?.d).toBe(-1);
      expect(r.flags.filter((f) => f.side === 'right')).toEqual([]);
      expect(r.flags.filter((f) => f.id === 'asymmetry')).toEqual([]);
      expect(r.run!.steps.every((s) => typeof s.legScore === 'number')).toBe(true);
    });
    it('the trend is silent: too few steps per leg-window, and no change beyond the noise floor even with 5, dropping a step at either end', async () => {
      const track = await poseTrackForMedia('media/running/male_side.mp4');
      const r = analyzeTrack(track!);
      const run = r.run!;
      expect(run.trend).toBeNull();
      expect(r.flags.filter((f) => f.id === 'late-run-breakdown')).toEqual([]);
      const steps = flaggableSteps(run.steps, 'side', 'left');
      for (const s of [steps, steps.slice(1), steps.slice(0, -1), steps.slice(2), steps.slice(0, -2)]) {
        const tr = runTrend(s, 5);
        expect(tr?.sides.left).toBeDefined();
        expect(tr?.sides.right).toBeDefined();
        expect(breakdownFlags(tr!, RUN_THRESHOLDS, 0.7, s)).toEqual([]);
      }
    });
  },
);
