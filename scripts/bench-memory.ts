// npm run bench:memory: does memory stay flat over a long clip (issue 5)? The production app in
// headless Chromium analyses male_side.mp4 (12 s) and the same clip looped to 2 minutes with
// ffmpeg, uploaded through the "Upload video" input as a person would. Every few seconds it
// samples the page's JS heap (CDP Performance.getMetrics, before and after a forced GC), the pose
// worker's tfjs tensors and WASM heap (workers/pose.worker.ts exposes them), and the RSS of the
// renderer and GPU processes (CDP SystemInfo.getProcessInfo → /proc/<pid>/status). Prints a table
// over time and the late/early ratios side by side; writes bench-results/memory-latest.json.
//
//   npm run bench:memory -- [--loops 10] [--every 5]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page, Worker } from 'playwright-core';
import { ROOT, sharedPath } from '../tests/helpers/shared.ts';
import { appStart } from '../tests/e2e/helpers/browserApp.ts';
import { uploadVideo } from '../tests/e2e/helpers/appActions.ts';
import type { PoseMemory } from '../workers/poseApi.ts';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
/** The 12 s clip played this many times in a row: 10 → 120 s, 3600 frames. */
const LOOPS = arg('loops', 10);
/** Sampling period on the long clip (s); the 12 s clip is sampled 5× as often to see its peak. */
const EVERY_S = arg('every', 5);
/** "Flat": late/early heap within this factor and no tensor growth (the criterion). */
const FLAT_RATIO = 1.2;

interface Sample {
  wallS: number;
  /** Fraction of the clip's frames the pose worker has done (the page's progress bar); 1 after. */
  done: number;
  phase: 'pose' | 'report';
  heapMB: number;
  /** JSHeapUsedSize right after HeapProfiler.collectGarbage: what the page really retains. */
  heapGcMB: number;
  domNodes: number;
  tensors: number;
  tensorMB: number;
  wasmMB: number;
  workerHeapMB: number;
  workerHeapGcMB: number;
  /** workerHeapGcMB less the track built so far (filled in by main, once bytes/frame is known). */
  workerHeapLessTrackMB?: number;
  /** The review's analysis worker (analyzeTrack + chart series). */
  analysisHeapGcMB: number;
  rendererRssMB: number;
  /** Of which anonymous (heap) pages: RssAnon, without mapped files and shared memory. */
  rendererAnonMB: number;
  gpuRssMB: number;
}

/** The clip looped `loops` times by stream copy (no re-encode), cached under tests/artifacts/bench/. */
function loopedClip(src: string, loops: number): string {
  const dir = join(ROOT, 'tests/artifacts/bench');
  const out = join(dir, `male_side.x${loops}.mp4`);
  if (existsSync(out)) return out;
  mkdirSync(dir, { recursive: true });
  const tmp = `${out}.tmp.mp4`;
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-stream_loop',
    String(loops - 1),
    '-i',
    src,
    '-c',
    'copy',
    '-an',
    tmp,
  ]);
  renameSync(tmp, out);
  return out;
}

function probe(file: string): { frames: number; durationS: number } {
  const o = execFileSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-select_streams',
      'v:0',
      '-show_entries',
      'stream=nb_frames:format=duration',
      '-of',
      'json',
      file,
    ],
    { encoding: 'utf8' },
  );
  const j = JSON.parse(o) as { streams: { nb_frames: string }[]; format: { duration: string } };
  return { frames: Number(j.streams[0]!.nb_frames), durationS: Number(j.format.duration) };
}

function rssMB(pid: number, field = 'VmRSS'): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN; // process gone, or not on Linux
  }
}

async function processRss(
  browserCdp: CDPSession,
): Promise<{ renderer: number; rendererAnon: number; gpu: number }> {
  const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  const sum = (type: string, field?: string) =>
    processInfo.filter((p) => p.type.toLowerCase() === type).reduce((s, p) => s + rssMB(p.id, field), 0);
  return { renderer: sum('renderer'), rendererAnon: sum('renderer', 'RssAnon'), gpu: sum('gpu') };
}

async function poseWorker(page: Page): Promise<Worker | null> {
  for (const w of page.workers()) {
    if (await w.evaluate(() => 'hipcheckPoseMemory' in globalThis).catch(() => false)) return w;
  }
  return null;
}

