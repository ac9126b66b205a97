import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { analyzeTrack } from '../src/core/analyze/analyzeTrack.ts';
import { trackParse } from '../src/core/track/trackParse.ts';
// Scores the whole analysis (analyzeTrack, as the app and tests/run/mocapScore.test.ts do) on every
// visible running mocap fixture (Hamner s04 treadmill 2-5 m/s, Dorn overground 7.0/9.4 m/s) with
// shared/tools/score.py, and prints per fixture the verdict, the worst metric (MAE / tolerance),
// and the mean IC error against the ground truth:
//   node bin/run-ts.mjs scripts/score-fixtures.ts [60fps,30fps,clean] [filter]   (reports in /tmp/ex/)
const M = `${process.env.HIPCHECK_SHARED ?? new URL('../../shared', import.meta.url).pathname}/fixtures/mocap/`;
const SCORER = `${M}../../tools/score.py`;
mkdirSync('/tmp/ex', { recursive: true });
const kinds = (process.argv[2] ?? '60fps,30fps,clean').split(',');
const filter = process.argv[3] ?? '';
const trials = [
  ...['200', '300', '400', '500'].map((sp) => `hamner_subject04_run${sp}`),
  'dorn_run0700cms',
  'dorn_run0900cms',
];
let pass = 0;
let all = 0;
for (const tr0 of trials)
  for (const v of ['side', 'rear'] as const)
    for (const k of kinds) {
      const id = `${tr0}_${v}`;
      if (!`${id}.${k}`.includes(filter)) continue;
      const tr = trackParse(JSON.parse(readFileSync(`${M}${id}.${k}.track.json`, 'utf8')));
      const rep = analyzeTrack(tr);
      const rp = `/tmp/ex/${id}.${k}.report.json`;
      writeFileSync(rp, JSON.stringify(rep));
      let out: string;
      try {
        out = execFileSync('python3', [SCORER, rp, `${M}${id}.gt.json`, '--json', `${rp}.score`]).toString();
      } catch (e) {
        out = String((e as { stdout: Buffer }).stdout);
      }
      const sc = JSON.parse(readFileSync(`${rp}.score`, 'utf8'));
      const gt = JSON.parse(readFileSync(`${M}${id}.gt.json`, 'utf8'));
      let worst = '';
      let wv = -1;
      for (const [m, x] of Object.entries(sc.metrics) as [string, { mae: number; tol: number | null }][])
        if (x.tol) {
          const q = x.mae / x.tol;
          if (q > wv) {
            wv = q;
            worst = m;
          }
        }
      const dt: number[] = [];
      for (const g of gt.run.steps as { side: string; contactT: number }[]) {
        const m = (rep.run?.steps ?? [])
          .filter((x) => x.side === g.side)
          .sort((a, b) => Math.abs(a.contactT - g.contactT) - Math.abs(b.contactT - g.contactT))[0];
        if (m && Math.abs(m.contactT - g.contactT) < 0.15) dt.push(m.contactT - g.contactT);
      }
      const icMs = dt.length ? (1000 * dt.reduce((a, b) => a + b, 0)) / dt.length : NaN;
      all++;
      if (sc.pass) pass++;
      console.log(
        `${id.padEnd(30)} ${k.padEnd(6)} ${sc.pass ? 'PASS' : 'FAIL'} worst ${worst} ${wv.toFixed(2)} ev ${sc.events.matched}/${sc.events.gt} x${sc.events.extra} IC ${icMs.toFixed(0)} ms cad ${rep.run?.cadenceSpm} vs ${gt.run.cadenceSpm}`,
      );
      if (!sc.pass || process.env.V)
        console.log(
          out
            .split('\n')
            .filter((l) => /FAIL|missed|extra:/.test(l))
            .join('\n'),
        );
    }
console.log(`${pass}/${all} PASS`);
