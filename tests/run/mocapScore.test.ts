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
 * Known failures, measured (never a loosened tolerance): each entry would list the checks the
 * scorer fails on. None since rear-view ICs self-calibrate the clip's first (partial) step
 * (gaitEventsRear.icFromLandmarks), which took run500_rear 30fps cadence from 2.37 to 1.35 spm.
 */
const KNOWN_FAIL: Record<string, string[]> = {};

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
