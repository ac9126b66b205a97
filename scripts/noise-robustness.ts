// How the running analysis holds up on fresh noise: the mocap fixtures' clean tracks are re-noised
// with the noise model their ground truth describes (fixtures/mocap/*.gt.json "noise": linear
// resampling to N fps, Gaussian noise sigma = 0.006 x subject height per coordinate, 3 % of the
// keypoint samples replaced by outliers within 0.15 x height with low scores), under seeds other
// than the fixtures' own, and scored with shared/tools/score.py. Prints the pass rate per view and
// frame rate, and per metric the mean signed error and MAE over all matched steps, so a change can
// be judged on many noise draws instead of the one draw each fixture holds.
//
//   node bin/run-ts.mjs scripts/noise-robustness.ts [--sets side,rear,hinge] [--fps 30,60] [--seeds 1-10] [--mirror]
import { execFileSync } from 'node:child_process';
import { seededRandom } from '../src/core/signal/seededRandom.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeTrack } from '../src/core/analyze/analyzeTrack.ts';
import { isOwnKey } from '../src/core/report/ownKey.ts';
import type { Track } from '../src/core/track/track.ts';
import { trackParse } from '../src/core/track/trackParse.ts';
import { SHARED, sharedPath } from '../tests/helpers/shared.ts';

/** `--name value` from the command line, else `dflt` (shared with generalization.ts). */
export const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
};
/** '1-4,7' → [1, 2, 3, 4, 7]. */
export const range = (s: string) =>
  s.split(',').flatMap((p) => {
    const [a, b] = p.split('-').map(Number);
    return b === undefined ? [a!] : Array.from({ length: b - a! + 1 }, (_, k) => a! + k);
  });
const VIEWS = arg('sets', 'side,rear,hinge').split(',');
const FPS = range(arg('fps', '30,60'));
const SEEDS = range(arg('seeds', '1-10'));
const MIRROR = process.argv.includes('--mirror');

const gauss = (r: () => number) => Math.sqrt(-2 * Math.log(r() + 1e-12)) * Math.cos(2 * Math.PI * r());

/** The clean track resampled to `fps` and noised as the fixtures are (optionally mirrored left-right in the image). */
export function noisyVariant(
  clean: Track,
  fps: number,
  seed: number,
  heightPx: number,
  mirror = false,
): Track {
  const r = seededRandom(seed);
  const f = clean.frames;
  const tEnd = f[f.length - 1]!.t;
  const frames: Track['frames'] = [];
  let j = 0;
  for (let k = 0; k / fps <= tEnd + 1e-9; k++) {
    const t = k / fps;
    while (j < f.length - 2 && f[j + 1]!.t < t) j++;
    const a = f[j]!;
    const b = f[j + 1]!;
    const w = Math.min(1, Math.max(0, (t - a.t) / (b.t - a.t)));
    const kp = a.kp.map((p, i): [number, number, number] => {
      let x = p[0] + w * (b.kp[i]![0] - p[0]);
      let y = p[1] + w * (b.kp[i]![1] - p[1]);
      let s = 0.55 + 0.4 * r();
      if (r() < 0.03) {
        const ang = 2 * Math.PI * r();
        const rad = 0.15 * heightPx * Math.sqrt(r());
        x += rad * Math.cos(ang);
        y += rad * Math.sin(ang);
        s = 0.05 + 0.2 * r();
      } else {
        x += 0.006 * heightPx * gauss(r);
        y += 0.006 * heightPx * gauss(r);
      }
      if (mirror) x = clean.width - x;
      return [Math.round(x * 100) / 100, Math.round(y * 100) / 100, Math.round(s * 1000) / 1000];
    });
    frames.push({ t: Math.round(t * 1e6) / 1e6, kp });
  }
  return { ...clean, fps, frames };
}

/** The fixtures of each set: running from the side and from behind, and the hinge/squat clips. */
const RUN_TRIALS = [
  ...['200', '300', '400', '500'].map((sp) => `hamner_subject04_run${sp}`),
  'dorn_run0700cms',
  'dorn_run0900cms',
];
const SETS: Record<string, string[]> = {
  side: RUN_TRIALS.map((t) => `${t}_side`),
  rear: RUN_TRIALS.map((t) => `${t}_rear`),
  hinge: ['misc_DLS01_side', 'opencap_squats1_side', 'opencap_squats1_rear'],
};

interface GtEvent {
  contactT?: number;
  bottomT?: number;
  side?: string;
  [m: string]: unknown;
}

/**
 * The report's step or rep matched to a ground-truth one (same foot, nearest time; within 0.15 s for
 * steps), as a reader of its fields by name.
 */
