// The generalization protocol for the running analysis: run it before trusting a constant that was
// chosen on data. Every data-chosen constant of the running events and metrics is listed in
// CONSTANTS below with the data that chose it (the code comment at the constant says the same).
// For each, on fresh noise draws of the visible mocap fixtures (the clean tracks re-noised with the
// fixtures' own noise model, seeds other than the fixtures' own; scripts/noise-robustness.ts):
//
//   1. per dataset (Hamner treadmill 2–5 m/s, Dorn overground sprint 7–9.4 m/s) × view × fps: the
//      pass rate of shared/tools/score.py with each value of a small grid around the shipped value;
//   2. leave-one-trial-out: for each trial, the value the OTHER trials choose (highest pass rate,
//      ties to the lowest mean worst MAE/tolerance) and the held-out trial's pass rate with it, next
//      to the shipped value's and the best any grid value reaches on that trial. A constant holds
//      when the held-out pass rates with the others' choice match the shipped value's.
//
//   node bin/run-ts.mjs scripts/generalization.ts [--seeds 1-4] [--fps 30,60] [--only name,...]
//   node bin/run-ts.mjs scripts/generalization.ts --landing-speeds [--seeds 1-12]
//     (the rear view's clip-median landing speed per trial and fps, min-max over the draws, and the
//     threshold each leave-one-trial-out split puts in the middle of its gap: ACTIVE_LANDING_LPS)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeRun, type AnalyzeRunOptions } from '../src/core/run/analyzeRun.ts';
import {
  PELVIC_DROP_OWN_WEIGHT,
  PELVIS_CUTOFF_HZ,
  PELVIS_CUTOFF_STEP_SHARE,
} from '../src/core/run/analyzeRun.ts';
import {
  REAR_HIGH_TO_IC_STEP_FRACTION,
  REAR_IC_LEAD_STEP_FRACTION,
  REAR_IC_TO_LOW_STEP_FRACTION,
} from '../src/core/run/gaitEventsRear.ts';
import { ACTIVE_LANDING_LPS, REAR_TO_RISE_LEAD_S } from '../src/core/run/rearActiveLandings.ts';
import { CRISP_LANDING_LPS, LANDING_HEIGHT_RATIO, TO_KNEE_RISE_DEG } from '../src/core/run/gaitEventsSide.ts';
import { CUTOFF_STEP_MULTIPLE } from '../src/core/run/runSignals.ts';
import type { Track } from '../src/core/track/track.ts';
import { trackParse } from '../src/core/track/trackParse.ts';
import { SHARED, sharedPath } from '../tests/helpers/shared.ts';
import { arg, noisyVariant, range } from './noise-robustness.ts';

const SEEDS = range(arg('seeds', '1-4'));
const FPS = range(arg('fps', '30,60'));
const ONLY = arg('only', '').split(',').filter(Boolean);

/** The visible running trials, by dataset. */
const TRIALS = [
  ...['200', '300', '400', '500'].map((sp) => ({ trial: `hamner_subject04_run${sp}`, dataset: 'hamner' })),
  ...['0700', '0900'].map((sp) => ({ trial: `dorn_run${sp}cms`, dataset: 'dorn' })),
];

interface Constant {
  name: string;
  /** Where it lives and which data chose it (the same as the code comment at the constant). */
  chosenBy: string;
  views: ('side' | 'rear')[];
  /** Frame rates it applies to (default: all of --fps). */
  fps?: number[];
  shipped: number;
  grid: number[];
  options: (v: number) => Partial<AnalyzeRunOptions>;
  /** A metric whose mean MAE per value is printed too (where pass rates hinge on other checks). */
  metric?: string;
}

