import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { trackParse } from '../src/core/track/trackParse.ts';
import { analyzeRun } from '../src/core/run/analyzeRun.ts';
// Scores the running analysis on every Hamner mocap fixture with shared/tools/score.py:
//   node bin/run-ts.mjs scripts/score-fixtures.ts [60fps,30fps,clean]   (reports in /tmp/ex/)
const M = `${process.env.HIPCHECK_SHARED ?? new URL('../../shared', import.meta.url).pathname}/fixtures/mocap/`;
mkdirSync('/tmp/ex', { recursive: true });
const kinds = (process.argv[2] ?? '60fps,30fps,clean').split(',');
for (const sp of ['200', '300', '400', '500']) for (const v of ['side', 'rear'] as const) for (const k of kinds) {
  const id = `hamner_subject04_run${sp}_${v}`;
  const tr = trackParse(JSON.parse(readFileSync(`${M}${id}.${k}.track.json`, 'utf8')));
  const r = analyzeRun(tr, { view: v, d: 1, ...(process.env.FC ? { cutoffHz: Number(process.env.FC) } : {}) });
  const rep = { format: 'hipcheck-report', version: 1, activity: 'run', view: v, source: { name: id, durationS: 2, fps: tr.fps }, run: r.run, flags: r.flags, quality: { framesWithPose: 1, meanScore: 0.7, warnings: r.warnings.map((w) => w.en) } };
  writeFileSync(`/tmp/ex/${id}.${k}.report.json`, JSON.stringify(rep));
  let out: string;
  try { out = execFileSync('python3', ['/work/shared/tools/score.py', `/tmp/ex/${id}.${k}.report.json`, `${M}${id}.gt.json`, '--json', `/tmp/ex/${id}.${k}.score.json`]).toString(); } catch (e) { out = String((e as { stdout: Buffer }).stdout); }
  const sc = JSON.parse(readFileSync(`/tmp/ex/${id}.${k}.score.json`, 'utf8'));
  let worst = ''; let wv = -1;
  for (const [m, x] of Object.entries(sc.metrics) as [string, { mae: number; tol: number | null }][]) if (x.tol) { const q = x.mae / x.tol; if (q > wv) { wv = q; worst = m; } }
  console.log(`${id.padEnd(30)} ${k.padEnd(6)} ${sc.pass ? 'PASS' : 'FAIL'} worst ${worst} ${wv.toFixed(2)} ev ${sc.events.matched}/${sc.events.gt} x${sc.events.extra} ${r.warnings.map((w) => w.en).join('; ')}`);
  if (!sc.pass || process.env.V) console.log(out.split('\n').filter((l) => /FAIL|missed|extra:/.test(l)).join('\n'));
}
