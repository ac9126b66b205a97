import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeTrack } from '../helpers/localized.ts';
import type { KeypointTriple, Track } from '../../src/core/track/track.ts';
import { keepOnePerson } from '../../src/core/track/keepOnePerson.ts';
import { trackParse } from '../../src/core/track/trackParse.ts';
import { poseTrackForMedia } from '../helpers/mediaTrack.ts';
import { describeWithShared, sharedPath, maleSideTruthSpm } from '../helpers/shared.ts';

const MEDIA = [
  'media/running/male_side.mp4',
  'media/running/overground_demo3.mp4',
  'media/walking/walk_demo4.mp4',
  'media/hinge/deadlift_good.mp4',
  'media/hinge/rdl.mp4',
  'media/hinge/deadlift_bad.mp4',
  'media/squat-front/squats_front_5fps.mp4',
  'media/hinge/coach-demos/dumbbell_rdl_split_screen.mp4',
  'media/hinge/coach-demos/kettlebell_swing_russian.mp4',
  'media/hinge/tby66/0016c_1.mp4',
  'media/hinge/tby66/0016c_2.mp4',
];
const truthSpm = maleSideTruthSpm;

/**
 * What MoveNet SinglePose does with two people in view: for `len` frames out of every `every` it
 * reports the other one. The other runner here is the same clip 3 s later, 80 % the size and
 * 250 px to the right (a second treadmill further back).
 */
function withSecondRunner(t: Track, every: number, len: number): Track {
  const n = t.frames.length;
  return {
    ...t,
    frames: t.frames.map((f, i) =>
      i % every < every - len
        ? f
        : {
            t: f.t,
            kp: t.frames[(i + 90) % n]!.kp.map(([x, y, s]): KeypointTriple => [
              x * 0.8 + 250,
              y * 0.8 + 100,
              s,
            ]),
          },
    ),
  };
}

describe('a second person in view', () => {
  it.each(MEDIA)(
    '%s: one person, no jump found',
    async (p) => {
      const t = await poseTrackForMedia(p);
      if (!t) throw new Error(`missing: ${p} not found`);
      expect(keepOnePerson(t).jumps).toBe(0);
      expect(analyzeTrack(t).detected).not.toHaveProperty('secondPerson');
    },
    300_000,
  );

  it('mocap fixtures (30/60 fps noisy and clean, runs up to 9.4 m/s): no jump found', () => {
    const dir = sharedPath('fixtures', 'mocap');
    if (!dir) throw new Error('missing: fixtures/mocap not found');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.track.json')))
      expect(keepOnePerson(trackParse(JSON.parse(readFileSync(join(dir, f), 'utf8')))).jumps, f).toBe(0);
  });

  it('walk_demo4.mp4 with a second walker the pose model switches to: said, still walking, no slow-motion suggestion', async () => {
    const t = await poseTrackForMedia('media/walking/walk_demo4.mp4');
    if (!t) throw new Error('missing: shared/media/walking/walk_demo4.mp4 not found');
    // Only frames where the walker is seen get the other one swapped in (MoveNet finds someone).
    const seen = (i: number) =>
      t.frames[i]!.kp.some((p) => p[2] > 0) && t.frames[(i + 60) % t.frames.length]!.kp.some((p) => p[2] > 0);
    const two: Track = {
      ...t,
      frames: t.frames.map((f, i) =>
        i % 30 >= 27 && seen(i)
          ? {
              t: f.t,
              kp: t.frames[(i + 60) % t.frames.length]!.kp.map(([x, y, s]): KeypointTriple => [
                x * 0.7 + 150,
                y * 0.7 + 60,
                s,
              ]),
            }
          : f,
      ),
    };
    const r = analyzeTrack(two);
    expect(r.detected).toHaveProperty('secondPerson');
    expect(r.quality.warnings.join(' ')).toMatch(/second person/);
    expect(r.detected?.gait).toBe('walking');
    expect(r.quality.suggestedSlowmoFactor).toBeUndefined();
    expect(r.flags).toEqual([]);
  }, 300_000);

  describeWithShared(
    'male_side.mp4 with a second runner the pose model switches to',
    [['media', 'running', 'male_side.groundtruth.json']],
    () => {
      it('flickers of 3 frames in 40: said (en + ja), the other runner left out, cadence still the truth', async () => {
        const t = (await poseTrackForMedia('media/running/male_side.mp4'))!;
        const two = withSecondRunner(t, 40, 3);
        const k = keepOnePerson(two);
        expect(k.otherFrames).toBe(27);
        two.frames.forEach((f, i) => {
          if (i % 40 < 37) expect(k.track.frames[i]).toEqual(t.frames[i]);
          else expect(k.track.frames[i]!.kp.every((p) => p[2] === 0)).toBe(true);
        });
        const r = analyzeTrack(two);
        const w = r.quality.warningText!.find((x) => x.en.includes('second person'))!;
        expect(w.ja).toMatch(/2 人目の人物/);
        expect(Math.abs(r.run!.cadenceSpm! - truthSpm())).toBeLessThanOrEqual(2);
      }, 300_000);
      it('half the frames on each: stops with a clear message and no numbers', async () => {
        const t = (await poseTrackForMedia('media/running/male_side.mp4'))!;
        const r = analyzeTrack(withSecondRunner(t, 10, 5));
        expect(r.run).toBeUndefined();
        expect(r.flags).toEqual([]);
        const w = r.quality.warningText!.find((x) => x.en.includes('two people are in view'))!;
        expect(w.en).toMatch(/Film one person alone/);
        expect(w.ja).toMatch(/1 人だけ/);
      }, 300_000);
    },
  );
});
