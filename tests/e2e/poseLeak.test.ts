import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';
import { appStart, type RunningApp } from './helpers/browserApp.ts';
import { ffmpeg } from './helpers/mediaTools.ts';
import type { TensorCounts } from '../../src/app/benchHooks.ts';

const CLIP = ['media', 'running', 'male_side.mp4'];
/** Frames handed to estimate() after the warm-up frame. */
const N = 60;

// The browser half of tests/pose/poseEstimator.test.ts's leak check: the real worker (comlink,
// WASM backend, FrameScaler, MoveNet's crop tracking) on real decoded frames. A tensor left
// undisposed per frame shows up as numTensors growing by one per frame.
describeWithShared('pose worker in headless Chromium: no tensor growth per frame', [CLIP], () => {
  let app: RunningApp;
  let page: Page;
  let dir: string;
  let r: TensorCounts;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hipcheck-leak-'));
    const clip = join(dir, 'male_side_2s.mp4');
    // First 2 s (61 frames incl. the warm-up one): a stream copy from the first key frame.
    ffmpeg(['-i', sharedPath(...CLIP)!, '-t', '2.03', '-c', 'copy', '-an', clip]);
    app = await appStart();
    page = await app.browser.newPage();
    await page.goto(`${app.url}?bench`);
    await page.waitForFunction(() => 'hipcheckBench' in window);
    const b64 = readFileSync(clip).toString('base64');
    r = await page.evaluate(
      async ([b, n]) => {
        const h = (
          window as unknown as {
            hipcheckBench: {
              blobFromBase64(s: string): Blob;
              tensorCounts(c: Blob, m: string, be: string, n: number): Promise<TensorCounts>;
            };
          }
        ).hipcheckBench;
        return h.tensorCounts(h.blobFromBase64(b as string), 'lightning', 'wasm', n as number);
      },
      [b64, N] as const,
    );
    console.log(
      `[e2e] pose worker on ${r.init.backend}: ${r.warm.numTensors} tensors (${(r.warm.numBytes / 1e6).toFixed(1)} MB) after warm-up, ` +
        `${r.afterFrames.numTensors} after ${r.perFrame.length} frames, ${r.afterFile.numTensors} after analyzeFile (${r.fileFrames} frames); ` +
        `WASM heap ${((r.warm.wasmHeapBytes ?? NaN) / 1e6).toFixed(1)} → ${((r.afterFile.wasmHeapBytes ?? NaN) / 1e6).toFixed(1)} MB`,
    );
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('ran the real model on WASM, over every requested frame', () => {
    expect(r.init.backend).toBe('wasm');
    expect(r.warm.backend).toBe('wasm');
    expect(r.warm.numTensors).toBeGreaterThan(50); // MoveNet's weights are live tensors: a real count
    expect(r.perFrame).toHaveLength(N);
    expect(r.fileFrames).toBeGreaterThanOrEqual(N);
  });

  it('holds as many tensors after every frame as after warm-up', () => {
    expect(r.perFrame).toEqual(r.perFrame.map(() => r.warm.numTensors));
    expect(r.afterFrames.numTensors).toBe(r.warm.numTensors);
    expect(r.afterFrames.numBytes).toBe(r.warm.numBytes);
  });

  it('holds as many tensors after analysing a whole file as before', () => {
    expect(r.afterFile.numTensors).toBe(r.warm.numTensors);
    expect(r.afterFile.numBytes).toBe(r.warm.numBytes);
  });
});
