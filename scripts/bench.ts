// npm run bench: MoveNet per-frame latency on every backend Node has (wasm, cpu), Lightning and
// Thunder interleaved in the same rounds so they share the machine's noise, the CLI's end-to-end
// throughput on male_side.mp4, then the Chromium rows from scripts/bench-browser.ts (benchBrowser),
// then the size of every built chunk against its budget (scripts/chunkSizes.ts).
// `--cli` runs only the CLI rows: `hipcheck pose` serial vs 2 and N worker threads, side by side,
// then `hipcheck analyze` end to end (a process per run: start-up, workers and analysis included).
// Prints a table and writes bench-results/bench-<time>.json and bench-results/latest.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setBackend } from '@tensorflow/tfjs-core';
import { availableParallelism } from 'node:os';
import { NodePosePool } from '../src/cli/nodePosePool.ts';
import { poseVideo } from '../src/cli/poseVideo.ts';
import { videoFrames } from '../src/cli/videoFrames.ts';
import { videoProbe } from '../src/cli/videoProbe.ts';
import { initNodeBackend, type NodeBackendName } from '../src/pose/node/initNodeBackend.ts';
import { nodeModelHandler } from '../src/pose/node/nodeModelHandler.ts';
import { createPoseEstimator } from '../src/pose/poseEstimator.ts';
import { POSE_INPUT_LONG_SIDE_PX, poseInputSize } from '../src/pose/poseInputSize.ts';
import type { PoseEstimator, PoseModelKind, RawPixels } from '../src/pose/poseTypes.ts';
import { appBuild } from '../tests/e2e/helpers/browserApp.ts';
import { chunkSizes, chunkTable } from './chunkSizes.ts';
import { benchStats, type BenchRow, type BenchThroughput, type BrowserBenchResult } from './benchTypes.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.HIPCHECK_SHARED ?? resolve(ROOT, '../shared');
const CLIP = join(SHARED, 'media/running/male_side.mp4');
const MODELS: PoseModelKind[] = ['lightning', 'thunder'];
/** Timed rounds per backend (each round runs every model once). cpu is ~1 s (L) / ~4 s (T) a frame. */
const ROUNDS: Record<NodeBackendName, { warmup: number; rounds: number }> = {
  wasm: { warmup: 5, rounds: 60 },
  cpu: { warmup: 1, rounds: 4 },
};
const quick = process.argv.includes('--quick');

async function clipFrames(n: number, size: { width: number; height: number } | null): Promise<RawPixels[]> {
  const out: RawPixels[] = [];
  for await (const f of videoFrames(CLIP, size ? { scaleTo: size } : {})) {
    out.push({ ...f.pixels, data: f.pixels.data.slice() });
    if (out.length === n) break;
  }
  return out;
}

async function benchBackend(
  backend: NodeBackendName,
  frames: Record<PoseModelKind, RawPixels[]>,
  full: RawPixels[],
): Promise<BenchRow[]> {
  const got = await initNodeBackend({ prefer: backend });
  if (got !== backend) {
    console.error(`bench: backend '${backend}' is not available here (got '${got}'); skipped.`);
    return [];
  }
  const est = new Map<
    string,
    { e: PoseEstimator; frames: RawPixels[]; what: string; model: PoseModelKind; ms: number[] }
  >();
  for (const model of MODELS) {
    const e = await createPoseEstimator({ model, modelUrl: await nodeModelHandler(model) });
    const f = frames[model][0]!;
    est.set(model, {
      e,
      frames: frames[model],
      model,
      what: `estimate (${f.width}x${f.height} RGB, as the CLI)`,
      ms: [],
    });
    // Full-resolution input only on wasm: shows what downscaling first saves.
    // Its own estimator, so the two inputs do not share MoveNet's crop-region tracking state.
    if (backend === 'wasm') {
      const e2 = await createPoseEstimator({ model, modelUrl: await nodeModelHandler(model) });
      est.set(`${model}-full`, {
        e: e2,
        frames: full,
        model,
        what: `estimate (${full[0]!.width}x${full[0]!.height} RGB, --full-res)`,
        ms: [],
      });
    }
  }
  const { warmup, rounds } = ROUNDS[backend];
  const nRounds = quick ? Math.ceil(rounds / 4) : rounds;
  for (let r = -warmup; r < nRounds; r++) {
    for (const c of est.values()) {
      const frame = c.frames[(r + warmup) % c.frames.length]!;
      const t0 = performance.now();
      await c.e.estimate(frame, 0);
      if (r >= 0) c.ms.push(performance.now() - t0);
    }
  }
  const rows = [...est.values()].map((c): BenchRow => ({
    where: 'node',
    backend,
    model: c.model,
    what: c.what,
    n: c.ms.length,
    ...benchStats(c.ms),
  }));
  for (const c of est.values()) c.e.dispose();
  return rows;
}

