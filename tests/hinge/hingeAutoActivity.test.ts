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
