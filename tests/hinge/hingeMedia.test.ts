import { beforeAll, expect, it } from 'vitest';
import { analyzeHinge, type HingeAnalysis } from '../../src/core/hinge/analyzeHinge.ts';
import type { HingePattern } from '../../src/core/hinge/hingePattern.ts';
import { poseTrackForMedia } from '../helpers/mediaTrack.ts';
import { describeWithShared } from '../helpers/shared.ts';

// Real MoveNet tracks of the short side-view clips in shared/media/hinge (cached by mediaTrack).
// All three start at the bottom; rdl.mp4 ends before the lifter is fully upright.
const CLIPS = ['deadlift_good', 'deadlift_bad', 'rdl'] as const;
const got: Partial<Record<(typeof CLIPS)[number], HingeAnalysis>> = {};
const knee = (a: HingeAnalysis) => Number(a.hinge.reps[0]!.kneeFlexionDeg);

describeWithShared('hinge analysis on the real hinge clips', CLIPS.map((c) => ['media', 'hinge', `${c}.mp4`]), () => {
  beforeAll(async () => {
    for (const c of CLIPS) got[c] = analyzeHinge((await poseTrackForMedia(`media/hinge/${c}.mp4`))!);
  }, 240_000);

  it('finds exactly one rep in each clip', () => {
    for (const c of CLIPS) expect(got[c]!.hinge.repCount, `${c}: ${got[c]!.warnings.map((w) => w.en).join(' | ')}`).toBe(1);
  });

  it('the RDL is a hinge with small knee flexion', () => {
    const a = got.rdl!;
    expect((a.hinge.pattern as HingePattern).pattern).toBe('hinge');
    expect(Number(a.hinge.reps[0]!.hipKneeRatio)).toBeGreaterThanOrEqual(2);
  });

  it('the conventional deadlift from the floor bends the knees much more at the bottom than the RDL', () => {
    expect(knee(got.deadlift_good!)).toBeGreaterThan(knee(got.rdl!) + 20);
    expect(knee(got.deadlift_good!)).toBeGreaterThan(1.4 * knee(got.rdl!));
    expect(got.deadlift_good!.hinge.reps[0]!.startKind).toBe('bottom');
  });
});
