// Browser half of `npm run bench` (scripts/bench.ts calls benchBrowser()): in headless Chromium
// against the production build, per-frame latency of Lightning and Thunder on each backend the
// browser offers, the end-to-end upload pipeline on male_side.mp4 through the real page, and the
// real page's main-thread long tasks per clip (male_side.mp4 and its 60 fps 1080×1920 version).
// `--pipeline [--rounds N]`: only the serial-vs-pool table (with the main thread's long tasks of each
// path) and then, per clip, the long tasks of the real page from choosing the file to the settled
// review, before/after the track is ready, each named by its long animation frame's scripts;
// `--pipeline --long-tasks`: only the latter. `--live`: the live camera's frame rate.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { fakeCameraArgs, ffmpeg } from '../tests/e2e/helpers/mediaTools.ts';
import { ROOT } from '../tests/helpers/shared.ts';
import { descendantsCpuS, withCpu } from './procCpu.ts';
import type { PipelineRun } from '../src/app/benchHooks.ts';
import { sharedPath } from '../tests/helpers/shared.ts';
import { appStart, CHROMIUM, CHROMIUM_ARGS, type RunningApp } from '../tests/e2e/helpers/browserApp.ts';
import { pageStats, uploadVideo, waitForOutcome } from '../tests/e2e/helpers/appActions.ts';
import {
  clearLongTasks,
  longFrames,
  longTasks,
  LONG_TASK_PROBE,
  waitForReport,
  waitForReviewSettled,
  type LongFrame,
  type LongTask,
} from '../tests/e2e/helpers/reviewActions.ts';
import { benchStats, type BenchRow, type BenchThroughput, type BrowserBenchResult } from './benchTypes.ts';
import type { LatencySamples } from '../src/app/benchHooks.ts';

export type BrowserBenchRows = BrowserBenchResult;

/**
 * The 60 frames/s clip of the pipeline bench: male_side.mp4's first 6.5 s at 1080×1920, 60 frames/s
 * (each frame shown twice), x264 with B-frames and a keyframe every second like a phone's; made by
 * ffmpeg into tests/artifacts (git-ignored) the first time. The same size, rate and length as the
 * held-out 1080×1920 60 fps treadmill clip the issue timed (0.21× real time).
 */
export function clip60fps(source: string): string {
  const out = join(ROOT, 'tests/artifacts/male_side_60fps.mp4');
  if (!existsSync(out)) {
    mkdirSync(dirname(out), { recursive: true });
    ffmpeg([
      '-i',
      source,
      '-t',
      '6.5',
      '-vf',
      'scale=1080:1920,fps=60',
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-crf',
      '23',
      '-g',
      '60',
      '-bf',
      '2',
      '-an',
      out,
    ]);
  }
  return out;
}

export interface PipelineBenchRow extends PipelineRun {
  clip: string;
  /** Chromium's CPU seconds over the run / (wall × cores). */
  cpuUtilisation: number;
  wallS: number;
  /** Clip seconds / analysis seconds (model already loaded). */
  realTimeMultiple: number;
  /** Main-thread long tasks (≥ 50 ms, LONG_TASK_PROBE) while this path made the track: worst and sum (ms). */
  longTaskMaxMs: number;
  longTaskTotalMs: number;
}

type BenchWindow = {
  hipcheckBench: {
    blobFromBase64(s: string): Blob;
    cores(): number;
    pipeline(c: Blob, mode: string, workers: number): Promise<PipelineRun>;
  };
};

/**
 * Issue 15: the single-worker serial path and the pool with 1, 2 and N workers on the same page,
 * one after the other, each with fresh workers, on male_side.mp4 and the 60 fps clip. The machine
 * is shared: compare the ratios within one run, not the absolute numbers across runs.
 */
