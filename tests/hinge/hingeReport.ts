import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { analyzeHinge } from '../helpers/localized.ts';
import type { Report, View } from '../../src/core/report/report.ts';
import type { Track } from '../../src/core/track/track.ts';
import { trackParse } from '../../src/core/track/trackParse.ts';

/** Reads a hipcheck-track file. */
export function readTrack(path: string): Track {
  return trackParse(JSON.parse(readFileSync(path, 'utf8')));
}

/** View from a fixture file name (`..._side.30fps.track.json`). */
export function viewFromName(name: string): View {
  return /_rear[._]/.test(name) ? 'rear' : /_front[._]/.test(name) ? 'front' : 'side';
}

/** A hipcheck-report v1 around analyzeHinge, as the CLI would write it (for score.py). */
export function hingeReport(track: Track, name: string): Report {
  const view = viewFromName(name);
  const a = analyzeHinge(track, { view });
  const f = track.frames;
  return {
    format: 'hipcheck-report',
    version: 1,
    activity: 'hinge',
    view,
    source: { name: basename(name), durationS: f.length ? f[f.length - 1]!.t - f[0]!.t : 0, fps: track.fps },
    hinge: a.hinge,
    flags: a.flags,
    quality: { framesWithPose: 1, meanScore: 0, warnings: a.warnings.map((w) => w.en) },
  };
}

export interface ScoreResult {
  pass: boolean;
  output: string;
  metrics: Record<string, { mae?: number | null; tol?: number | null }>;
}

/** Runs shared/tools/score.py on a report against a GT file. */
export function scoreReport(report: Report, gtPath: string, scorePy: string): ScoreResult {
  const dir = mkdtempSync(join(tmpdir(), 'hinge-score-'));
  const rp = join(dir, 'report.json');
  const jp = join(dir, 'score.json');
  writeFileSync(rp, JSON.stringify(report));
  let output: string;
  try {
    output = execFileSync('python3', [scorePy, rp, gtPath, '--json', jp], { encoding: 'utf8' });
  } catch (e) {
    output = String((e as { stdout?: string }).stdout ?? e);
  }
  const res = JSON.parse(readFileSync(jp, 'utf8')) as { pass: boolean; metrics: ScoreResult['metrics'] };
  return { pass: res.pass, output, metrics: res.metrics };
}
