import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyzeRun } from '../../src/core/run/analyzeRun.ts';
import { cadenceSpm } from '../../src/core/run/cadence.ts';
import type { Track } from '../../src/core/track/track.ts';
import { trackParse } from '../../src/core/track/trackParse.ts';
import { noisyVariant } from '../../scripts/noise-robustness.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';

function draw(id: string, fps: number, seed: number) {
  const gt = JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', `${id}.gt.json`)!, 'utf8'));
  const clean: Track = trackParse(
    JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', `${id}.clean.track.json`)!, 'utf8')),
  );
  const r = analyzeRun(noisyVariant(clean, fps, 7919 * seed + fps, gt.subjectHeightPx), {
    view: 'side',
    d: 1,
  });
  return { r, gt };
}

/**
 * The side view's stance events on the Dorn sprints (0.46–0.6 s strides, 1.3–1.65 s clips), on
 * fresh noise draws of the clean tracks (the fixtures' own noise model):
 * - toe-off is searched before the same foot's next forward reach. The fixed 0.6 s window (a
 *   jogger's stride) reached into the next stride at 9.4 m/s: 4 of 16 draws at 60 fps had a
 *   mid-clip step whose "toe-off" was the next stance's, 0.58 s after contact, so every stance
 *   metric of that step was blank.
 * - a contact at a clip edge whose leg was not seen at the contact instant is not reported as a
 *   step of blanks, and still counts for the cadence (1 of 192 side draws, seeds 1–16, 30 and 60 fps:
 *   7.0 m/s at 30 fps, seed 6).
 */
describeWithShared(
  'side-view stance events on a sprinter (fresh noise draws)',
  [['fixtures', 'mocap']],
  () => {
    it('9.4 m/s, 60 fps, 16 draws: every step that is not the clip’s first or last has a toe-off within a sprint stance', () => {
      let inner = 0;
      for (let seed = 1; seed <= 16; seed++) {
        const steps = draw('dorn_run0900cms_side', 60, seed).r.run.steps;
        for (const st of steps) expect(st.kneeFlexionAtContactDeg).not.toBeNull();
        for (const st of steps.slice(1, -1)) {
          inner++;
          expect(st.toeOffT).not.toBeNull();
          expect(st.toeOffT! - st.contactT).toBeGreaterThan(0.08);
          expect(st.toeOffT! - st.contactT).toBeLessThan(0.2);
        }
      }
      expect(inner).toBeGreaterThanOrEqual(16 * 3);
    });

    it('a last contact whose knee was not seen is left out of the steps and kept in the cadence', () => {
      const { r, gt } = draw('dorn_run0700cms_side', 30, 6);
      const steps = r.run.steps;
      for (const st of steps) expect(st.kneeFlexionAtContactDeg).not.toBeNull();
      // The steps alone span one contact less than the cadence does.
      const last = (gt.run.steps as { contactT: number }[]).at(-1)!.contactT;
      expect(steps.every((st) => Math.abs(st.contactT - last) > 0.05)).toBe(true);
      expect(cadenceSpm(steps)).not.toBeCloseTo(r.run.cadenceSpm!, 3);
      expect(Math.abs(r.run.cadenceSpm! - gt.run.cadenceSpm)).toBeLessThan(2);
    });
  },
);