export async function benchPipeline(page: Page, clips: string[], rounds = 1): Promise<PipelineBenchRow[]> {
  const cores = await page.evaluate(() => (window as unknown as BenchWindow).hipcheckBench.cores());
  const configs: [string, number][] = [
    ['serial', 1],
    ['pool', 1],
    ['pool', 2],
  ];
  if (cores > 2) configs.push(['pool', cores]);
  else
    console.log(
      `bench-pipeline: navigator.hardwareConcurrency = ${cores}: the 2-worker pool is the N-worker one here`,
    );
  const runs: (PipelineBenchRow & { config: number })[] = [];
  // Rounds interleave every configuration, so a burst of load from elsewhere hits them alike.
  for (let round = 0; round < rounds; round++) {
    for (const clip of clips) {
      await page.evaluate((b64) => {
        (window as unknown as { __clip: Blob }).__clip = (
          window as unknown as BenchWindow
        ).hipcheckBench.blobFromBase64(b64);
      }, readFileSync(clip).toString('base64'));
      for (const [config, [mode, workers]] of configs.entries()) {
        await clearLongTasks(page);
        const m = await withCpu(() =>
          page.evaluate(
            ([mo, w]) =>
              (window as unknown as BenchWindow).hipcheckBench.pipeline(
                (window as unknown as { __clip: Blob }).__clip,
                mo as string,
                w as number,
              ),
            [mode, workers] as const,
          ),
        );
        const r = m.value;
        const lt = await longTasks(page);
        runs.push({
          longTaskMaxMs: Math.max(0, ...lt.map((x) => x.ms)),
          longTaskTotalMs: lt.reduce((a, x) => a + x.ms, 0),
          ...r,
          config,
          clip: clip.split('/').pop()!,
          cpuUtilisation: m.utilisation,
          wallS: m.wallS,
          realTimeMultiple: r.clipS / (r.analysisMs / 1000),
        });
        const segs = r.stats.segmentMs
          ? `, segments ${r.stats.segmentMs.map((x) => (x / 1000).toFixed(1)).join(' / ')} s`
          : '';
        console.log(
          `bench-pipeline: round ${round + 1}/${rounds} ${clip.split('/').pop()} ${mode} ${r.workers}w: ${(r.analysisMs / 1000).toFixed(1)} s, ${(r.clipS / (r.analysisMs / 1000)).toFixed(2)}x real time, cpu ${(m.utilisation * 100).toFixed(0)} %${segs}; long tasks ${lt.length ? lt.map((x) => x.ms.toFixed(0)).join('/') + ' ms' : 'none'}`,
        );
      }
    }
  }
  // Per clip and configuration, the run with the median analysis time.
  const rows: PipelineBenchRow[] = [];
  for (const clip of clips.map((c) => c.split('/').pop()!)) {
    for (let config = 0; config < configs.length; config++) {
      const byTime = runs
        .filter((r) => r.clip === clip && r.config === config)
        .sort((a, b) => a.analysisMs - b.analysisMs);
      const med = byTime[Math.floor((byTime.length - 1) / 2)];
      if (med) rows.push(med);
    }
  }
  return rows;
}

/** The stage table and the ratios to the serial path of the same clip, same run. */
export function printPipeline(rows: PipelineBenchRow[]): void {
  const perFrame = (ms: number, r: PipelineBenchRow) =>
    Number.isFinite(ms) ? (ms / r.frames).toFixed(1) : 'n/a';
  const head = [
    'clip',
    'path',
    'workers',
    'frames',
    'model load s',
    'demux ms',
    'decode wait ms/f',
    'scale ms/f',
    'model ms/f',
    'crop warm ms',
    'track build ms',
    'analysis s',
    'x real time',
    'vs serial',
    'cpu %',
    'long task max/sum ms',
  ];
  const body = rows.map((r) => {
    const serial = rows.find((x) => x.clip === r.clip && x.mode === 'serial');
    return [
      r.clip,
      r.mode,
      String(r.workers),
      String(r.frames),
      (r.modelLoadMs / 1000).toFixed(1),
      r.demuxMs.toFixed(0),
      perFrame(r.stats.decodeWaitMs, r),
      perFrame(r.stats.prepMs, r),
      perFrame(r.stats.modelMs, r),
      (r.stats.warmMs ?? 0).toFixed(0),
      (r.stats.trackBuildMs ?? 0).toFixed(0),
      (r.analysisMs / 1000).toFixed(1),
      r.realTimeMultiple.toFixed(2),
      serial ? `${(serial.analysisMs / r.analysisMs).toFixed(2)}x` : 'n/a',
      (r.cpuUtilisation * 100).toFixed(0),
      `${r.longTaskMaxMs.toFixed(0)} / ${r.longTaskTotalMs.toFixed(0)}`,
    ];
  });
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i < 2 ? x.padEnd(w[i]!) : x.padStart(w[i]!))).join('  ');
  console.log(
    `\nupload pipeline, headless Chromium (median run of each row; per-frame stages summed over workers; analysis = file handed over → track, model loaded):\n${line(head)}`,
  );
  for (const b of body) console.log(line(b));
}

