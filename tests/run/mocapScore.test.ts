import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { analyzeTrack } from '../../src/core/analyze/analyzeTrack.ts';
import { trackParse } from '../../src/core/track/trackParse.ts';
import { describeWithShared, sharedPath, SHARED } from '../helpers/shared.ts';

const SCORER = join(SHARED, 'tools/score.py');
const ids = ['200', '300', '400', '500'].flatMap((sp) => (['side', 'rear'] as const).map((v) => `hamner_subject04_run${sp}_${v}`));
const kinds = ['60fps', '30fps', 'clean'] as const;

/**
 * Known failure, measured (not a loosened tolerance): each entry lists the checks the scorer fails
 * on. Rear-view contacts come from the pelvis (three landmarks a fixed share of a step from IC),
 * ±5–15 ms per contact; cadence over the 5–6 contacts of a 2 s clip moves ~1 spm per 10 ms at
 * either end.
 * - run500_rear 30fps: cadence error 2.37 spm (tol 2). Its first contact is a clip-edge one (the
 *   foot lands at about t = 0) timed ~20 ms late from the first pelvis low point alone, and the
 *   next contact is 16 ms early: the pelvis low comes later after this first contact than the
 *   0.35-step share (also at 60 fps and clean, -10 ms), so it is the pelvis model, not noise.
 *   Ankle cues from behind (vertical acceleration peak, shank foreshortening, landing depth) were
 *   measured and were noisier than the pelvis at 30 fps.
 */
const KNOWN_FAIL: Record<string, string[]> = {
  'hamner_subject04_run500_rear.30fps': ['cadenceSpm'],
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