function matched(report: ReturnType<typeof analyzeTrack>, g: GtEvent): ((k: string) => unknown) | undefined {
  if (g.contactT !== undefined) {
    const m = report.run?.steps
      .filter((x) => x.side === g.side)
      .sort((a, b) => Math.abs(a.contactT - g.contactT!) - Math.abs(b.contactT - g.contactT!))[0];
    return m && Math.abs(m.contactT - g.contactT) <= 0.15
      ? (k) => (isOwnKey(m, k) ? m[k] : undefined)
      : undefined;
  }
  const rep = [...(report.hinge?.reps ?? [])].sort(
    (a, b) => Math.abs(a.bottomT - g.bottomT!) - Math.abs(b.bottomT - g.bottomT!),
  )[0];
  return rep && ((k) => (isOwnKey(rep, k) ? rep[k] : undefined));
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'hipcheck-noise-'));
  for (const set of VIEWS) {
    for (const fps of FPS) {
      const err: Record<string, number[]> = {};
      const fails: string[] = [];
      let runs = 0;
      for (const id of SETS[set] ?? []) {
        const gtPath = sharedPath('fixtures', 'mocap', `${id}.gt.json`)!;
        const gt = JSON.parse(readFileSync(gtPath, 'utf8'));
        const clean = trackParse(
          JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', `${id}.clean.track.json`)!, 'utf8')),
        );
        for (const seed of SEEDS) {
          runs++;
          const report = analyzeTrack(
            noisyVariant(clean, fps, 7919 * seed + fps, gt.subjectHeightPx, MIRROR),
          );
          const rp = join(dir, `${id}.${fps}.${seed}.json`);
          writeFileSync(rp, JSON.stringify(report));
          try {
            execFileSync('python3', [
              join(SHARED, 'tools/score.py'),
              rp,
              gtPath,
              '--quiet',
              '--json',
              `${rp}.score`,
            ]);
          } catch {
            const sc = JSON.parse(readFileSync(`${rp}.score`, 'utf8')) as {
              checks: { passed: boolean; text: string }[];
            };
            fails.push(
              `${id} s${seed}: ${sc.checks
                .filter((c) => !c.passed)
                .map((c) => c.text)
                .join('; ')}`,
            );
          }
          if (gt.run?.cadenceSpm != null && report.run?.cadenceSpm != null)
            (err.cadenceSpm ??= []).push(report.run.cadenceSpm - gt.run.cadenceSpm);
          if (gt.hinge) (err.repCount ??= []).push((report.hinge?.repCount ?? 0) - gt.hinge.repCount);
          for (const g of (gt.run?.steps ?? gt.hinge?.reps ?? []) as GtEvent[]) {
            const m = matched(report, g);
            if (!m) continue;
            // Every per-step (per-rep) number the ground truth and the report both give.
            for (const [k, b] of Object.entries(g)) {
              const a = m(k);
              if (typeof a === 'number' && typeof b === 'number') (err[k] ??= []).push(a - b);
            }
          }
        }
      }
      console.log(`\n${set} ${fps} fps${MIRROR ? ' mirrored' : ''}: ${runs - fails.length}/${runs} PASS`);
      // Per dataset (the id's first word: hamner, dorn, opencap, misc), so one runner's clips cannot hide another's.
      const perDs = new Map<string, number[]>();
      for (const id of SETS[set] ?? []) {
        const ds = id.split('_')[0]!;
        const p = perDs.get(ds) ?? [0, 0];
        p[0]! += SEEDS.length - fails.filter((f) => f.startsWith(`${id} `)).length;
        p[1]! += SEEDS.length;
        perDs.set(ds, p);
      }
      for (const [ds, [ok, n]] of perDs) console.log(`  ${ds}: ${ok}/${n} PASS`);
      for (const f of fails) console.log(`  FAIL ${f}`);
      for (const [k, e] of Object.entries(err)) {
        if (!e.length) continue;
        const bias = e.reduce((a, b) => a + b, 0) / e.length;
        const mae = e.reduce((a, b) => a + Math.abs(b), 0) / e.length;
        const p90 = [...e].map(Math.abs).sort((a, b) => a - b)[Math.floor(0.9 * (e.length - 1))]!;
        console.log(
          `  ${k.padEnd(26)} n ${String(e.length).padStart(3)}  bias ${bias.toFixed(4).padStart(8)}  MAE ${mae.toFixed(4).padStart(7)}  p90 |err| ${p90.toFixed(4)}`,
        );
      }
    }
  }
}

// Run when called as a script (noisyVariant is also imported by tests and scripts).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