/** One upload through the real page, file chosen → review settled: the main thread's long tasks. */
export interface PageLongTaskRun {
  clip: string;
  /** `uptime`'s 1-minute load average when the run ended. */
  load1: number;
  workers: number;
  /** File chosen → report shown; and → the review settled (tables drawn, then 1 s without a long task). */
  toReportS: number;
  toSettledS: number;
  /** Long tasks before the track was ready (the pose workers ran) and after it (analysis, review render). */
  pose: LongTask[];
  review: LongTask[];
  /** The long animation frames of the whole run with their scripts (what code each long task ran). */
  frames: LongFrame[];
}

const loadAvg1 = (): number => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/**
 * Issue 15 ("the main thread's worst long task during analysis stays under 50 ms"): the app's own
 * upload path (the pool, warmed at idle on page load) on a fresh page per run, with LONG_TASK_PROBE
 * from page load; the long tasks between choosing the file and the settled review, split at the
 * `hipcheck:track-ready` mark (src/app/analysis/useAnalysis.ts), as in tests/e2e/review.test.ts.
 */
export async function benchPageLongTasks(
  app: RunningApp,
  clips: string[],
  rounds = 1,
): Promise<PageLongTaskRun[]> {
  const runs: PageLongTaskRun[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const clip of clips) {
      const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
      try {
        await page.addInitScript(LONG_TASK_PROBE);
        await page.goto(app.url);
        await page.locator('[data-testid=backend]').waitFor({ timeout: 120_000 });
        await page.waitForTimeout(500);
        const t0 = await page.evaluate(() => performance.now());
        const w0 = Date.now();
        await uploadVideo(page, clip);
        await waitForReport(page, 600_000);
        const toReportS = (Date.now() - w0) / 1000;
        // The review keeps rendering after the cadence card shows (a transition).
        await waitForReviewSettled(page);
        const toSettledS = (Date.now() - w0) / 1000 - 1;
        const trackReady = await page.evaluate(
          () => performance.getEntriesByName('hipcheck:track-ready').at(-1)?.startTime ?? NaN,
        );
        const tasks = (await longTasks(page)).filter((x) => x.start >= t0);
        const st = await pageStats(page);
        runs.push({
          clip: clip.split('/').pop()!,
          load1: loadAvg1(),
          workers: st.workers ?? 1,
          toReportS,
          toSettledS,
          pose: tasks.filter((x) => x.start < trackReady),
          review: tasks.filter((x) => x.start >= trackReady),
          frames: (await longFrames(page)).filter((x) => x.start + x.ms >= t0),
        });
      } finally {
        await page.close();
      }
    }
  }
  return runs;
}