const CONSTANTS: Constant[] = [
  {
    name: 'LANDING_HEIGHT_RATIO',
    chosenBy:
      'gaitEventsSide.ts; grid on the visible side trials (only active landings use it: the Dorn sprints choose it)',
    views: ['side'],
    shipped: LANDING_HEIGHT_RATIO,
    grid: [0.025, 0.03, 0.035, 0.04, 0.045, 0.05],
    options: (v) => ({ tuning: { side: { landingHeightRatio: v } } }),
  },
  {
    name: 'CRISP_LANDING_LPS',
    chosenBy:
      'gaitEventsSide.ts; clip-median ankle descent speed reach->landing on fresh noise: Hamner 0-1.29, Dorn 1.60-2.45 L/s, gap middle',
    views: ['side'],
    shipped: CRISP_LANDING_LPS,
    grid: [1.0, 1.2, 1.45, 1.6, 1.8, 99],
    options: (v) => ({ tuning: { side: { crispLandingLps: v } } }),
  },
  {
    name: 'TO_KNEE_RISE_DEG',
    chosenBy: 'gaitEventsSide.ts; Hamner treadmill force-plate TO, 2-5 m/s',
    views: ['side'],
    shipped: TO_KNEE_RISE_DEG,
    grid: [1, 2, 3, 4, 6],
    options: (v) => ({ tuning: { side: { toKneeRiseDeg: v } } }),
  },
  {
    name: 'CUTOFF_STEP_MULTIPLE',
    chosenBy:
      'runSignals.ts; Dorn 9.4 m/s 30 fps peak stance knee flexion with ground-truth events (0 = the default cut-offs only)',
    views: ['side', 'rear'],
    shipped: CUTOFF_STEP_MULTIPLE,
    grid: [0, 1.5, 2, 2.5, 3],
    options: (v) => ({ tuning: { cutoffStepMultiple: v } }),
  },
  {
    name: 'REAR_IC_TO_LOW_STEP_FRACTION',
    chosenBy: 'gaitEventsRear.ts; Hamner treadmill force-plate IC (0.30-0.39)',
    views: ['rear'],
    shipped: REAR_IC_TO_LOW_STEP_FRACTION,
    grid: [0.2, 0.25, 0.3, 0.35, 0.4],
    options: (v) => ({ tuning: { rear: { icToLowStepFraction: v } } }),
  },
  {
    name: 'REAR_IC_LEAD_STEP_FRACTION',
    chosenBy: 'gaitEventsRear.ts; Hamner treadmill force-plate IC (0.11-0.13)',
    views: ['rear'],
    shipped: REAR_IC_LEAD_STEP_FRACTION,
    grid: [0.06, 0.09, 0.12, 0.15],
    options: (v) => ({ tuning: { rear: { leadStepFraction: v } } }),
  },
  {
    name: 'REAR_HIGH_TO_IC_STEP_FRACTION',
    chosenBy: 'gaitEventsRear.ts; Hamner treadmill force-plate IC (0.09-0.16)',
    views: ['rear'],
    shipped: REAR_HIGH_TO_IC_STEP_FRACTION,
    grid: [0.07, 0.1, 0.13, 0.16, 0.2],
    options: (v) => ({ tuning: { rear: { highToIcStepFraction: v } } }),
  },
  {
    name: 'ACTIVE_LANDING_LPS',
    chosenBy:
      'rearActiveLandings.ts; clip-median rear landing speed on fresh noise (--landing-speeds): Hamner 0.54-2.17, Dorn 3.13-4.33 L/s, gap middle',
    views: ['rear'],
    shipped: ACTIVE_LANDING_LPS,
    grid: [1.5, 2.0, 2.65, 3.0, 3.5, 99],
    options: (v) => ({ tuning: { rear: { activeLandingLps: v } } }),
    metric: 'contactT',
  },
  {
    name: 'REAR_TO_RISE_LEAD_S',
    chosenBy:
      "rearActiveLandings.ts; TO to the ankle's fastest rise on the clean Hamner rear tracks (55-74 ms; they do not use it), Dorn 62/46 ms",
    views: ['rear'],
    shipped: REAR_TO_RISE_LEAD_S,
    grid: [0.03, 0.045, 0.06, 0.075, 0.09],
    options: (v) => ({ tuning: { rear: { toRiseLeadS: v } } }),
    metric: 'toeOffT',
  },
  {
    name: 'PELVIS_CUTOFF_HZ',
    chosenBy: 'analyzeRun.ts; scripts/noise-robustness.ts, Hamner rear seeds 1-20',
    views: ['rear'],
    shipped: PELVIS_CUTOFF_HZ,
    grid: [1.5, 2, 3, 4],
    options: (v) => ({ tuning: { pelvisCutoffHz: v } }),
  },
  {
    name: 'PELVIS_CUTOFF_STEP_SHARE',
    chosenBy:
      "analyzeRun.ts; PELVIS_CUTOFF_HZ (2 Hz) over Hamner's step rates 2.5-3.2 Hz (0.63-0.8), the middle; 0 = fixed 2 Hz",
    views: ['rear'],
    shipped: PELVIS_CUTOFF_STEP_SHARE,
    grid: [0, 0.5, 0.7, 0.9, 1.2],
    options: (v) => ({ tuning: { pelvisCutoffStepShare: v } }),
    metric: 'pelvicDropDeg',
  },
  {
    name: 'PELVIC_DROP_OWN_WEIGHT',
    chosenBy: 'analyzeRun.ts; scripts/noise-robustness.ts, Hamner rear seeds 1-10 (checked on 11-20)',
    views: ['rear'],
    shipped: PELVIC_DROP_OWN_WEIGHT,
    grid: [0.25, 0.5, 0.75, 1],
    options: (v) => ({ tuning: { pelvicDropOwnWeight: v } }),
  },
];

