import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyzeTrack } from '../helpers/localized.ts';
import type { Report } from '../../src/core/report/report.ts';
import { KP } from '../../src/core/track/keypoints.ts';
import type { Track } from '../../src/core/track/track.ts';
import { trackParse } from '../../src/core/track/trackParse.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';

/**
 * footAheadOfComRatio when the pose model loses the far arm or leg (as on male_side.mp4, where the
 * far wrist is unseen in 66 % of frames): the side view's COM takes the missing limb from the other
 * side half a stride away (comModel.fillBySymmetry). On the mocap side tracks, with one side's arm
 * hidden in every frame, each step's value must stay close to the ground truth (and to the value
 * with everything seen); by the old rule (no partial COM) every step would have no value.
 */
const ids = ['200', '300', '400', '500'].map((sp) => `hamner_subject04_run${sp}_side`);
const HIDE: Record<string, number[]> = {
  'right arm': [KP.right_elbow, KP.right_wrist],
  'left arm': [KP.left_elbow, KP.left_wrist],
  'right arm and ear': [KP.right_elbow, KP.right_wrist, KP.right_ear],
};

const hide = (t: Track, ks: number[]): Track => ({
  ...t,
  frames: t.frames.map((f) => ({ ...f, kp: f.kp.map((p, k) => (ks.includes(k) ? [p[0], p[1], 0] : p)) })),
});
const comRatios = (r: Report) =>
  r.run!.steps.map((s) => [s.contactT, s.footAheadOfComRatio ?? null] as const);

interface Gt {
  run: { steps: { contactT: number; footAheadOfComRatio?: number }[] };
}

describeWithShared('side-view COM with a hidden limb (mocap side tracks)', [['fixtures', 'mocap']], () => {
  for (const id of ids) {
    it(`${id}.clean: footAheadOfComRatio within 0.03 leg lengths of the ground truth with an arm (or arm and ear) hidden in every frame`, () => {
      const track = trackParse(
        JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', `${id}.clean.track.json`)!, 'utf8')),
      );
      const gt = (JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', `${id}.gt.json`)!, 'utf8')) as Gt)
        .run.steps;
      const full = comRatios(analyzeTrack(track, { activity: 'run', view: 'side' }));
      for (const [what, ks] of Object.entries(HIDE)) {
        const got = comRatios(analyzeTrack(hide(track, ks), { activity: 'run', view: 'side' }));
        expect(
          got.map(([t]) => t),
          what,
        ).toEqual(full.map(([t]) => t));
        const errs = got.map(([t, v]) => {
          const g = gt.reduce((a, b) => (Math.abs(b.contactT - t) < Math.abs(a.contactT - t) ? b : a));
          expect(v, `${what} at ${t}`).not.toBeNull();
          return Math.abs(v! - g.footAheadOfComRatio!);
        });
        console.log(
          `[com] ${id} ${what} hidden: |error| max ${Math.max(...errs).toFixed(4)} (all seen: ${Math.max(...full.map(([t, v]) => Math.abs(v! - gt.reduce((a, b) => (Math.abs(b.contactT - t) < Math.abs(a.contactT - t) ? b : a)).footAheadOfComRatio!))).toFixed(4)})`,
        );
        for (const e of errs) expect(e, what).toBeLessThan(0.03);
      }
    });
  }
});