/** What ran in a long task: the scripts of the long animation frames it overlaps, longest first. */
function attribute(task: LongTask, frames: LongFrame[]): string {
  const parts: string[] = [];
  for (const f of frames) {
    if (f.start > task.start + task.ms || f.start + f.ms < task.start) continue;
    for (const s of [...f.scripts].sort((a, b) => b.ms - a.ms))
      if (s.ms >= 5)
        parts.push(
          `${s.fn || '(anonymous)'}@${s.src} [${s.invoker}] ${s.ms.toFixed(0)} ms${s.layoutMs >= 5 ? ` (forced layout ${s.layoutMs.toFixed(0)})` : ''}`,
        );
    if (f.renderMs >= 5)
      parts.push(`render ${f.renderMs.toFixed(0)} ms (style+layout ${f.styleLayoutMs.toFixed(0)})`);
  }
  return parts.join('; ') || 'no script attribution';
}

export function printPageLongTasks(runs: PageLongTaskRun[], verbose = true): void {
  const sum = (t: LongTask[]) => t.reduce((a, x) => a + x.ms, 0);
  const max = (t: LongTask[]) => Math.max(0, ...t.map((x) => x.ms));
  console.log(
    "\nmain-thread long tasks (≥ 50 ms) through the real page, file chosen → review settled (the app's pool path):",
  );
  for (const r of runs)
    console.log(
      `  ${r.clip.padEnd(22)} ${r.workers}w load ${r.load1.toFixed(2).padStart(5)}  report ${r.toReportS.toFixed(1)} s, settled ${r.toSettledS.toFixed(1)} s;  while the pose workers ran: max ${max(r.pose).toFixed(0)} ms, sum ${sum(r.pose).toFixed(0)} ms (${r.pose.length});  after the track was ready (analysis, review render): max ${max(r.review).toFixed(0)} ms, sum ${sum(r.review).toFixed(0)} ms (${r.review.length})`,
    );
  if (!verbose) return;
  for (const r of runs)
    for (const t of [...r.pose, ...r.review])
      console.log(
        `    ${r.clip} ${r.review.includes(t) ? 'review' : 'pose  '} ${t.ms.toFixed(0).padStart(4)} ms @${t.start.toFixed(0)}: ${attribute(t, r.frames)}`,
      );
}

/** Frames timed per backend and model (software WebGL is ~0.3–1 s a frame, so fewer there). */
const N: Record<string, Record<'lightning' | 'thunder', number>> = {
  wasm: { lightning: 60, thunder: 30 },
  webgl: { lightning: 10, thunder: 5 },
};

/**
 * Issue 15: the live camera's frame rate with the skeleton drawn. Chromium's fake camera plays
 * male_side.mp4 (first 8 s at 360×640, 30 frames/s, looped: the review e2e's clip); after the first
 * skeleton, the skeletons drawn over 10 s are counted (LiveScreen's data-readings).
 */
async function benchLive(app: RunningApp, clip: string): Promise<BenchThroughput> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...fakeCameraArgs(clip)],
  });
  try {
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.locator('input[name=activity][value=run]').check();
    await page.getByRole('button', { name: 'Start camera' }).click();
    const skeleton = page.getByTestId('live-skeleton');
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid=live-skeleton]')?.getAttribute('data-points')) === 17,
      null,
      { timeout: 120_000 },
    );
    const count = async () => Number((await skeleton.getAttribute('data-readings')) ?? 0);
    const n0 = await count();
    const t0 = Date.now();
    const cpu0 = descendantsCpuS();
    await page.waitForTimeout(10_000);
    const frames = (await count()) - n0;
    const wallS = (Date.now() - t0) / 1000;
    // Chromium's CPU time (every process) per skeleton: the live path's own cost, which the
    // machine's other load does not change the way it changes the frame rate.
    const cpuMsPerFrame = ((descendantsCpuS() - cpu0) * 1000) / Math.max(1, frames);
    return {
      where: 'chromium',
      what: `live camera (fake 360×640 camera at 30 frames/s), Lightning, skeleton drawn; Chromium CPU ${cpuMsPerFrame.toFixed(0)} ms a skeleton`,
      frames,
      wallS,
      videoS: wallS,
      framesPerS: frames / wallS,
      realTimeMultiple: frames / wallS / 30,
    };
  } finally {
    await browser.close();
  }
}