interface Row {
  dataset: string;
  trial: string;
  view: string;
  fps: number;
  value: number;
  pass: boolean;
  worst: number;
  failed: string[];
  mae: Record<string, number | null>;
}

/** Scores many reports in ONE python process (score.py imported as a module, not copied). */
function scoreBatch(
  jobs: { report: unknown; gt: string }[],
  dir: string,
): { pass: boolean; worst: number; failed: string[]; mae: Record<string, number | null> }[] {
  const inp = join(dir, 'batch.json');
  writeFileSync(inp, JSON.stringify(jobs));
  const py = [
    'import sys, json, importlib.util',
    `spec = importlib.util.spec_from_file_location('score', ${JSON.stringify(join(SHARED, 'tools/score.py'))})`,
    'm = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)',
    'gts = {}',
    'out = []',
    `for j in json.load(open(${JSON.stringify(inp)})):`,
    '    g = gts.get(j["gt"]) or json.load(open(j["gt"])); gts[j["gt"]] = g',
    '    r = m.score(j["report"], g, {}, out=lambda *a: None)',
    '    w = max([x["mae"] / x["tol"] for x in r["metrics"].values() if x.get("tol") and x.get("mae") is not None] or [0])',
    '    out.append({"pass": r["pass"], "worst": w, "failed": [c["name"] for c in r["checks"] if not c["passed"]], "mae": {k: x.get("mae") for k, x in r["metrics"].items()}})',
    'print(json.dumps(out))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', py], { maxBuffer: 1 << 28 }).toString());
}

function report(tr: Track, view: 'side' | 'rear', extra: Partial<AnalyzeRunOptions>) {
  const r = analyzeRun(tr, { view, d: 1, ...extra });
  return {
    format: 'hipcheck-report',
    version: 1,
    activity: 'run',
    view,
    source: { name: 'noise', durationS: 2, fps: tr.fps },
    run: r.run,
    flags: r.flags,
    quality: { framesWithPose: 1, meanScore: 0.7, warnings: [] },
  };
}

const pct = (a: Row[]) =>
  a.length ? `${Math.round((100 * a.filter((r) => r.pass).length) / a.length)}%`.padStart(4) : '   -';
