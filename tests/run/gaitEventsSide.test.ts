import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { gaitEventsSide, LANDING_HEIGHT_RATIO } from '../../src/core/run/gaitEventsSide.ts';
import { runSignals } from '../../src/core/run/runSignals.ts';
import { conditionTrack } from '../../src/core/signal/conditionTrack.ts';
import { trackParse } from '../../src/core/track/trackParse.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';

/**
 * Side-view initial contact against the force-plate-validated ground truth, on the clean (noise-free)
 * side tracks of a treadmill jogger (Hamner, 2-5 m/s, lands at the end of its forward reach) and an
 * overground sprinter (Dorn, 7 and 9.4 m/s, retracts the foot in the air before landing). Before the
 * landing wait, the Dorn contacts were 47 and 23 ms early (the foot most forward and the knee
 * straightest 35-70 and 20-50 ms before contact).
 */
const trials = [
  ...['200', '300', '400', '500'].map((sp) => `hamner_subject04_run${sp}_side`),
  'dorn_run0700cms_side',
  'dorn_run0900cms_side',
];

interface GtStep {
  side: string;
  contactT: number;
}

function icErrors(id: string, params = {}): number[] {
  const tr = trackParse(
    JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', `${id}.clean.track.json`)!, 'utf8')),
  );
  const gt = JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', `${id}.gt.json`)!, 'utf8')).run
    .steps as GtStep[];
  const ev = gaitEventsSide(runSignals(conditionTrack(tr, { activity: 'run', gapFill: 'cubic' }), 1), params);
  return gt.flatMap((g) => {
    const e = ev
      .filter((x) => x.side === g.side)
      .sort((a, b) => Math.abs(a.contactT - g.contactT) - Math.abs(b.contactT - g.contactT))[0];
    return e && Math.abs(e.contactT - g.contactT) < 0.15 ? [e.contactT - g.contactT] : [];
  });
}

describeWithShared(
  'side-view initial contact, jogging and sprinting (clean mocap side tracks)',
  [['fixtures', 'mocap']],
  () => {
    for (const id of trials) {
      it(`${id}: every ground-truth contact found, mean error within 15 ms, none beyond 25 ms`, () => {
        const err = icErrors(id);
        expect(err.length).toBeGreaterThanOrEqual(5);
        const mean = err.reduce((a, b) => a + b, 0) / err.length;
        console.log(
          `[ic] ${id}: mean ${(1000 * mean).toFixed(1)} ms, max |err| ${(1000 * Math.max(...err.map(Math.abs))).toFixed(1)} ms`,
        );
        expect(Math.abs(mean)).toBeLessThan(0.015); // Hamner 2 m/s: -13.7 ms, unchanged from before
        for (const e of err) expect(Math.abs(e)).toBeLessThan(0.025);
      });
    }

    it('the sprinter without the landing wait (forward reach and knee extension only) lands 20-50 ms early: the cause', () => {
      for (const id of ['dorn_run0700cms_side', 'dorn_run0900cms_side']) {
        const err = icErrors(id, { crispLandingLps: Infinity });
        const mean = err.reduce((a, b) => a + b, 0) / err.length;
        expect(mean).toBeLessThan(-0.02);
      }
      expect(LANDING_HEIGHT_RATIO).toBeGreaterThan(0);
    });
  },
);