export async function benchBrowser(): Promise<BrowserBenchRows> {
  const clip = sharedPath('media', 'running', 'male_side.mp4');
  if (!clip) {
    console.error('bench-browser: male_side.mp4 not found (set HIPCHECK_SHARED); skipped.');
    return {};
  }
  const app = await appStart();
  const rows: BenchRow[] = [];
  const throughput: BenchThroughput[] = [];
  const notes: string[] = [];
  let pipeline: PipelineBenchRow[] | undefined;
  let pageLongTasks: PageLongTaskRun[] | undefined;
  try {
    const page: Page = await app.browser.newPage();
    await page.goto(`${app.url}?bench`);
    await page.waitForFunction(() => 'hipcheckBench' in window);
    const b64 = readFileSync(clip).toString('base64');
    for (const backend of ['wasm', 'webgl'] as const) {
      for (const model of ['lightning', 'thunder'] as const) {
        const s = await page.evaluate(
          async ([b, m, be, n]) => {
            const h = (
              window as unknown as {
                hipcheckBench: {
                  blobFromBase64(s: string): Blob;
                  latency(c: Blob, m: string, b: string, n: number): Promise<LatencySamples>;
                };
              }
            ).hipcheckBench;
            return h.latency(h.blobFromBase64(b as string), m as string, be as string, n as number);
          },
          [b64, model, backend, N[backend]![model]] as const,
        );
        if (s.init.backend !== backend) {
          notes.push(
            `${backend} ${model}: did not start (${s.init.reason}); ran on ${s.init.backend}, row skipped`,
          );
          break;
        }
        const flag =
          backend === 'webgl' && /swiftshader|llvmpipe|software/i.test(s.init.webglRenderer ?? s.init.reason)
            ? ' [SOFTWARE: SwiftShader]'
            : '';
        const simd =
          backend === 'wasm' ? ` (SIMD ${s.init.simd ? 'on' : 'off'}, ${s.init.threads ?? 1} thread)` : '';
        rows.push({
          where: 'chromium',
          backend: backend + flag,
          model,
          what: `worker: estimate only (${s.inputSize})${simd}`,
          n: s.modelMs.length,
          ...benchStats(s.modelMs),
        });
        rows.push({
          where: 'chromium',
          backend: backend + flag,
          model,
          what: `page→worker→page, ImageBitmap ${s.inputSize}`,
          n: s.roundTripMs.length,
          ...benchStats(s.roundTripMs),
        });
      }
    }
    await page.close();

    const pp = await app.browser.newPage();
    await pp.addInitScript(LONG_TASK_PROBE);
    await pp.goto(`${app.url}?bench`);
    await pp.waitForFunction(() => 'hipcheckBench' in window);
    const at = process.argv.indexOf('--rounds');
    pipeline = await benchPipeline(pp, [clip, clip60fps(clip)], at > 0 ? Number(process.argv[at + 1]) : 1);
    await pp.close();

    // End to end through the real page: the pool warms at idle on page load (the backend line
    // appears), then file input → pool (mp4box + WebCodecs + WASM Lightning) → analysis worker → review.
    const ui = await app.newPage();
    const tw = Date.now();
    await ui.locator('[data-testid=backend]').waitFor({ timeout: 120_000 });
    const warmS = (Date.now() - tw) / 1000;
    const t0 = Date.now();
    await uploadVideo(ui, clip);
    await waitForOutcome(ui, 600_000);
    const trackS = (Date.now() - t0) / 1000;
    await waitForReport(ui, 600_000);
    const wallPageS = (Date.now() - t0) / 1000;
    const st = await pageStats(ui);
    const videoS = 12;
    throughput.push({
      where: 'chromium',
      what: `upload pipeline male_side.mp4, Lightning/wasm, ${st.workers ?? 1} worker(s) (per frame summed over workers: model ${(st.modelMs / st.frames).toFixed(1)} ms, prep ${(st.prepMs / st.frames).toFixed(1)} ms, decode wait ${(st.decodeWaitMs / st.frames).toFixed(1)} ms)`,
      frames: st.frames,
      wallS: st.wallMs / 1000,
      videoS,
      framesPerS: st.fps,
      realTimeMultiple: st.realTimeRatio,
    });
    notes.push(
      `page: model warmed at idle on page load in ${warmS.toFixed(1)} s; file chosen → track ${trackS.toFixed(1)} s (waited ${((st.modelWaitMs ?? 0) / 1000).toFixed(1)} s for the model, demux ${(st.demuxMs ?? 0).toFixed(0)} ms); → review painted (analysis + first paint) ${(wallPageS - trackS).toFixed(1)} s; total ${wallPageS.toFixed(1)} s = ${(videoS / wallPageS).toFixed(2)}x real time`,
    );
    await ui.close();
    // The main thread's long tasks through the real page, per clip (as `--pipeline --long-tasks`).
    pageLongTasks = await benchPageLongTasks(app, [clip, clip60fps(clip)]);
    throughput.push(await benchLive(app, clip));
  } finally {
    await app.close();
  }
  for (const n of notes) console.log(`bench-browser: ${n}`);
  if (pipeline) printPipeline(pipeline);
  if (pageLongTasks) printPageLongTasks(pageLongTasks, false);
  return { rows, throughput, notes, pipeline, pageLongTasks };
}

