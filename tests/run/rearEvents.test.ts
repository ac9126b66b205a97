import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyzeRun } from '../../src/core/run/analyzeRun.ts';
import { cadenceSpm } from '../../src/core/run/cadence.ts';
import { ACTIVE_LANDING_LPS } from '../../src/core/run/rearActiveLandings.ts';
import { trackParse } from '../../src/core/track/trackParse.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';

interface GtStep {
  side: 'left' | 'right';
  contactT: number;
  optional?: boolean;
}
const gtOf = (id: string) =>
  JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', `${id}.gt.json`)!, 'utf8')) as {
    run: { cadenceSpm: number; steps: GtStep[] };
  };
const trackOf = (name: string) =>
  trackParse(JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', `${name}.track.json`)!, 'utf8')));

/** The rear analysis of one fixture track, with the clip's median landing speed (L/s) it measured. */
function rear(name: string) {
  let lps = NaN;
  const r = analyzeRun(trackOf(name), {
    view: 'rear',
    d: 1,
    tuning: { rear: { onLandingLps: (v) => (lps = v) } },
  });
  return { r, lps };
}

describeWithShared(
  'rear-view events: jogging from the pelvis, sprinting from the ankles (issue 12)',
  [['fixtures', 'mocap']],
  () => {
    for (const tr of [
      'hamner_subject04_run200',
      'hamner_subject04_run300',
      'hamner_subject04_run400',
      'hamner_subject04_run500',
      'dorn_run0700cms',
      'dorn_run0900cms',
    ]) {
      const sprint = tr.startsWith('dorn');
      for (const k of ['clean', '60fps', '30fps']) {
        it(`${tr}_rear.${k}: landings ${sprint ? 'active (ankle-timed)' : 'not active (pelvis-timed)'}; every required contact found within ${sprint ? 20 : 30} ms`, () => {
          const { r, lps } = rear(`${tr}_rear.${k}`);
          expect(lps >= ACTIVE_LANDING_LPS).toBe(sprint);
          const gt = gtOf(`${tr}_rear`).run.steps.filter((g) => !g.optional);
          const errs = gt.map((g) =>
            Math.min(
              ...r.run.steps.filter((s) => s.side === g.side).map((s) => Math.abs(s.contactT - g.contactT)),
            ),
          );
          // Hamner: the scorer's 30 ms. Dorn: 20 ms, which the pelvis path missed on these sprints
          // (7 m/s contacts 16-35 ms early, 9.4 m/s steps missed) and the ankle path meets (max 16 ms).
          for (const e of errs) expect(e).toBeLessThanOrEqual(sprint ? 0.02 : 0.03);
        });
      }
    }

    it("a sprint stance whose toe-off the clip cut lasts the clip's median stance, not the 0.25-s jogging default", () => {
      const steps = rear('dorn_run0700cms_rear.clean').r.run.steps;
      const last = steps[steps.length - 1]!;
      // Its toe-off lies past the clip end (1.648 s); the truth's stances last 0.153-0.160 s.
      expect(last.contactT).toBeGreaterThan(1.5);
      expect(last.toeOffT! - last.contactT).toBeGreaterThan(0.13);
      expect(last.toeOffT! - last.contactT).toBeLessThan(0.18);
    });

    it('a front view never takes the ankle path (its stance foot recedes: lowest in the image at contact)', () => {
      let lps = 0;
      analyzeRun(trackOf('dorn_run0900cms_rear.60fps'), {
        view: 'front',
        d: 1,
        tuning: { rear: { onLandingLps: (v) => (lps = v) } },
      });
      expect(lps).toBeNaN();
    });

    it("the last 7 m/s contact: its foot comes down on a path ~20 ms earlier, against its truth, than the clip's other contacts (why its cadence reads high)", () => {
      // Least-squares shift aligning the ankle's image height over the 200 ms before each left
      // contact with that before the mid-clip one (clean track, linear interpolation).
      for (const view of ['rear', 'side']) {
        const tr = trackOf(`dorn_run0700cms_${view}.clean`);
        const t = tr.frames.map((f) => f.t);
        const y = tr.frames.map((f) => f.kp[15]![1]);
        const at = (q: number) => {
          const i = Math.min(t.length - 2, Math.max(0, t.findIndex((x) => x > q) - 1));
          return y[i]! + ((y[i + 1]! - y[i]!) * (q - t[i]!)) / (t[i + 1]! - t[i]!);
        };
        const ics = gtOf(`dorn_run0700cms_${view}`)
          .run.steps.filter((g) => g.side === 'left')
          .map((g) => g.contactT);
        const path = (ic: number, sh: number) =>
          Array.from({ length: 51 }, (_, k) => at(ic + sh - 0.2 + k * 0.004));
        const ref = path(ics[1]!, 0);
        const shift = (ic: number) => {
          let best = [Infinity, 0];
          for (let sh = -0.04; sh <= 0.04 + 1e-9; sh += 0.001) {
            const e = path(ic, sh).reduce((a, v, k) => a + (v - ref[k]!) ** 2, 0);
            if (e < best[0]!) best = [e, sh];
          }
          return best[1]!;
        };
        expect(Math.abs(shift(ics[0]!))).toBeLessThan(0.01);
        expect(shift(ics[2]!)).toBeLessThan(-0.015);
      }
    });

    it('cadence on a 6-contact clip: one edge contact missed or 10 ms off exceeds the 2 spm tolerance even with every other contact exact', () => {
      for (const id of ['dorn_run0700cms_rear', 'dorn_run0900cms_rear']) {
        const gt = gtOf(id).run;
        const all = cadenceSpm(gt.steps)!;
        expect(Math.abs(all - gt.cadenceSpm)).toBeLessThan(0.01);
        // Without the last contact (7 m/s: 75 ms before the clip end; 9.4 m/s: 25 ms).
        const five = cadenceSpm(gt.steps.slice(0, -1))!;
        // The last contact 10 ms early.
        const shifted = cadenceSpm(
          gt.steps.map((s, i) => (i === gt.steps.length - 1 ? { ...s, contactT: s.contactT - 0.01 } : s)),
        )!;
        expect(Math.abs(shifted - all)).toBeGreaterThan(1.3);
        if (id.startsWith('dorn_run0700')) expect(Math.abs(five - all)).toBeGreaterThan(2);
        // Step intervals differ by several per cent within the clip: a subset is a different cadence.
        const iv = gt.steps.slice(1).map((s, i) => s.contactT - gt.steps[i]!.contactT);
        expect(
          (Math.max(...iv) - Math.min(...iv)) / (iv.reduce((a, b) => a + b, 0) / iv.length),
        ).toBeGreaterThan(0.07);
      }
    });
  },
);
