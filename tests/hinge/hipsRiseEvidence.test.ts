import { beforeAll, expect, it } from 'vitest';
import { analyzeTrack } from '../helpers/localized.ts';
import type { Report } from '../../src/core/report/report.ts';
import { poseTrackForMedia } from '../helpers/mediaTrack.ts';
import { describeWithShared } from '../helpers/shared.ts';

// Issue 13 item 3: hips-rise-first shows its evidence frames at the bar-below-knee instant of the
// ascent (the kettlebell still below the knees while the lifter rises), not at the bottom.
const takes = ['0016h_1', '0016h_2'];
const got = new Map<string, Report>();

describeWithShared(
  'hips-rise-first evidence at the bar-below-knee instant',
  takes.map((t) => ['media', 'hinge', 'tby66', `${t}.mp4`]),
  () => {
    beforeAll(async () => {
      for (const t of takes)
        got.set(
          t,
          analyzeTrack((await poseTrackForMedia(`media/hinge/tby66/${t}.mp4`))!, {
            activity: 'hinge',
            view: 'side',
          }),
        );
    }, 600_000);

    it("every evidence frame lies in a rep's ascent, after its bottom, at that rep's bar-below-knee instant", () => {
      for (const t of takes) {
        const r = got.get(t)!;
        const reps = r.hinge!.reps;
        const flag = r.flags.find((f) => f.id === 'hips-rise-first');
        expect(flag, t).toBeDefined();
        expect(flag!.evidence.length, t).toBeGreaterThan(0);
        for (const e of flag!.evidence) {
          const rep = reps.find((x) => x.bottomT <= e.t && e.t <= x.endT)!;
          expect(rep, `${t} @${e.t}`).toBeDefined();
          expect(e.t, `${t} @${e.t}`).toBeGreaterThan(rep.bottomT);
          expect(e.t).toBe(rep.barBelowKneeRiseT);
        }
      }
    });
  },
);