// Run on its own: node bin/run-ts.mjs scripts/bench-browser.ts
if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--live')) {
  // Only the live camera's frame rate: node bin/run-ts.mjs scripts/bench-browser.ts --live
  const clip = sharedPath('media', 'running', 'male_side.mp4');
  if (!clip) throw new Error('male_side.mp4 not found (set HIPCHECK_SHARED)');
  const app = await appStart();
  try {
    const t = await benchLive(app, clip);
    console.log(
      `${t.what}: ${t.frames} skeletons in ${t.wallS.toFixed(1)} s = ${t.framesPerS.toFixed(1)} frames/s`,
    );
  } finally {
    await app.close();
  }
} else if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--pipeline')) {
  // Only the serial-vs-pool table (a few minutes): node bin/run-ts.mjs scripts/bench-browser.ts --pipeline
  const clip = sharedPath('media', 'running', 'male_side.mp4');
  if (!clip) throw new Error('male_side.mp4 not found (set HIPCHECK_SHARED)');
  const app = await appStart();
  try {
    const at = process.argv.indexOf('--rounds');
    const rounds = at > 0 ? Number(process.argv[at + 1]) : 1;
    const clips = [clip, clip60fps(clip)];
    // --long-tasks: only the real page's long tasks (no serial/pool table).
    const pipelineRows: PipelineBenchRow[] = [];
    if (!process.argv.includes('--long-tasks')) {
      const page = await app.browser.newPage();
      await page.addInitScript(LONG_TASK_PROBE);
      await page.goto(`${app.url}?bench`);
      await page.waitForFunction(() => 'hipcheckBench' in window);
      pipelineRows.push(...(await benchPipeline(page, clips, rounds)));
      await page.close();
    }
    const lt = await benchPageLongTasks(app, clips, rounds);
    if (pipelineRows.length) printPipeline(pipelineRows);
    printPageLongTasks(lt);
  } finally {
    await app.close();
  }
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchBrowser();
  for (const row of r.rows ?? [])
    console.log(
      `${row.backend.padEnd(34)}${row.model.padEnd(10)}${row.what.padEnd(58)}n=${String(row.n).padEnd(4)} median ${row.medianMs.toFixed(1)} ms  p90 ${row.p90Ms.toFixed(1)} ms`,
    );
  for (const t of r.throughput ?? [])
    console.log(
      `${t.what}: ${t.frames} frames in ${t.wallS.toFixed(1)} s = ${t.framesPerS.toFixed(1)} frames/s = ${t.realTimeMultiple.toFixed(2)}x real time`,
    );
}
