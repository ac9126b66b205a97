// Browser half of `npm run bench` (scripts/bench.ts calls benchBrowser()): in headless Chromium
// against the production build, per-frame latency of Lightning and Thunder on each backend the
// browser offers, and the end-to-end upload pipeline on male_side.mp4 through the real page.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { sharedPath } from '../tests/helpers/shared.ts';
import { appStart } from '../tests/e2e/helpers/browserApp.ts';
import { pageStats, uploadVideo, waitForOutcome } from '../tests/e2e/helpers/appActions.ts';
import { benchStats, type BenchRow, type BenchThroughput, type BrowserBenchResult } from './benchTypes.ts';
import type { LatencySamples } from '../src/app/benchHooks.ts';

export type BrowserBenchRows = BrowserBenchResult;

/** Frames timed per backend and model (software WebGL is ~0.3–1 s a frame, so fewer there). */
const N: Record<string, Record<'lightning' | 'thunder', number>> = { wasm: { lightning: 60, thunder: 30 }, webgl: { lightning: 10, thunder: 5 } };

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
  try {
    const page: Page = await app.browser.newPage();
    await page.goto(`${app.url}?bench`);
    await page.waitForFunction(() => 'hipcheckBench' in window);
    const b64 = readFileSync(clip).toString('base64');
    for (const backend of ['wasm', 'webgl'] as const) {
      for (const model of ['lightning', 'thunder'] as const) {
        const s = await page.evaluate(
          async ([b, m, be, n]) => {
            const h = (window as unknown as { hipcheckBench: { blobFromBase64(s: string): Blob; latency(c: Blob, m: string, b: string, n: number): Promise<LatencySamples> } }).hipcheckBench;
            return h.latency(h.blobFromBase64(b as string), m as string, be as string, n as number);
          },
          [b64, model, backend, N[backend]![model]] as const,
        );
        if (s.init.backend !== backend) {
          notes.push(`${backend} ${model}: did not start (${s.init.reason}); ran on ${s.init.backend}, row skipped`);
          break;
        }
        const flag = backend === 'webgl' && /swiftshader|llvmpipe|software/i.test(s.init.webglRenderer ?? s.init.reason) ? ' [SOFTWARE: SwiftShader]' : '';
        const simd = backend === 'wasm' ? ` (SIMD ${s.init.simd ? 'on' : 'off'}, ${s.init.threads ?? 1} thread)` : '';
        rows.push({ where: 'chromium', backend: backend + flag, model, what: `worker: estimate only (${s.inputSize})${simd}`, n: s.modelMs.length, ...benchStats(s.modelMs) });
        rows.push({ where: 'chromium', backend: backend + flag, model, what: `page→worker→page, ImageBitmap ${s.inputSize}`, n: s.roundTripMs.length, ...benchStats(s.roundTripMs) });
      }
    }
    await page.close();

    // End to end through the real page: file input → worker (mp4box + WebCodecs + WASM Lightning).
    const ui = await app.newPage();
    const t0 = Date.now();
    await uploadVideo(ui, clip);
    await waitForOutcome(ui, 600_000);
    const wallPageS = (Date.now() - t0) / 1000;
    const st = await pageStats(ui);
    const videoS = 12;
    throughput.push({
      where: 'chromium',
      what: `upload pipeline male_side.mp4, Lightning/wasm (per frame: model ${(st.modelMs / st.frames).toFixed(1)} ms, prep ${(st.prepMs / st.frames).toFixed(1)} ms, decode wait ${(st.decodeWaitMs / st.frames).toFixed(1)} ms)`,
      frames: st.frames,
      wallS: st.wallMs / 1000,
      videoS,
      framesPerS: st.fps,
      realTimeMultiple: st.realTimeRatio,
    });
    notes.push(`upload → result on the page including model start-up: ${wallPageS.toFixed(1)} s`);
    await ui.close();
  } finally {
    await app.close();
  }
  for (const n of notes) console.log(`bench-browser: ${n}`);
  return { rows, throughput, notes };
}

// Run on its own: node bin/run-ts.mjs scripts/bench-browser.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchBrowser();
  for (const row of r.rows ?? []) console.log(`${row.backend.padEnd(34)}${row.model.padEnd(10)}${row.what.padEnd(58)}n=${String(row.n).padEnd(4)} median ${row.medianMs.toFixed(1)} ms  p90 ${row.p90Ms.toFixed(1)} ms`);
  for (const t of r.throughput ?? []) console.log(`${t.what}: ${t.frames} frames in ${t.wallS.toFixed(1)} s = ${t.framesPerS.toFixed(1)} frames/s = ${t.realTimeMultiple.toFixed(2)}x real time`);
}
