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
const trials = [...['200', '300', '400', '500'].map((sp) => `hamner_subject04_run${sp}`), 'dorn_run0700cms', 'dorn_run0900cms'];
const ids = trials.flatMap((t) => (['side', 'rear'] as const).map((v) => `${t}_${v}`));
const kinds = ['60fps', '30fps', 'clean'] as const;

/**
 * Known failures, measured (never a loosened tolerance): each entry lists the checks the scorer
 * fails on. All side-view fixtures and all Hamner rear ones pass. The Dorn REAR views do not yet
 * (issue 12): rear-view contacts come from the pelvis (gaitEventsRear), timed by shares of a step
 * that are half the stance or flight share of a jogger's step (duty factor 0.75-0.9); a 7 m/s
 * sprinter's duty factor is 0.53 (contacts 22-31 ms early, and the clip's last step, 75 ms before
 * its end, is missed, so the cadence is 1-5 spm high), and at 9.4 m/s the pelvis no longer dips at
 * midstance at all (low point 0.42-0.56 of a step after contact), so steps are missed and the
 * stance windows of the rear metrics are wrong.
 */
const KNOWN_FAIL: Record<string, string[]> = {
  'dorn_run0700cms_rear.60fps': ['cadenceSpm'],
  'dorn_run0700cms_rear.30fps': ['cadenceSpm'],
  'dorn_run0700cms_rear.clean': ['cadenceSpm'],
  'dorn_run0900cms_rear.60fps': ['pelvicDropDeg', 'kneeFppaDeg', 'stepWidthRatio', 'cadenceSpm'],
  'dorn_run0900cms_rear.30fps': ['recall', 'pelvicDropDeg', 'kneeFppaDeg', 'stepWidthRatio', 'cadenceSpm'],
  'dorn_run0900cms_rear.clean': ['recall', 'contactT', 'pelvicDropDeg', 'kneeFppaDeg', 'stepWidthRatio', 'cadenceSpm'],
};

interface Score { pass: boolean; checks: { name: string; passed: boolean; text: string }[] }

describeWithShared('running analysis vs mocap ground truth (shared/tools/score.py)', [['tools', 'score.py'], ['fixtures', 'mocap']], () => {
  const dir = mkdtempSync(join(tmpdir(), 'hipcheck-score-'));
  for (const id of ids) {
    for (const k of kinds) {
      const name = `${id}.${k}`;
      it(`${name}: ${KNOWN_FAIL[name] ? `known FAIL on ${KNOWN_FAIL[name].join(', ')} only` : 'PASS'}`, () => {
        const track = trackParse(JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', `${name}.track.json`)!, 'utf8')));
        const report = analyzeTrack(track);
        expect(report.activity).toBe('run');
        expect(report.view).toBe(id.endsWith('side') ? 'side' : 'rear');
        // No alert on the fixtures: they have 2–3 steps per side, so every flag is one level lower.
        expect(report.flags.filter((f) => f.severity === 'alert')).toEqual([]);
        const rp = join(dir, `${name}.report.json`);
        const sp = join(dir, `${name}.score.json`);
        writeFileSync(rp, JSON.stringify(report));
        try {
          execFileSync('python3', [SCORER, rp, sharedPath('fixtures', 'mocap', `${id}.gt.json`)!, '--json', sp, '--quiet']);
        } catch {
          /* exit 1 on FAIL: the JSON says why */
        }
        const sc = JSON.parse(readFileSync(sp, 'utf8')) as Score;
        const failed = sc.checks.filter((c) => !c.passed).map((c) => c.name);
        expect(failed).toEqual(KNOWN_FAIL[name] ?? []);
      });
    }
  }
});
