import { beforeAll, expect, it } from 'vitest';
import { analyzeHinge, type HingeAnalysis } from '../helpers/localized.ts';
import { poseTrackForMedia } from '../helpers/mediaTrack.ts';
import { describeWithShared } from '../helpers/shared.ts';

// Real MoveNet tracks of the short side-view clips in shared/media/hinge (cached by mediaTrack).
// All three start at the bottom; rdl.mp4 ends before the lifter is fully upright (its frames: the
// trunk is still ~35-40° above horizontal when the clip ends), so it has 0 complete reps; its pull is
// measured with the floor-lockout rule switched off to compare its shape with the deadlift's.
const CLIPS = ['deadlift_good', 'deadlift_bad', 'rdl'] as const;
const got: Partial<Record<(typeof CLIPS)[number] | 'rdlPull', HingeAnalysis>> = {};
const knee = (a: HingeAnalysis) => Number(a.hinge.reps[0]!.kneeFlexionDeg);

describeWithShared(
  'hinge analysis on the real hinge clips',
  CLIPS.map((c) => ['media', 'hinge', `${c}.mp4`]),
  () => {
    beforeAll(async () => {
      for (const c of CLIPS) got[c] = analyzeHinge((await poseTrackForMedia(`media/hinge/${c}.mp4`))!);
      got.rdlPull = analyzeHinge((await poseTrackForMedia('media/hinge/rdl.mp4'))!, {
        floorLockoutFrac: Infinity,
      });
    }, 240_000);

    it('finds one rep in each deadlift and none in the RDL that stops short of lockout, with a message and no flag', () => {
      for (const c of ['deadlift_good', 'deadlift_bad'] as const)
        expect(got[c]!.hinge.repCount, `${c}: ${got[c]!.warnings.map((w) => w.en).join(' | ')}`).toBe(1);
      const r = got.rdl!;
      expect(r.hinge.repCount).toBe(0);
      expect(r.hinge.incompleteReps).toEqual([expect.objectContaining({ reason: 'no-lockout' })]);
      expect(r.flags).toEqual([]);
      expect(r.warnings.some((w) => /does not reach lockout/.test(w.en) && /ロックアウト/.test(w.ja))).toBe(
        true,
      );
      expect(got.rdlPull!.hinge.repCount).toBe(1);
    });

    it('the RDL is a hinge with small knee flexion', () => {
      const a = got.rdlPull!;
      expect(a.hinge.pattern?.pattern).toBe('hinge');
      expect(Number(a.hinge.reps[0]!.hipKneeRatio)).toBeGreaterThanOrEqual(2);
    });

    it('the conventional deadlift from the floor bends the knees much more at the bottom than the RDL', () => {
      expect(knee(got.deadlift_good!)).toBeGreaterThan(knee(got.rdlPull!) + 20);
      expect(knee(got.deadlift_good!)).toBeGreaterThan(1.4 * knee(got.rdlPull!));
      expect(got.deadlift_good!.hinge.reps[0]!.startKind).toBe('bottom');
    });
  },
);
