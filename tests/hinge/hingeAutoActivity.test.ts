import { beforeAll, expect, it } from 'vitest';
import { detectActivity } from '../../src/core/analyze/detectActivity.ts';
import { poseTrackForMedia } from '../helpers/mediaTrack.ts';
import { describeWithShared } from '../helpers/shared.ts';

// Issue 13: with the default "auto" activity, the labelled tby66 kettlebell-deadlift takes must be
// judged a hinge (before the IQR feature 9/10 were called 'run').
const takes = ['c', 'h', 'k', 'r', 'a'].flatMap((l) => ['1', '2'].map((c) => `0016${l}_${c}`));
const got = new Map<string, string>();

describeWithShared(
  'auto activity on the labelled tby66 hinge takes',
  takes.map((t) => ['media', 'hinge', 'tby66', `${t}.mp4`]),
  () => {
    beforeAll(async () => {
      for (const t of takes)
        got.set(t, detectActivity((await poseTrackForMedia(`media/hinge/tby66/${t}.mp4`))!).activity);
    }, 600_000);

    it('every take is a hinge', () => {
      for (const t of takes) expect(got.get(t), t).toBe('hinge');
    });
  },
);

// The coach demos whose feet offset moves without the feet moving against each other: the lifter of
// deadlift_drill_dowel turns from oblique to front to side (feetMotionRatio 0.213, read 'run'
// before the alternation count: a deadlift reported as running at 31 steps/min).
const demos = ['deadlift_drill_dowel', 'bar_path_drill_dowel'];
describeWithShared(
  'auto activity on the dowel drills (the lifter turns)',
  demos.map((d) => ['media', 'hinge', 'coach-demos', `${d}.mp4`]),
  () => {
    it('both are a hinge, though the offset of the feet spreads', async () => {
      for (const d of demos) {
        const a = detectActivity((await poseTrackForMedia(`media/hinge/coach-demos/${d}.mp4`))!);
        expect(a.activity, d).toBe('hinge');
        expect(a.feetAlternations, d).toBeLessThanOrEqual(1);
      }
      const turning = detectActivity(
        (await poseTrackForMedia('media/hinge/coach-demos/deadlift_drill_dowel.mp4'))!,
      );
      expect(turning.feetMotionRatio).toBeGreaterThan(0.13);
    }, 600_000);
  },
);
