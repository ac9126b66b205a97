import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { analyzeTrack } from '../helpers/localized.ts';
import { gaitPeriodicity } from '../../src/core/analyze/gaitPeriodicity.ts';
import type { KeypointTriple, Track } from '../../src/core/track/track.ts';
import { trackParse } from '../../src/core/track/trackParse.ts';
import { poseTrackForMedia } from '../helpers/mediaTrack.ts';
import { describeWithShared, sharedPath, maleSideTruthSpm } from '../helpers/shared.ts';

const truthSpm = maleSideTruthSpm;

describeWithShared(
  'the rhythm, body-relative: treadmill, tracking camera, runner crossing the frame',
  [
    ['fixtures', 'mocap'],
    ['media', 'running', 'male_side.groundtruth.json'],
  ],
  () => {
    const dir = sharedPath('fixtures', 'mocap')!;
    const runs = readdirSync(dir).filter((f) => /_run\d+(cms)?_/.test(f) && f.endsWith('.track.json'));
    it.each(runs)('%s: the contact-free rhythm is within 2 %% of the force-plate cadence', (f) => {
      const gt = JSON.parse(
        readFileSync(join(dir, f.replace(/\.(clean|30fps|60fps)\.track\.json$/, '.gt.json')), 'utf8'),
      ) as { run: { cadenceSpm: number } };
      const p = gaitPeriodicity(trackParse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
      expect(Math.abs(Math.log(p.cadenceSpm / gt.run.cadenceSpm))).toBeLessThanOrEqual(Math.log(1.02));
    });

    it('male_side.mp4 filmed by a camera that pans and shakes: same view, rhythm and cadence', async () => {
      const t = (await poseTrackForMedia('media/running/male_side.mp4'))!;
      // The camera drifts 60 px/s sideways and sways ±40 px at 0.4 Hz and ±15 px vertically at 0.7 Hz.
      const pan = (tS: number) =>
        [60 * tS + 40 * Math.sin(2 * Math.PI * 0.4 * tS), 15 * Math.sin(2 * Math.PI * 0.7 * tS)] as const;
      const panned: Track = {
        ...t,
        frames: t.frames.map((f) => ({
          t: f.t,
          kp: f.kp.map(([x, y, s]): KeypointTriple =>
            s > 0 ? [x - pan(f.t)[0], y - pan(f.t)[1], s] : [x, y, s],
          ),
        })),
      };
      const a = analyzeTrack(t);
      const b = analyzeTrack(panned);
      expect(b.view).toBe('side');
      expect(b.run!.running).toBe(true);
      expect(Math.abs(b.run!.cadenceSpm! - truthSpm())).toBeLessThanOrEqual(2);
      expect(Math.abs(b.detected!.rhythmCadenceSpm! - a.detected!.rhythmCadenceSpm!)).toBeLessThanOrEqual(1);
    }, 300_000);
  },
);

it('overground_demo3.mp4 (one 1.6-s pass across the frame): a side-view run that says how many steps it holds and how long to film', async () => {
  const t = await poseTrackForMedia('media/running/overground_demo3.mp4');
  if (!t) throw new Error('missing: shared/media/running/overground_demo3.mp4 not found');
  const r = analyzeTrack(t);
  expect(r.view).toBe('side');
  expect(r.activity).toBe('run');
  expect(r.detected?.gait).toBe('running');
  const w = r.quality.warningText!.find((x) => /holds about \d+ step/.test(x.en))!;
  const held = Number(/holds about (\d+)/.exec(w.en)![1]);
  // 1.6 s at a running cadence of 150–300 steps/min is 4–8 steps.
  expect(held).toBeGreaterThanOrEqual(4);
  expect(held).toBeLessThanOrEqual(8);
  expect(w.en).toMatch(/film at least \d+ s/);
  expect(w.ja).toMatch(/約 \d+ 歩/);
  expect(r.flags.filter((f) => f.severity !== 'info')).toEqual([]);
}, 300_000);

it('male_side.mp4 (12 s, 33 steps) is long enough: no steps-needed message', async () => {
  const t = await poseTrackForMedia('media/running/male_side.mp4');
  if (!t) throw new Error('missing: shared/media/running/male_side.mp4 not found');
  expect(analyzeTrack(t).quality.warnings.join(' ')).not.toMatch(/holds about/);
}, 300_000);

it('the header frame rate does not matter: a track written by the CLI (ffprobe average rate) and by the app (median interval) give the same report', async () => {
  const t = await poseTrackForMedia('media/running/male_side.mp4');
  if (!t) throw new Error('missing: shared/media/running/male_side.mp4 not found');
  // A 60 fps phone clip that dropped one frame in 29: ffprobe's average rate is 58.2, the median interval 1/60.
  const vfr: Track = { ...t, frames: t.frames.filter((_, i) => i % 29 !== 7) };
  const cli = analyzeTrack({ ...vfr, fps: 29.0 });
  const app = analyzeTrack({ ...vfr, fps: 30 });
  expect(cli).toEqual(app);
  expect(app.source.fps).toBe(30);
}, 300_000);

it("unequal left and right steps (one leg's knee and ankle shown 50 % / 30 % of their true reach): the rhythm still finds the step, and the cadence is kept", async () => {
  const t = await poseTrackForMedia('media/running/male_side.mp4');
  if (!t) throw new Error('missing: shared/media/running/male_side.mp4 not found');
  const shrink = (g: number): Track => ({
    ...t,
    frames: t.frames.map((f) => ({
      t: f.t,
      kp: f.kp.map((p, k): KeypointTriple =>
        k === 14 || k === 16 ? [f.kp[12]![0] + g * (p[0] - f.kp[12]![0]), p[1], p[2]] : p,
      ),
    })),
  });
  expect(Math.abs(gaitPeriodicity(shrink(0.5)).cadenceSpm - truthSpm())).toBeLessThanOrEqual(1.5);
  for (const g of [0.5, 0.3])
    expect(Math.abs(analyzeTrack(shrink(g)).run!.cadenceSpm! - truthSpm())).toBeLessThanOrEqual(2);
}, 300_000);
