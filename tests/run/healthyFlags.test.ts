import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyzeTrack } from '../../src/core/analyze/analyzeTrack.ts';
import type { CoreFlag, RunSection } from '../../src/core/report/report.ts';
import { runFlags } from '../../src/core/run/runFlags.ts';
import { trackParse } from '../../src/core/track/trackParse.ts';
import { gtRuns, type GtRun } from '../helpers/mocapGt.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';

const raised = (flags: CoreFlag[]) =>
  flags.filter((f) => f.severity !== 'info').map((f) => `${f.id}:${f.side}:${f.severity}`);
/** The GT steps three times over (shifted in time), so no flag is lowered for having < 7 steps per side. */
const tiled = (g: GtRun): RunSection => ({
  ...g.run,
  steps: [0, 1, 2].flatMap((r) => g.run.steps.map((s) => ({ ...s, contactT: s.contactT + 10 * r }))),
});

/**
 * A flag a healthy runner gets is worse than no flag: the healthy mocap runners (Hamner s04 2–5 m/s,
 * Dorn 7.0/9.4 m/s) raise no warn or alert, from their exact ground-truth steps and from the
 * product's own analysis of their noisy 30/60 fps tracks, with and without the speed given.
 */
describeWithShared(
  'no warn or alert flag on any healthy mocap runner',
  [['fixtures', 'mocap', 'MANIFEST.md']],
  () => {
    const runs = gtRuns();
    it('finds all 12 running fixtures', () => expect(runs.length).toBe(12));
    for (const g of runs) {
      it(`${g.id}: ground truth (cadence-estimated speed; and ×3 steps at the true ${g.speedMps} m/s)`, () => {
        expect(raised(runFlags(g.run, g.view, 0.9))).toEqual([]);
        expect(raised(runFlags(tiled(g), g.view, 0.9, undefined, { speedMps: g.speedMps }))).toEqual([]);
        expect(raised(runFlags(tiled(g), g.view, 0.9))).toEqual([]);
      });
      for (const k of ['30fps', '60fps']) {
        it(`${g.id}.${k}: analysed track`, () => {
          const track = trackParse(
            JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', `${g.id}.${k}.track.json`)!, 'utf8')),
          );
          const a = analyzeTrack(track);
          expect(a.activity).toBe('run');
          expect(a.run?.running).toBe(true);
          expect(raised(a.flags)).toEqual([]);
          expect(raised(analyzeTrack(track, { speedMps: g.speedMps }).flags)).toEqual([]);
        });
      }
    }
  },
);