/**
 * CDP sessions on the page's dedicated workers (Target.setAutoAttach, non-flattened, because
 * Playwright's CDPSession cannot address child sessions): their JS heap via Runtime.getHeapUsage.
 */
class WorkerHeaps {
  private sessions = new Map<string, string>(); // sessionId → worker URL
  private pending = new Map<number, (r: unknown) => void>();
  private nextId = 1;

  constructor(private readonly cdp: CDPSession) {
    cdp.on(
      'Target.attachedToTarget',
      (e: { sessionId: string; targetInfo: { type: string; url: string; title: string } }) => {
        if (e.targetInfo.type === 'worker')
          this.sessions.set(e.sessionId, `${e.targetInfo.title} ${e.targetInfo.url}`);
      },
    );
    cdp.on('Target.detachedFromTarget', (e: { sessionId: string }) => this.sessions.delete(e.sessionId));
    cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
      const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
      if (m.id !== undefined) this.pending.get(m.id)?.(m.result ?? null);
    });
  }

  start(): Promise<unknown> {
    return this.cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
  }

  private send(sessionId: string, method: string): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), 5000);
      this.pending.set(id, (r) => {
        clearTimeout(timer);
        this.pending.delete(id);
        resolve(r);
      });
      void this.cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .catch(() => resolve(null));
    });
  }

  /** Used JS heap of the first worker whose name or URL matches (bytes), before and after a GC there. */
  async heap(match: RegExp): Promise<{ used: number; usedGc: number }> {
    const sid = [...this.sessions].find(([, u]) => match.test(u))?.[0];
    if (!sid) return { used: NaN, usedGc: NaN };
    const used =
      ((await this.send(sid, 'Runtime.getHeapUsage')) as { usedSize?: number } | null)?.usedSize ?? NaN;
    await this.send(sid, 'HeapProfiler.collectGarbage');
    const usedGc =
      ((await this.send(sid, 'Runtime.getHeapUsage')) as { usedSize?: number } | null)?.usedSize ?? NaN;
    return { used, usedGc };
  }
}

const mb = (b: number | undefined) => (b === undefined ? NaN : b / 2 ** 20);

async function sample(
  page: Page,
  cdp: CDPSession,
  workers: WorkerHeaps,
  browserCdp: CDPSession,
  t0: number,
  phase: Sample['phase'],
): Promise<Sample> {
  const metric = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  };
  const before = await metric();
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await metric();
  const w = await poseWorker(page);
  const wm = w
    ? await w
        .evaluate(() => (globalThis as unknown as { hipcheckPoseMemory(): PoseMemory }).hipcheckPoseMemory())
        .catch(() => null)
    : null;
  const bar = await page.evaluate(() => {
    const p = document.querySelector('progress');
    return p ? p.value / Math.max(1, p.max) : null;
  });
  const wh = await workers.heap(/pose/);
  const ah = await workers.heap(/analysis/);
  const rss = await processRss(browserCdp);
  return {
    wallS: (Date.now() - t0) / 1000,
    done: phase === 'report' ? 1 : (bar ?? 0),
    phase,
    heapMB: mb(before('JSHeapUsedSize')),
    heapGcMB: mb(after('JSHeapUsedSize')),
    domNodes: after('Nodes'),
    tensors: wm?.numTensors ?? NaN,
    tensorMB: mb(wm?.numBytes),
    wasmMB: mb(wm?.wasmHeapBytes),
    workerHeapMB: mb(wh.used),
    workerHeapGcMB: mb(wh.usedGc),
    analysisHeapGcMB: mb(ah.usedGc),
    rendererRssMB: rss.renderer,
    rendererAnonMB: rss.rendererAnon,
    gpuRssMB: rss.gpu,
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Uploads `clip` on a fresh page and samples until the review's report is shown. */
async function runClip(
  browser: Browser,
  url: string,
  clip: string,
  everyS: number,
): Promise<{ samples: Sample[]; trackBytesPerFrame: number }> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1100 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const workers = new WorkerHeaps(cdp);
  await workers.start();
  const browserCdp = await browser.newBrowserCDPSession();
  const samples: Sample[] = [];
  const t0 = Date.now();
  await uploadVideo(page, clip);
  const outcome = page.locator('[data-testid=analysis-stats], [role=alert]').first();
  // Pose pass: the progress bar is on the page until the track is there.
  for (;;) {
    const s = await sample(page, cdp, workers, browserCdp, t0, 'pose');
    if (await outcome.isVisible()) break;
    samples.push(s);
    if (Date.now() - t0 > 900_000) throw new Error(`no result after 15 min for ${clip}`);
    await sleep(everyS * 1000);
  }
  if (await page.getByRole('alert').count())
    throw new Error(
      `the app showed an alert for ${clip}: ${await page.getByRole('alert').first().innerText()}`,
    );
  // Review: report, charts and tables rendered (their worker finishes after the stats line shows).
  await page
    .locator('[data-testid=report-pending]')
    .waitFor({ state: 'detached', timeout: 120_000 })
    .catch(() => undefined);
  await sleep(1000);
  samples.push(await sample(page, cdp, workers, browserCdp, t0, 'report'));
  const trackBytesPerFrame = await trackCost(page, workers);
  if (errors.length) console.error(`bench-memory: page errors: ${errors.join(' | ')}`);
  await browserCdp.detach();
  await page.close();
  return { samples, trackBytesPerFrame };
}

