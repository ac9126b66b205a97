// Benchmark: the full running analysis (analyzeTrack: view/activity detection, leg-swap repair,
// conditioning, gait events, metrics, summaries, flags) of a 10-minute 60 fps track (36,000
// frames), built by looping a mocap fixture with time offsets (scripts/report-snapshot.ts checks
// that its report, and every fixture's, stays identical when this code is made faster). Prints the median of 5 runs and,
// measured side by side in the same run, the conditioning stage alone and the ratio to real time.
//   node bin/run-ts.mjs scripts/bench-analysis.ts
import { readFileSync } from 'node:fs';
import { analyzeTrack } from '../src/core/analyze/analyzeTrack.ts';
import { conditionTrack } from '../src/core/signal/conditionTrack.ts';
import type { Track } from '../src/core/track/track.ts';
import { trackParse } from '../src/core/track/trackParse.ts';

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
const cpuOf = new Map<string, number>();
const time = (name: string, fn: () => unknown) => {
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    const c0 = cpuMs();
    fn();
    ms.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  cpuOf.set(name, cpu.sort((a, b) => a - b)[2]!);
  return ms.sort((a, b) => a - b)[2]!;
};
analyzeTrack(track); // warm-up (JIT)
const full = time('full', () => analyzeTrack(track));
const cond = time('cond', () => conditionTrack(track, { activity: 'run', gapFill: 'cubic' }));
const r = analyzeTrack(track);
const videoS = N / 60;
console.log(
  `track: ${N} frames, ${videoS.toFixed(0)} s at 60 fps; ${r.run?.steps.length ?? 0} steps, cadence ${r.run?.cadenceSpm}`,
);
console.log(
  `full running analysis: ${(full / 1000).toFixed(3)} s (median of 5; CPU ${(cpuOf.get('full')! / 1000).toFixed(3)} s) = ${(videoS / (full / 1000)).toFixed(0)}x real time; target ≤ 0.1 s (issue 15): ${full <= 100 ? 'met' : 'NOT met'}`,
);
console.log(
  `  of which signal conditioning: ${(cond / 1000).toFixed(3)} s (CPU ${(cpuOf.get('cond')! / 1000).toFixed(3)} s; ${((100 * cond) / full).toFixed(0)} %)`,
);