/**
 * `hipcheck pose male_side.mp4` end to end (ffmpeg decode + wasm Lightning), the one-thread serial
 * path and the worker-thread pool (issue 15: 2 and N = cores workers), in interleaved rounds so
 * they share the machine's noise; the faster round of each counts. Worker start-up (tfjs + model
 * in each thread) is outside the timing, as the model load is for the serial path.
 */
async function benchCli(rounds = quick ? 1 : 2): Promise<BenchThroughput[]> {
  await initNodeBackend({ prefer: 'wasm' });
  const e = await createPoseEstimator({ model: 'lightning', modelUrl: await nodeModelHandler('lightning') });
  await e.estimate({ data: new Uint8Array(64 * 64 * 3), width: 64, height: 64, channels: 3 }, 0);
  const n = availableParallelism();
  const sizes = [...new Set([1, 2, n])];
  const pools = new Map<number, NodePosePool | null>();
  for (const k of sizes) pools.set(k, k > 1 ? await NodePosePool.start(k, { model: 'lightning' }) : null);
  const best = new Map<number, { wallS: number; videoS: number; frames: number }>();
  for (let r = 0; r < rounds; r++)
    for (const k of sizes) {
      const out = await poseVideo(CLIP, e, { pool: pools.get(k) ?? null });
      const prev = best.get(k);
      if (!prev || out.elapsedS < prev.wallS)
        best.set(k, { wallS: out.elapsedS, videoS: out.videoS, frames: out.track.frames.length });
    }
  for (const p of pools.values()) await p?.close();
  e.dispose();
  const serial = best.get(1)!.wallS;
  return sizes.map((k) => {
    const b = best.get(k)!;
    return {
      where: 'node',
      what:
        k === 1
          ? 'hipcheck pose male_side.mp4 -j 1 (serial: one thread, ffmpeg decoding alongside)'
          : `hipcheck pose male_side.mp4 -j ${k} (${k} worker threads, stitched), ${(serial / b.wallS).toFixed(2)}x the serial path`,
      frames: b.frames,
      wallS: b.wallS,
      videoS: b.videoS,
      framesPerS: b.frames / b.wallS,
      realTimeMultiple: b.videoS / b.wallS,
    };
  });
}

/**
 * `hipcheck analyze male_side.mp4 --jobs k` end to end, as a user runs it: one process per run, so
 * tfjs and the model loading in the main thread and in every worker count. Serial and pooled runs
 * alternate so they share the machine's noise; the faster round of each counts, and each pooled
 * round's report must give the serial report's step count and cadence (within 0.5 steps/min).
 */