/**
 * What one frame of a track costs on the pose worker's V8 heap: the worker keeps the track it is
 * building (17 [x, y, score] per frame) until the clip ends, so its heap must grow by this much per
 * frame. Measured there, after the run, by building 3600 frames of the same shape (doubles, as
 * trackBuilder rounds them) between two forced GCs.
 */
async function trackCost(page: Page, workers: WorkerHeaps): Promise<number> {
  const w = await poseWorker(page);
  if (!w) return NaN;
  const n = 3600;
  const h0 = (await workers.heap(/pose/)).usedGc;
  await w.evaluate((count) => {
    const frames = Array.from({ length: count }, (_, i) => ({
      t: Math.round((i / 30) * 1e6) / 1e6,
      kp: Array.from({ length: 17 }, (_, k) => [100.37 + k + i * 0.01, 200.41 + k, 0.5123]),
    }));
    (globalThis as unknown as { benchTrackProbe?: unknown }).benchTrackProbe = frames;
  }, n);
  const h1 = (await workers.heap(/pose/)).usedGc;
  await w.evaluate(() => delete (globalThis as unknown as { benchTrackProbe?: unknown }).benchTrackProbe);
  return (h1 - h0) / n;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Mean of `key` over pose-pass samples whose progress lies in [lo, hi]. */
function windowMean(s: Sample[], key: keyof Sample, lo: number, hi: number): number {
  const xs = s.filter((x) => x.phase === 'pose' && x.done >= lo && x.done <= hi).map((x) => x[key] as number);
  return xs.length ? mean(xs) : NaN;
}
const peak = (s: Sample[], key: keyof Sample) =>
  Math.max(...s.map((x) => x[key] as number).filter(Number.isFinite));

function printSamples(title: string, s: Sample[]): void {
  const cols: [string, (x: Sample) => string][] = [
    ['t s', (x) => x.wallS.toFixed(0)],
    ['done %', (x) => (x.phase === 'report' ? 'report' : (100 * x.done).toFixed(0))],
    ['heap MB', (x) => x.heapMB.toFixed(1)],
    ['heap after GC MB', (x) => x.heapGcMB.toFixed(1)],
    ['DOM nodes', (x) => String(x.domNodes)],
    ['worker tensors', (x) => String(x.tensors)],
    ['tensor MB', (x) => x.tensorMB.toFixed(1)],
    ['WASM heap MB', (x) => x.wasmMB.toFixed(1)],
    ['pose worker heap MB', (x) => x.workerHeapMB.toFixed(1)],
    ['after GC', (x) => x.workerHeapGcMB.toFixed(1)],
    ['less track MB', (x) => (x.workerHeapLessTrackMB ?? NaN).toFixed(1)],
    ['analysis worker MB', (x) => x.analysisHeapGcMB.toFixed(1)],
    ['renderer RSS MB', (x) => x.rendererRssMB.toFixed(0)],
    ['of it anon MB', (x) => x.rendererAnonMB.toFixed(0)],
    ['GPU RSS MB', (x) => x.gpuRssMB.toFixed(0)],
  ];
  const w = cols.map(([h, f]) => Math.max(h.length, ...s.map((x) => f(x).length)));
  console.log(`\n${title}`);
  console.log(cols.map(([h], i) => h.padStart(w[i]!)).join('  '));
  for (const x of s) console.log(cols.map(([, f], i) => f(x).padStart(w[i]!)).join('  '));
}

async function main(): Promise<void> {
  const src = sharedPath('media', 'running', 'male_side.mp4');
  if (!src) {
    console.error('bench-memory: male_side.mp4 not found (set HIPCHECK_SHARED); skipped.');
    process.exitCode = 1;
    return;
  }
  const long = loopedClip(src, LOOPS);
  const pShort = probe(src);
  const pLong = probe(long);
  console.log(
    `bench-memory: ${long}: ${pLong.frames} frames, ${pLong.durationS.toFixed(1)} s (source ${pShort.frames} frames, ${pShort.durationS.toFixed(1)} s)`,
  );
  if (pLong.frames !== pShort.frames * LOOPS)
    throw new Error(`looped clip has ${pLong.frames} frames, expected ${pShort.frames * LOOPS}`);

  // The e2e tests' app (same cached production build, vite preview), with Chromium's
  // --enable-precise-memory-info (un-bucketed performance.memory).
  const app = await appStart(['--enable-precise-memory-info']);
  let short: Sample[];
  let longS: Sample[];
  let trackBytesPerFrame: number;
  try {
    ({ samples: short } = await runClip(app.browser, app.url, src, EVERY_S / 5));
    ({ samples: longS, trackBytesPerFrame } = await runClip(app.browser, app.url, long, EVERY_S));
  } finally {
    await app.close();
  }

  const firstTensors =
    longS.find((x) => x.phase === 'pose' && Number.isFinite(x.tensors) && x.done > 0)?.tensors ?? NaN;
  const lastTensors =
    [...longS].reverse().find((x) => x.phase === 'pose' && Number.isFinite(x.tensors))?.tensors ?? NaN;
  // The pose worker's heap minus the track it is building (frames done × measured bytes/frame):
  // what is left must not grow with the clip.
  for (const [s, n] of [
    [short, pShort.frames],
    [longS, pLong.frames],
  ] as const)
    for (const x of s)
      x.workerHeapLessTrackMB =
        x.phase === 'pose' ? x.workerHeapGcMB - mb(x.done * n * trackBytesPerFrame) : NaN;
  printSamples(`male_side.mp4 (${pShort.durationS.toFixed(0)} s, every ${EVERY_S / 5} s)`, short);
  printSamples(`male_side.mp4 looped ${LOOPS}× (${pLong.durationS.toFixed(0)} s, every ${EVERY_S} s)`, longS);
  const ratio = (key: keyof Sample) => windowMean(longS, key, 0.9, 1) / windowMean(longS, key, 0.1, 0.2);
  const pose = (s: Sample[]) => s.filter((x) => x.phase === 'pose');
  const early = windowMean(longS, 'workerHeapGcMB', 0.1, 0.2);
  const late = windowMean(longS, 'workerHeapGcMB', 0.9, 1);
  const doneMid = (lo: number, hi: number) => windowMean(longS, 'done', lo, hi) * pLong.frames;
  const ratios = {
    heapLateEarly: ratio('heapMB'),
    heapGcLateEarly: ratio('heapGcMB'),
    workerHeapLateEarly: ratio('workerHeapMB'),
    workerHeapGcLateEarly: ratio('workerHeapGcMB'),
    workerHeapLessTrackLateEarly: ratio('workerHeapLessTrackMB'),
    workerGrowthBytesPerFrame: ((late - early) * 2 ** 20) / (doneMid(0.9, 1) - doneMid(0.1, 0.2)),
    trackBytesPerFrame,
    wasmLateEarly: ratio('wasmMB'),
    rendererRssLateEarly: ratio('rendererRssMB'),
    rendererAnonLateEarly: ratio('rendererAnonMB'),
    gpuRssLateEarly: ratio('gpuRssMB'),
    tensorsEndMinusFirst: lastTensors - firstTensors,
    peakPoseHeapGcLongShort: peak(pose(longS), 'heapGcMB') / peak(pose(short), 'heapGcMB'),
    peakPoseRendererRssLongShort: peak(pose(longS), 'rendererRssMB') / peak(pose(short), 'rendererRssMB'),
    peakHeapLongShort: peak(longS, 'heapMB') / peak(short, 'heapMB'),
    peakHeapGcLongShort: peak(longS, 'heapGcMB') / peak(short, 'heapGcMB'),
    peakRendererRssLongShort: peak(longS, 'rendererRssMB') / peak(short, 'rendererRssMB'),
    reportHeapGcLongShort: longS.at(-1)!.heapGcMB / short.at(-1)!.heapGcMB,
    reportDomNodesLongShort: longS.at(-1)!.domNodes / short.at(-1)!.domNodes,
  };
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
  const L = `${pLong.durationS.toFixed(0)} s`;
  const S = `${pShort.durationS.toFixed(0)} s`;
  console.log(`\nratios, same run (${L} clip: mean over samples at 90–100 % of the frames / at 10–20 %):`);
  console.log(
    `  page JS heap              late/early ${f(ratios.heapLateEarly)}   after GC ${f(ratios.heapGcLateEarly)}`,
  );
  console.log(
    `  pose worker JS heap       late/early ${f(ratios.workerHeapLateEarly)}   after GC ${f(ratios.workerHeapGcLateEarly)}   after GC less the track so far ${f(ratios.workerHeapLessTrackLateEarly)}`,
  );
  console.log(
    `    growth ${ratios.workerGrowthBytesPerFrame.toFixed(0)} B/frame vs the track's own ${trackBytesPerFrame.toFixed(0)} B/frame (17 keypoint triples, measured in that worker)`,
  );
  console.log(`  pose worker WASM heap     late/early ${f(ratios.wasmLateEarly)}`);
  console.log(
    `  renderer RSS              late/early ${f(ratios.rendererRssLateEarly)}   anon ${f(ratios.rendererAnonLateEarly)}   GPU process RSS ${f(ratios.gpuRssLateEarly)}`,
  );
  console.log(
    `  worker tensors            ${firstTensors} after the first frames → ${lastTensors} at the end (${ratios.tensorsEndMinusFirst >= 0 ? '+' : ''}${ratios.tensorsEndMinusFirst})`,
  );
  console.log(
    `  peak during the pose pass, ${L} / ${S} clip: page heap after GC ${f(ratios.peakPoseHeapGcLongShort)}   renderer RSS ${f(ratios.peakPoseRendererRssLongShort)}`,
  );
  console.log(
    `  peak incl. the review,    ${L} / ${S} clip: page heap ${f(ratios.peakHeapLongShort)}   after GC ${f(ratios.peakHeapGcLongShort)}   renderer RSS ${f(ratios.peakRendererRssLongShort)}`,
  );
  console.log(
    `  review shown, ${L} / ${S} clip: page heap after GC ${f(ratios.reportHeapGcLongShort)}, DOM nodes ${f(ratios.reportDomNodesLongShort)} (per-step tables and charts hold ${pLong.durationS / pShort.durationS}× the steps)`,
  );
  const flat =
    ratios.heapGcLateEarly <= FLAT_RATIO &&
    ratios.workerHeapLessTrackLateEarly <= FLAT_RATIO &&
    ratios.rendererRssLateEarly <= FLAT_RATIO &&
    !(ratios.wasmLateEarly > FLAT_RATIO) &&
    ratios.tensorsEndMinusFirst === 0;
  console.log(
    `\nbench-memory: memory during the pose pass is ${flat ? 'FLAT' : 'NOT FLAT'} (criterion: late/early ≤ ${FLAT_RATIO} for the page heap after GC, the pose worker heap after GC less its track, renderer RSS and WASM heap; no tensor growth)`,
  );
  if (!flat) process.exitCode = 1;

  const dir = join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'memory-latest.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        loops: LOOPS,
        everyS: EVERY_S,
        clipS: { short: pShort.durationS, long: pLong.durationS },
        frames: { short: pShort.frames, long: pLong.frames },
        ratios,
        flat,
        short,
        long: longS,
      },
      null,
      1,
    ),
  );
}

await main();