const meanWorst = (a: Row[]) => a.reduce((s, r) => s + r.worst, 0) / Math.max(1, a.length);

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'hipcheck-gen-'));
  const cleanOf = new Map<string, { clean: Track; gtPath: string; height: number }>();
  for (const { trial } of TRIALS)
    for (const view of ['side', 'rear']) {
      const id = `${trial}_${view}`;
      const gtPath = sharedPath('fixtures', 'mocap', `${id}.gt.json`)!;
      const gt = JSON.parse(readFileSync(gtPath, 'utf8'));
      cleanOf.set(id, {
        clean: trackParse(
          JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', `${id}.clean.track.json`)!, 'utf8')),
        ),
        gtPath,
        height: gt.subjectHeightPx,
      });
    }
  for (const c of CONSTANTS.filter((k) => !ONLY.length || ONLY.includes(k.name))) {
    const rows: Row[] = [];
    const jobs: { report: unknown; gt: string }[] = [];
    const meta: Omit<Row, 'pass' | 'worst' | 'failed' | 'mae'>[] = [];
    const fpsList = FPS.filter((f) => !c.fps || c.fps.includes(f));
    for (const { trial, dataset } of TRIALS)
      for (const view of c.views)
        for (const fps of fpsList)
          for (const seed of SEEDS) {
            const id = `${trial}_${view}`;
            const f = cleanOf.get(id)!;
            const tr = noisyVariant(f.clean, fps, 7919 * seed + fps, f.height);
            for (const value of c.grid) {
              jobs.push({ report: report(tr, view, c.options(value)), gt: f.gtPath });
              meta.push({ dataset, trial, view, fps, value });
            }
          }
    scoreBatch(jobs, dir).forEach((s, i) => rows.push({ ...meta[i]!, ...s }));
    console.log(`\n## ${c.name} (shipped ${c.shipped}) — ${c.chosenBy}`);
    console.log(
      `fresh noise: seeds ${SEEDS.join(',')} x fps ${fpsList.join(',')}; pass rate of score.py per value\n`,
    );
    console.log(
      `| dataset | view | fps | ${c.grid.map((v) => `${v}${v === c.shipped ? '*' : ''}`).join(' | ')} |`,
    );
    console.log(`|---|---|---|${c.grid.map(() => '---').join('|')}|`);
    for (const ds of ['hamner', 'dorn'])
      for (const view of c.views)
        for (const fps of fpsList) {
          const sel = rows.filter((r) => r.dataset === ds && r.view === view && r.fps === fps);
          console.log(
            `| ${ds} | ${view} | ${fps} | ${c.grid.map((v) => pct(sel.filter((r) => r.value === v))).join(' | ')} |`,
          );
        }
    if (c.metric) {
      const m = c.metric;
      console.log(`\n${m}: mean MAE over the draws per value\n`);
      console.log(
        `| dataset | view | fps | ${c.grid.map((v) => `${v}${v === c.shipped ? '*' : ''}`).join(' | ')} |`,
      );
      console.log(`|---|---|---|${c.grid.map(() => '---').join('|')}|`);
      for (const ds of ['hamner', 'dorn'])
        for (const view of c.views)
          for (const fps of fpsList) {
            const sel = rows.filter((r) => r.dataset === ds && r.view === view && r.fps === fps);
            const mae = (v: number) => {
              const a = sel
                .filter((r) => r.value === v)
                .map((r) => r.mae[m])
                .filter((x): x is number => typeof x === 'number');
              return a.length ? (a.reduce((p, q) => p + q, 0) / a.length).toPrecision(3) : '-';
            };
            console.log(`| ${ds} | ${view} | ${fps} | ${c.grid.map(mae).join(' | ')} |`);
          }
    }
    // What fails with the shipped value (score.py check names, count over the draws).
    for (const ds of ['hamner', 'dorn'])
      for (const view of c.views)
        for (const fps of fpsList) {
          const n = new Map<string, number>();
          for (const r of rows.filter(
            (x) => x.dataset === ds && x.view === view && x.fps === fps && x.value === c.shipped,
          ))
            for (const f of r.failed) n.set(f, (n.get(f) ?? 0) + 1);
          if (n.size)
            console.log(
              `  fails with ${c.shipped}, ${ds} ${view} ${fps} fps: ${[...n].map(([k, v]) => `${k} x${v}`).join(', ')}`,
            );
        }
    console.log(
      `\nleave-one-trial-out (chosen on the other ${TRIALS.length - 1} trials, scored on the held-out one)\n`,
    );
    console.log(
      "| held-out trial | chosen by the others | held-out pass (others' choice) | held-out pass (shipped) | best on held-out |",
    );
    console.log('|---|---|---|---|---|');
    let sumLoo = 0;
    let sumShip = 0;
    for (const { trial } of TRIALS) {
      const others = rows.filter((r) => r.trial !== trial);
      const held = rows.filter((r) => r.trial === trial);
      const score = (v: number) => {
        const a = others.filter((r) => r.value === v);
        return a.filter((r) => r.pass).length / a.length - 1e-3 * meanWorst(a);
      };
      const chosen = c.grid.reduce((b, v) => (score(v) > score(b) ? v : b), c.grid[0]!);
      const rate = (v: number) =>
        held.filter((r) => r.value === v && r.pass).length /
        Math.max(1, held.filter((r) => r.value === v).length);
      const best = c.grid.reduce((b, v) => (rate(v) > rate(b) ? v : b), c.grid[0]!);
      sumLoo += rate(chosen);
      sumShip += rate(c.shipped);
      console.log(
        `| ${trial} | ${chosen} | ${Math.round(100 * rate(chosen))}% | ${Math.round(100 * rate(c.shipped))}% | ${Math.round(100 * rate(best))}% (${best}) |`,
      );
    }
    console.log(
      `| mean | | ${Math.round((100 * sumLoo) / TRIALS.length)}% | ${Math.round((100 * sumShip) / TRIALS.length)}% | |`,
    );
  }
}

