import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { analyzeTrack } from '../../src/core/analyze/analyzeTrack.ts';
import { trackParse } from '../../src/core/track/trackParse.ts';
import { describeWithShared, sharedPath, SHARED } from '../helpers/shared.ts';

const SCORER = join(SHARED, 'tools/score.py');
// Hamner subject04 treadmill 2-5 m/s and Dorn overground sprints 7.0 / 9.4 m/s (tracking camera).
const trials = [
  ...['200', '300', '400', '500'].map((sp) => `hamner_subject04_run${sp}`),
  'dorn_run0700cms',
  'dorn_run0900cms',
];
const ids = trials.flatMap((t) => (['side', 'rear'] as const).map((v) => `${t}_${v}`));
const kinds = ['60fps', '30fps', 'clean'] as const;

/**
 * Known failures, measured (never a loosened tolerance): each entry lists the checks the scorer
 * fails on. All side-view fixtures and all Hamner rear ones pass. The Dorn sprints' rear views are
 * timed by the ankles (gaitEventsRear → rearActiveLandings: their landings are active), which puts
 * every required contact within 16 ms of the truth (all contacts: mean |error| 7 ms, max 23 ms on
 * the last, optional one; tests/run/rearEvents.test.ts) and passes recall, contactT and
 * stepWidthRatio everywhere (the pelvis path missed 9.4 m/s steps and timed 7 m/s contacts 16-35 ms
 * early); what still fails, and why:
 * - cadenceSpm: too few steps for a 2-spm tolerance. These clips hold 6 contacts in 1.29–1.65 s
 *   (4–5 intervals). With the span formula of metrics.md, one contact 10 ms off moves the cadence by
 *   cadence × 0.01 / span = 1.4 spm (7 m/s) and 2.8 spm (9.4 m/s, 4 intervals over 0.92 s when the
 *   last contact, 25 ms before the clip end, cannot be seen); the step intervals themselves differ
 *   by up to ±4 % (tests/run/rearEvents.test.ts). The last 7 m/s contact's foot comes down on a path
 *   about 20 ms earlier, against its ground-truth IC, than the clip's other contacts (its ankle
 *   path before contact aligns 22 ms early in the rear and 26 ms early in the side clean track,
 *   asserted in rearEvents.test.ts), and the ankle cue reads it 19-23 ms early at every fps, so
 *   the 7 m/s spans come out short and the cadence 2.3-5.0 spm high.
 * - kneeFppaDeg at 9.4 m/s: read at the stance's lowest hip point (metrics.md), which at this speed
 *   lies at toe-off on the left steps (gt fppaT = toeOffT), where the knee flexes fast: the
 *   fixture's own oracle-timing baseline (MANIFEST.md) fails it too (MAE 5.9–6.0°, tol 3°).
 * - pelvicDropDeg at 7 m/s 30 fps: the fixture's noise draw; the oracle-timing baseline fails it
 *   too (MAE 2.96°, tol 2°); on fresh draws (scripts/noise-robustness.ts, seeds 1–12) 4 of 12 fail.
 *   The step-rate pelvis cut-off (PELVIS_CUTOFF_STEP_SHARE) takes this fixture's MAE from 3.01° to
 *   2.72°, and the Dorn rear draws failing on it (scripts/generalization.ts, seeds 1–4) from 3/8 to
 *   2/8 at 30 fps and 3/8 to 1/8 at 60 fps; the rest is this draw's noise.
 */
const KNOWN_FAIL: Record<string, string[]> = {
  'dorn_run0700cms_rear.60fps': ['cadenceSpm'],
  'dorn_run0700cms_rear.30fps': ['pelvicDropDeg'],
  'dorn_run0700cms_rear.clean': ['cadenceSpm'],
  'dorn_run0900cms_rear.60fps': ['kneeFppaDeg', 'cadenceSpm'],
  'dorn_run0900cms_rear.30fps': ['kneeFppaDeg', 'cadenceSpm'],
  'dorn_run0900cms_rear.clean': ['kneeFppaDeg', 'cadenceSpm'],
};

interface Score {
  pass: boolean;
  checks: { name: string; passed: boolean; text: string }[];
}

describeWithShared(
  'running analysis vs mocap ground truth (shared/tools/score.py)',
  [
    ['tools', 'score.py'],
    ['fixtures', 'mocap'],
  ],
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'hipcheck-score-'));
    for (const id of ids) {
      for (const k of kinds) {
        const name = `${id}.${k}`;
        it(`${name}: ${KNOWN_FAIL[name] ? `known FAIL on ${KNOWN_FAIL[name].join(', ')} only` : 'PASS'}`, () => {
          const track = trackParse(
            JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', `${name}.track.json`)!, 'utf8')),
          );
          const report = analyzeTrack(track);
          expect(report.activity).toBe('run');
          expect(report.view).toBe(id.endsWith('side') ? 'side' : 'rear');
          // No alert on the fixtures: they have 2–3 steps per side, so every flag is one level lower.
          expect(report.flags.filter((f) => f.severity === 'alert')).toEqual([]);
          const rp = join(dir, `${name}.report.json`);
          const sp = join(dir, `${name}.score.json`);
          writeFileSync(rp, JSON.stringify(report));
          try {
            execFileSync('python3', [
              SCORER,
              rp,
              sharedPath('fixtures', 'mocap', `${id}.gt.json`)!,
              '--json',
              sp,
              '--quiet',
            ]);
          } catch {
            /* exit 1 on FAIL: the JSON says why */
          }
          const sc = JSON.parse(readFileSync(sp, 'utf8')) as Score;
          const failed = sc.checks.filter((c) => !c.passed).map((c) => c.name);
          expect(failed).toEqual(KNOWN_FAIL[name] ?? []);
        });
      }
    }
  },
);