function benchAnalyze(rounds = quick ? 1 : 2): BenchThroughput[] {
  const dir = mkdtempSync(join(tmpdir(), 'hipcheck-bench-'));
  const sizes = [...new Set([1, 2, availableParallelism()])];
  const best = new Map<number, number>();
  const reports = new Map<
    number,
    { steps: number; cadenceSpm: number | null; videoS: number; fps: number }
  >();
  try {
    for (let r = 0; r < rounds; r++)
      for (const k of sizes) {
        const out = join(dir, `r${k}.json`);
        const t0 = performance.now();
        execFileSync(
          process.execPath,
          [join(ROOT, 'bin/hipcheck.mjs'), 'analyze', CLIP, '--jobs', String(k), '--json', out, '-q'],
          { stdio: ['ignore', 'ignore', 'inherit'] },
        );
        const wallS = (performance.now() - t0) / 1000;
        best.set(k, Math.min(best.get(k) ?? Infinity, wallS));
        const rep = JSON.parse(readFileSync(out, 'utf8')) as {
          source: { durationS: number; fps: number };
          run?: { steps: unknown[]; cadenceSpm: number | null };
        };
        reports.set(k, {
          steps: rep.run?.steps.length ?? 0,
          cadenceSpm: rep.run?.cadenceSpm ?? null,
          videoS: rep.source.durationS,
          fps: rep.source.fps,
        });
      }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const serial = best.get(1)!;
  const ref = reports.get(1)!;
  return sizes.map((k) => {
    const wallS = best.get(k)!;
    const rep = reports.get(k)!;
    const same =
      rep.steps === ref.steps &&
      rep.cadenceSpm !== null &&
      ref.cadenceSpm !== null &&
      Math.abs(rep.cadenceSpm - ref.cadenceSpm) <= 0.5;
    const frames = Math.round(rep.videoS * rep.fps);
    return {
      where: 'node',
      what: `hipcheck analyze male_side.mp4 --jobs ${k} (whole process: start-up, pose, analysis)${k > 1 ? `, ${(serial / wallS).toFixed(2)}x the serial run; ${rep.steps} steps, ${rep.cadenceSpm} steps/min (serial ${ref.steps}, ${ref.cadenceSpm}): ${same ? 'same' : 'DIFFERENT'}` : `; ${rep.steps} steps, ${rep.cadenceSpm} steps/min`}`,
      frames,
      wallS,
      videoS: rep.videoS,
      framesPerS: frames / wallS,
      realTimeMultiple: rep.videoS / wallS,
    };
  });
}

async function benchBrowserRows(): Promise<BrowserBenchResult | null> {
  const path = join(ROOT, 'scripts/bench-browser.ts');
  if (!existsSync(path)) {
    console.error(
      'bench: scripts/bench-browser.ts is missing: no Chromium rows and no browser throughput in this run.',
    );
    return null;
  }
  const mod = (await import(/* @vite-ignore */ new URL('./bench-browser.ts', import.meta.url).href)) as {
    benchBrowser?: () => Promise<BrowserBenchResult | void>;
  };
  if (typeof mod.benchBrowser !== 'function') {
    console.error('bench: scripts/bench-browser.ts does not export benchBrowser(); browser part skipped.');
    return null;
  }
  return (await mod.benchBrowser()) ?? {};
}

function printTable(rows: BenchRow[], tp: BenchThroughput[]): void {
  const cols: [string, (r: BenchRow) => string, boolean][] = [
    ['where', (r) => r.where, false],
    ['backend', (r) => r.backend, false],
    ['model', (r) => r.model, false],
    ['what', (r) => r.what, false],
    ['n', (r) => String(r.n), true],
    ['median ms', (r) => r.medianMs.toFixed(1), true],
    ['p90 ms', (r) => r.p90Ms.toFixed(1), true],
  ];
  const widths = cols.map(([h, f]) => Math.max(h.length, ...rows.map((r) => f(r).length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (cols[i]![2] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(`\n${line(cols.map(([h]) => h))}`);
  for (const r of rows) console.log(line(cols.map(([, f]) => f(r))));
  const byKey = new Map(rows.map((r) => [`${r.where}/${r.backend}/${r.model}/${r.what}`, r]));
  const ratio = (a: BenchRow | undefined, b: BenchRow | undefined) =>
    a && b ? (b.medianMs / a.medianMs).toFixed(2) : 'n/a';
  const first = (where: string, backend: string, model: string) =>
    [...byKey.values()].find((r) => r.where === where && r.backend === backend && r.model === model);
  console.log(
    `\nratios (medians, same run): node thunder/lightning on wasm = ${ratio(first('node', 'wasm', 'lightning'), first('node', 'wasm', 'thunder'))}, node cpu/wasm lightning = ${ratio(first('node', 'wasm', 'lightning'), first('node', 'cpu', 'lightning'))}`,
  );
  for (const t of tp)
    console.log(
      `throughput: ${t.where}: ${t.what}: ${t.frames} frames in ${t.wallS.toFixed(1)} s = ${t.framesPerS.toFixed(1)} frames/s = ${t.realTimeMultiple.toFixed(2)}x real time`,
    );
}

async function main(): Promise<void> {
  if (!existsSync(CLIP)) {
    console.error(`bench: ${CLIP} not found; set HIPCHECK_SHARED to the shared/ folder.`);
    process.exitCode = 1;
    return;
  }
  // `--cli`: only the command line's serial-vs-pool rows (a minute, not the whole bench).
  if (process.argv.includes('--cli')) return printTable([], [...(await benchCli()), ...benchAnalyze()]);
  const info = await videoProbe(CLIP);
  const frames = {} as Record<PoseModelKind, RawPixels[]>;
  for (const m of MODELS)
    frames[m] = await clipFrames(30, poseInputSize(info.width, info.height, POSE_INPUT_LONG_SIDE_PX[m]));
  const full = await clipFrames(30, null);
  const rows: BenchRow[] = [];
  for (const b of ['wasm', 'cpu'] as const) rows.push(...(await benchBackend(b, frames, full)));
  const throughput = [...(await benchCli()), ...benchAnalyze()];
  await setBackend('wasm');
  const browser = await benchBrowserRows();
  rows.push(...(browser?.rows ?? []));
  throughput.push(...(browser?.throughput ?? []));
  printTable(rows, throughput);
  // The built app's chunks against their budgets (issue 16; the same build the browser rows used).
  const chunks = chunkSizes(await appBuild());
  console.log(`\n${chunkTable(chunks)}`);
  const dir = join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    quick,
    rows,
    throughput,
    browser,
    chunks,
  };
  const text = JSON.stringify(result, null, 2);
  writeFileSync(join(dir, `bench-${result.date.replace(/[:.]/g, '-')}.json`), text);
  writeFileSync(join(dir, 'latest.json'), text);
  console.log(`\nwritten: bench-results/latest.json`);
}

await main();
