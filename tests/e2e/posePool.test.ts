import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';
import { appStart, type RunningApp } from './helpers/browserApp.ts';
import { ffmpeg } from './helpers/mediaTools.ts';
import type { CancelRun, PipelineRun } from '../../src/app/benchHooks.ts';

const CLIP = ['media', 'running', 'male_side.mp4'];

type Hooks = { hipcheckBench: { blobFromBase64(s: string): Blob; pipeline(c: Blob, mode: string, w: number, o: object): Promise<PipelineRun>; cancelRun(c: Blob, w: number, after: number): Promise<CancelRun> } };

// Issue 15: the pool's stitched track (2 workers, the second starting mid-GOP, its crop tracking
// re-seeded) against the single-worker serial path on the same frames. male_side.mp4's first 4 s
// (a stream copy: the same coded frames, 120 of them, one keyframe) keep it to two short passes.
describeWithShared('pose pool in headless Chromium: stitched track = single-worker track', [CLIP], () => {
  let app: RunningApp;
  let page: Page;
  let dir: string;
  let serial: PipelineRun;
  let pooled: PipelineRun;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hipcheck-pool-'));
    const clip = join(dir, 'male_side_4s.mp4');
    ffmpeg(['-i', sharedPath(...CLIP)!, '-t', '4', '-c', 'copy', '-an', clip]);
    app = await appStart();
    page = await app.browser.newPage();
    await page.goto(`${app.url}?bench`);
    await page.waitForFunction(() => 'hipcheckBench' in window);
    await page.evaluate((b64) => {
      (window as unknown as { __clip: Blob }).__clip = (window as unknown as Hooks).hipcheckBench.blobFromBase64(b64);
    }, readFileSync(clip).toString('base64'));
    const run = (mode: string, w: number) =>
      page.evaluate(([m, n]) => (window as unknown as Hooks).hipcheckBench.pipeline((window as unknown as { __clip: Blob }).__clip, m as string, n as number, { withTrack: true, forceWorkers: true }), [mode, w] as const);
    serial = await run('serial', 1);
    pooled = await run('pool', 2);
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has the same frames at the same times, from two workers', () => {
    expect(pooled.workers).toBe(2);
    expect(serial.frames).toBeGreaterThanOrEqual(110);
    expect(pooled.track!.frames.map((f) => f.t)).toEqual(serial.track!.frames.map((f) => f.t));
  });

  it('matches the single-worker keypoints within MoveNet noise (median <= 2 px), at the segment start too', () => {
    const a = serial.track!.frames;
    const b = pooled.track!.frames;
    const d: number[] = [];
    const perFrame: number[] = [];
    for (let i = 0; i < a.length; i++) {
      const fd: number[] = [];
      for (let k = 0; k < 17; k++) {
        const [x0, y0, s0] = a[i]!.kp[k]!;
        const [x1, y1, s1] = b[i]!.kp[k]!;
        if (s0 > 0.3 && s1 > 0.3) fd.push(Math.hypot(x1 - x0, y1 - y0));
      }
      d.push(...fd);
      fd.sort((p, q) => p - q);
      perFrame.push(fd[Math.floor(fd.length / 2)] ?? 0);
    }
    d.sort((p, q) => p - q);
    const median = d[Math.floor(d.length / 2)]!;
    // The second segment starts at frame 60 (the planner's split of 120 frames in two).
    const boundary = perFrame.slice(58, 66).map((x) => x.toFixed(2));
    console.log(`[pose pool e2e] ${d.length} keypoints, median ${median.toFixed(2)} px, p90 ${d[Math.floor(d.length * 0.9)]!.toFixed(2)} px; per-frame median around the boundary: ${boundary.join(' ')}`);
    expect(d.length).toBeGreaterThan(a.length * 8);
    expect(median).toBeLessThanOrEqual(2);
    for (const x of perFrame.slice(60, 64)) expect(x).toBeLessThanOrEqual(6);
  });

  it('cancel stops every worker at once', async () => {
    const c = await page.evaluate(() => (window as unknown as Hooks).hipcheckBench.cancelRun((window as unknown as { __clip: Blob }).__clip, 2, 10));
    console.log(`[pose pool e2e] cancel at ${c.framesAtCancel} frames: rejected after ${c.rejectMs.toFixed(0)} ms, all workers stopped after ${c.stopMs.toFixed(0)} ms`);
    expect(c.error).toBe('AbortError');
    expect(c.rejectMs).toBeLessThan(100);
    expect(c.stopMs).toBeLessThan(3500);
    expect(c.reportsAfterStop).toBe(0);
  }, 60_000);
});