/** The rear view's clip-median landing speed (L/s) per trial and fps on fresh noise, and the LOTO gap middles. */
function landingSpeeds(): void {
  const per = new Map<string, number[]>();
  for (const { trial } of TRIALS) {
    const id = `${trial}_rear`;
    const gt = JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', `${id}.gt.json`)!, 'utf8'));
    const clean = trackParse(
      JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', `${id}.clean.track.json`)!, 'utf8')),
    );
    const all: number[] = [];
    for (const fps of FPS) {
      const v: number[] = [];
      for (const seed of SEEDS) {
        let lps = NaN;
        analyzeRun(noisyVariant(clean, fps, 7919 * seed + fps, gt.subjectHeightPx), {
          view: 'rear',
          d: 1,
          tuning: { rear: { onLandingLps: (x) => (lps = x) } },
        });
        v.push(lps);
      }
      all.push(...v);
      console.log(
        `${id.padEnd(30)} ${fps} fps: ${Math.min(...v).toFixed(2)}-${Math.max(...v).toFixed(2)} L/s`,
      );
    }
    per.set(trial, all);
  }
  const sprint = (t: string) => t.startsWith('dorn');
  const gap = (ts: string[]) => {
    const lo = Math.max(...ts.filter((t) => !sprint(t)).flatMap((t) => per.get(t)!));
    const hi = Math.min(...ts.filter(sprint).flatMap((t) => per.get(t)!));
    return { lo, hi, mid: (lo + hi) / 2 };
  };
  const g = gap([...per.keys()]);
  console.log(
    `\nall trials: jogging max ${g.lo.toFixed(2)}, sprint min ${g.hi.toFixed(2)}, middle ${g.mid.toFixed(2)} (shipped ${ACTIVE_LANDING_LPS})`,
  );
  for (const t of per.keys()) {
    const m = gap([...per.keys()].filter((x) => x !== t)).mid;
    const v = per.get(t)!;
    const ok = sprint(t) ? Math.min(...v) >= m : Math.max(...v) < m;
    console.log(
      `without ${t}: middle ${m.toFixed(2)}; held-out ${t} ${Math.min(...v).toFixed(2)}-${Math.max(...v).toFixed(2)}: ${ok ? 'all on the right side' : 'MISCLASSIFIED'}`,
    );
  }
}

if (process.argv.includes('--landing-speeds')) landingSpeeds();
else main();
