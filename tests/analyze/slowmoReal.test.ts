import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeTrack } from '../helpers/localized.ts';
import { gaitPeriodicity } from '../../src/core/analyze/gaitPeriodicity.ts';
import { chooseSlowmo } from '../../src/core/analyze/suggestSlowmo.ts';
import type { Track } from '../../src/core/track/track.ts';
import { trackParse } from '../../src/core/track/trackParse.ts';
import { poseVideo } from '../../src/cli/poseVideo.ts';
import { createNodePoseEstimator } from '../../src/pose/node/createNodePoseEstimator.ts';
import { poseTrackForMedia } from '../helpers/mediaTrack.ts';
import { describeWithShared, ROOT, sharedPath, maleSideTruthSpm } from '../helpers/shared.ts';

const RUN = ['media', 'running', 'male_side.mp4'];
/** The clip's pixel-measured cadence (no pose model), read from its ground-truth file. */
const truthSpm = maleSideTruthSpm;

/** What `ffmpeg -vf setpts=k*PTS` does to a 30 fps clip: same frames, k times further apart. */
const slowed = (t: Track, k: number): Track => ({
  ...t,
  fps: t.fps / k,
  frames: t.frames.map((f) => ({ t: f.t * k, kp: f.kp })),
});

describeWithShared(
  'slow motion read from the rhythm: male_side.mp4 slowed down',
  [RUN, ['media', 'running', 'male_side.groundtruth.json']],
  () => {
    it.each([2, 4, 5, 8, 10])(
      '×%i: the factor is suggested and, re-analysed, the cadence is within 2 steps/min of the truth',
      async (k) => {
        const t = await poseTrackForMedia(RUN.join('/'));
        const slow = slowed(t!, k);
        const first = analyzeTrack(slow);
        expect(first.quality.suggestedSlowmoFactor).toBe(k);
        expect(first.flags).toEqual([]);
        expect(
          first.quality.warningText!.some(
            (w) => w.en.includes(`slow-motion factor ${k}`) && w.ja.includes(`スロー倍率 ${k}`),
          ),
        ).toBe(true);
        const again = analyzeTrack(slow, { slowmoFactor: k });
        expect(again.quality.suggestedSlowmoFactor).toBeUndefined();
        expect(again.run!.running).toBe(true);
        expect(Math.abs(again.run!.cadenceSpm! - truthSpm())).toBeLessThanOrEqual(2);
      },
      300_000,
    );

    it('real time: no suggestion, the rhythm alone is within 1 step/min of the truth', async () => {
      const t = await poseTrackForMedia(RUN.join('/'));
      const r = analyzeTrack(t!);
      expect(r.quality.suggestedSlowmoFactor).toBeUndefined();
      expect(r.detected?.gait).toBe('running');
      expect(Math.abs(gaitPeriodicity(t!).cadenceSpm - truthSpm())).toBeLessThanOrEqual(1);
    }, 300_000);

    it('the whole path: a ×5 ffmpeg-slowed clip (first 4 s) through ffmpeg frames and MoveNet gets ×5 and the real cadence', async () => {
      const dir = join(ROOT, 'tests/artifacts/slowmo');
      mkdirSync(dir, { recursive: true });
      const clip = join(dir, 'male_side_first4s_x5.mp4');
      // setpts keeps every frame and spaces them 5x further apart; -r 6 keeps the file's rate honest.
      execFileSync('ffmpeg', [
        '-v',
        'error',
        '-y',
        '-t',
        '4',
        '-i',
        sharedPath(...RUN)!,
        '-vf',
        'setpts=5*PTS',
        '-r',
        '6',
        '-c:v',
        'libx264',
        '-pix_fmt',
        'yuv420p',
        '-an',
        clip,
      ]);
      const est = await createNodePoseEstimator({ model: 'lightning' });
      try {
        const { track } = await poseVideo(clip, est);
        expect(track.fps).toBeCloseTo(6, 3);
        const r = analyzeTrack(track);
        expect(r.quality.suggestedSlowmoFactor).toBe(5);
        const again = analyzeTrack(track, { slowmoFactor: 5 });
        expect(again.run!.running).toBe(true);
        expect(Math.abs(again.run!.cadenceSpm! - truthSpm())).toBeLessThanOrEqual(2);
      } finally {
        est.dispose();
      }
    }, 300_000);
  },
);

describeWithShared(
  'slow motion on the mocap running fixtures (no data here chose G_EFF except Hamner)',
  [['fixtures', 'mocap']],
  () => {
    const dir = sharedPath('fixtures', 'mocap')!;
    const files = readdirSync(dir).filter(
      (f) => /_run\d+(cms)?_/.test(f) && /\.(30fps|60fps)\.track\.json$/.test(f),
    );
    it.each(files)('%s: x1 none, x4/x5/x8/x10 right (and x2 in the side view)', (f) => {
      const t = trackParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      const view = f.includes('_rear') ? 'rear' : 'side';
      const got = [1, 2, 4, 5, 8, 10].map(
        (k) => chooseSlowmo(gaitPeriodicity(slowed(t, k)), t.fps / k, view)?.factor ?? 1,
      );
      // From behind there is no phase test to tell a ×2 run from a walk, so ×2 is not offered there.
      expect(got).toEqual(view === 'side' ? [1, 2, 4, 5, 8, 10] : [1, 1, 4, 5, 8, 10]);
    });
  },
);

describe('walking is not slow-motion running', () => {
  it('walk_demo4.mp4: walking by its phase, no running flags, no slow-motion suggestion, also when slowed ×2', async () => {
    const t = await poseTrackForMedia('media/walking/walk_demo4.mp4');
    if (!t) throw new Error('missing: shared/media/walking/walk_demo4.mp4 not found');
    for (const k of [1, 2]) {
      const r = analyzeTrack(slowed(t, k));
      expect(r.detected?.gait).toBe('walking');
      expect(r.run!.running).toBe(false);
      expect(r.flags).toEqual([]);
      expect(r.quality.suggestedSlowmoFactor).toBeUndefined();
    }
  }, 300_000);
});
