// Benchmark: the full running analysis (analyzeTrack: view/activity detection, leg-swap repair,
// conditioning, gait events, metrics, summaries, flags) of a 10-minute 60 fps track (36,000
// frames), built by looping a mocap fixture with time offsets (scripts/report-snapshot.ts checks
// that its report, and every fixture's, stays identical when this code is made faster). Prints the
// median of 11 runs of the whole analysis and, measured the same way in the same run, the stages
// that cost most (the running pass's conditioning, the rhythm's, the trend's noise floors).
//   node bin/run-ts.mjs scripts/bench-analysis.ts
//   node bin/run-ts.mjs scripts/bench-analysis.ts --baseline /tmp/base   # old vs new, side by side
// --baseline DIR: a checkout (or `git archive REV src package.json | tar -x -C DIR`: the package.json
// makes its .ts files ES modules) whose src/ is the "before":
// its analyzeTrack and this one run alternately in this one process (the order swapped every run),
// so that the machine's load, the JIT and the garbage collector treat both alike.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeTrack } from '../src/core/analyze/analyzeTrack.ts';
import { gaitPeriodicity } from '../src/core/analyze/gaitPeriodicity.ts';
import { repairLegSwaps } from '../src/core/run/repairLegSwaps.ts';
import { flaggableSteps } from '../src/core/run/runFlags.ts';
import { runTrend } from '../src/core/run/runTrend.ts';
import { conditionTrack } from '../src/core/signal/conditionTrack.ts';
import type { Track } from '../src/core/track/track.ts';
import { trackParse } from '../src/core/track/trackParse.ts';

const RUNS = 11;
const SHARED = process.env.HIPCHECK_SHARED ?? new URL('../../shared', import.meta.url).pathname;
const src = trackParse(
  JSON.parse(readFileSync(`${SHARED}/fixtures/mocap/hamner_subject04_run300_side.60fps.track.json`, 'utf8')),
);
const N = 36_000;
const period = src.frames.length / src.fps;
const frames = Array.from({ length: N }, (_, i) => {
  const f = src.frames[i % src.frames.length]!;
  return { t: Math.floor(i / src.frames.length) * period + f.t, kp: f.kp };
});
const track: Track = { ...src, frames };
// Wall time, and the process's CPU time beside it: on a shared machine (other processes on the
// same cores) the wall time swings by 2-3x from run to run, the CPU time far less.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
const ms = (v: number) => `${v.toFixed(1)} ms`;

/** Wall and CPU ms of each of RUNS calls of each function, the functions taking turns. */
function timeTogether(fns: (() => unknown)[]): { wall: number[]; cpu: number[] }[] {
  const out = fns.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let k = 0; k < RUNS; k++) {
    // Every other run in the reverse order: neither function always runs right after the other.
    const order = fns.map((_, i) => (k % 2 ? fns.length - 1 - i : i));
    for (const i of order) {
      const t0 = performance.now();
      const c0 = cpuMs();
      fns[i]!();
      out[i]!.cpu.push(cpuMs() - c0);
      out[i]!.wall.push(performance.now() - t0);
    }
  }
  return out;
}

const baselineDir = process.argv.includes('--baseline')
  ? process.argv[process.argv.indexOf('--baseline') + 1]
  : undefined;
const baseline = baselineDir
  ? ((await import(pathToFileURL(resolve(baselineDir, 'src/core/analyze/analyzeTrack.ts')).href)) as {
      analyzeTrack: typeof analyzeTrack;
    })
  : null;

const r = analyzeTrack(track); // warm-up (JIT)
if (baseline) baseline.analyzeTrack(track);
const videoS = N / 60;
console.log(
  `track: ${N} frames, ${videoS.toFixed(0)} s at 60 fps; ${r.run?.steps.length ?? 0} steps, cadence ${r.run?.cadenceSpm}`,
);
if (baseline) {
  const same = JSON.stringify(baseline.analyzeTrack(track)) === JSON.stringify(r);
  const [before, after] = timeTogether([() => baseline.analyzeTrack(track), () => analyzeTrack(track)]);
  console.log(
    `side by side, CPU median of ${RUNS} (min): baseline ${ms(median(before!.cpu))} (${ms(Math.min(...before!.cpu))}) -> this checkout ${ms(median(after!.cpu))} (${ms(Math.min(...after!.cpu))}); reports ${same ? 'identical' : 'DIFFER'}`,
  );
}
// The stages, as analyzeRun and analyzeTrack call them (the running pass conditions the 14
// keypoints it reads, without keeping the raw series; the rhythm reads the middle 6000 frames).
const repaired = repairLegSwaps(track).track;
const runKeypoints = Array.from({ length: 14 }, (_, i) => i + 3);
const trendSteps = flaggableSteps(r.run?.steps ?? [], 'side', 'right');
const stages: [string, () => unknown][] = [
  ['full running analysis', () => analyzeTrack(track)],
  [
    'conditioning (running pass)',
    () =>
      conditionTrack(repaired, {
        activity: 'run',
        gapFill: 'cubic',
        keypoints: runKeypoints,
        keepRaw: false,
      }),
  ],
  ['trend and its noise floors', () => runTrend(trendSteps)],
  ['rhythm (gaitPeriodicity)', () => gaitPeriodicity(track)],
];
const times = timeTogether(stages.map(([, fn]) => fn));
const full = times[0]!;
const fullWall = median(full.wall);
console.log(
  `full running analysis: ${(fullWall / 1000).toFixed(3)} s wall, CPU ${ms(median(full.cpu))} (median of ${RUNS}; min ${ms(Math.min(...full.cpu))}) = ${(videoS / (fullWall / 1000)).toFixed(0)}x real time; target ≤ 0.1 s (issue 15): ${fullWall <= 100 ? 'met' : 'NOT met'}`,
);
for (let i = 1; i < stages.length; i++) {
  const c = median(times[i]!.cpu);
  console.log(
    `  of which ${stages[i]![0]}: CPU ${ms(c)} (min ${ms(Math.min(...times[i]!.cpu))}; ${((100 * c) / median(full.cpu)).toFixed(0)} %)`,
  );
}
