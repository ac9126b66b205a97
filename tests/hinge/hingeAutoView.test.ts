import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { analyzeTrack } from '../helpers/localized.ts';
import type { Report } from '../../src/core/report/report.ts';
import type { Track } from '../../src/core/track/track.ts';
import { poseTrackForMedia } from '../helpers/mediaTrack.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';

// Issue 13, auto view: the ~45° oblique tby66 `_2` takes were called 'front' by shoulder width, so
// in auto mode h_2 got no hips-rise-first and k_2 no squatting-the-hinge. A true front view
// (squats_front_5fps.mp4) and the opencap rear squats must stay frontal.
const clips = [
  'tby66/0016h_2.mp4',
  'tby66/0016k_2.mp4',
  'tby66/0016c_2.mp4',
  'coach-demos/kettlebell_swing_american.mp4',
];
const got = new Map<string, Report>();
const flagIds = (r: Report) => r.flags.filter((f) => f.severity !== 'info').map((f) => f.id);

describeWithShared(
  'auto view of oblique and frontal hinge clips',
  [
    ...clips.map((c) => ['media', 'hinge', ...c.split('/')]),
    ['media', 'squat-front', 'squats_front_5fps.mp4'],
    ['fixtures', 'mocap', 'opencap_squats1_rear.clean.track.json'],
  ],
  () => {
    beforeAll(async () => {
      for (const c of clips) got.set(c, analyzeTrack((await poseTrackForMedia(`media/hinge/${c}`))!));
      got.set('front', analyzeTrack((await poseTrackForMedia('media/squat-front/squats_front_5fps.mp4'))!));
      got.set(
        'rear',
        analyzeTrack(
          JSON.parse(
            readFileSync(sharedPath('fixtures', 'mocap', 'opencap_squats1_rear.clean.track.json')!, 'utf8'),
          ) as Track,
        ),
      );
    }, 600_000);

    it('oblique hinge takes are analysed as side views, with the oblique-camera warning', () => {
      for (const c of clips) {
        const r = got.get(c)!;
        expect(r.view, c).toBe('side');
        expect(r.hinge?.cameraOffSideDeg ?? 0, c).toBeGreaterThanOrEqual(25);
      }
    });

    it('h_2 gets hips-rise-first and k_2 squatting-the-hinge in auto mode; the good takes stay clean', () => {
      expect(flagIds(got.get('tby66/0016h_2.mp4')!)).toContain('hips-rise-first');
      expect(flagIds(got.get('tby66/0016k_2.mp4')!)).toContain('squatting-the-hinge');
      expect(flagIds(got.get('tby66/0016c_2.mp4')!)).toEqual([]);
      expect(flagIds(got.get('coach-demos/kettlebell_swing_american.mp4')!)).toEqual([]);
    });

    it('a true front view and a rear view stay frontal', () => {
      expect(got.get('front')!.view).toBe('front');
      expect(got.get('rear')!.view).toBe('rear');
    });
  },
);
