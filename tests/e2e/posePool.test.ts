import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';
import { appStart, type RunningApp } from './helpers/browserApp.ts';
import { ffmpeg } from './helpers/mediaTools.ts';
import type { CancelRun, PipelineRun } from '../../src/app/benchHooks.ts';
import type { Track } from '../../src/core/track/track.ts';
import { poseVideo } from '../../src/cli/poseVideo.ts';
import { initNodeBackend } from '../../src/pose/node/initNodeBackend.ts';
import { nodeModelHandler } from '../../src/pose/node/nodeModelHandler.ts';
import { createPoseEstimator } from '../../src/pose/poseEstimator.ts';

const CLIP = ['media', 'running', 'male_side.mp4'];

const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((p, r) => p - r);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const median = (xs: readonly number[]) => quantile(xs, 0.5);

/** Per frame, the distances (px) between the two tracks' keypoints that both score above 0.3. */
function distances(a: Track, b: Track): number[][] {
  return a.frames.map((fa, i) => {
    const out: number[] = [];
    for (let k = 0; k < 17; k++) {
      const [x0, y0, s0] = fa.kp[k]!;
      const [x1, y1, s1] = b.frames[i]!.kp[k]!;
      if (s0 > 0.3 && s1 > 0.3) out.push(Math.hypot(x1 - x0, y1 - y0));
    }
    return out;
  });
}

type Hooks = {
  hipcheckBench: {
    blobFromBase64(s: string): Blob;
    pipeline(c: Blob, mode: string, w: number, o: object): Promise<PipelineRun>;
    cancelRun(c: Blob, w: number, after: number): Promise<CancelRun>;
  };
};

// Issue 15: the pool's stitched track (2 workers, the second starting mid-GOP, its crop tracking
// re-seeded) against the same pipeline on one worker, and against the old serial path (which
// scales frames on a canvas instead of createImageBitmap: a different resampler). male_side.mp4's first 4 s
// (a stream copy: the same coded frames, 120 of them, one keyframe) keep it to two short passes.
describeWithShared('pose pool in headless Chromium: stitched track = single-worker track', [CLIP], () => {
  let app: RunningApp;
  let page: Page;
  let dir: string;
  let serial: PipelineRun;
  let single: PipelineRun;
  let pooled: PipelineRun;
  let cli: Track;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hipcheck-pool-'));
    const clip = join(dir, 'male_side_4s.mp4');
    ffmpeg(['-i', sharedPath(...CLIP)!, '-t', '4', '-c', 'copy', '-an', clip]);
    app = await appStart();
    page = await app.browser.newPage();
    await page.goto(`${app.url}?bench`);
    await page.waitForFunction(() => 'hipcheckBench' in window);
    await page.evaluate((b64) => {
      (window as unknown as { __clip: Blob }).__clip = (
        window as unknown as Hooks
      ).hipcheckBench.blobFromBase64(b64);
    }, readFileSync(clip).toString('base64'));
    const run = (mode: string, w: number) =>
      page.evaluate(
        ([m, n]) =>
          (window as unknown as Hooks).hipcheckBench.pipeline(
            (window as unknown as { __clip: Blob }).__clip,
            m as string,
            n as number,
            { withTrack: true, forceWorkers: true },
          ),
        [mode, w] as const,
      );
    serial = await run('serial', 1);
    single = await run('pool', 1);
    pooled = await run('pool', 2);
    // An independent reference: `hipcheck pose`'s pipeline (ffmpeg decode and scaling, Node WASM).
    await initNodeBackend({ prefer: 'wasm' });
    const est = await createPoseEstimator({
      model: 'lightning',
      modelUrl: await nodeModelHandler('lightning'),
    });
    cli = (await poseVideo(clip, est)).track;
    est.dispose();
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has the same frames at the same times, from two workers', () => {
    expect(pooled.workers).toBe(2);
    expect(single.workers).toBe(1);
    expect(serial.frames).toBeGreaterThanOrEqual(110);
    expect(pooled.track!.frames.map((f) => f.t)).toEqual(serial.track!.frames.map((f) => f.t));
    expect(single.track!.frames.map((f) => f.t)).toEqual(serial.track!.frames.map((f) => f.t));
  });

  it('scales frames from YUV no farther from the CLI track than the old canvas path does', () => {
    // The pool turns frames into model input from the decoder's YUV planes, the serial path on a
    // canvas; the CLI with ffmpeg. Neither browser resampler is the truth, so both are held against
    // the CLI: the new one may not be farther off by more than a quarter of the 2 px bound.
    const d = distances(serial.track!, pooled.track!).flat();
    const toCliNew = median(distances(cli, pooled.track!).flat());
    const toCliOld = median(distances(cli, serial.track!).flat());
    console.log(
      `[pose pool e2e] pool (YUV prep, 2 workers) vs serial (canvas prep): median ${median(d).toFixed(2)} px, p90 ${quantile(d, 0.9).toFixed(2)} px; vs the CLI track: pool ${toCliNew.toFixed(2)} px, serial ${toCliOld.toFixed(2)} px`,
    );
    expect(cli.frames.map((f) => f.t)).toEqual(serial.track!.frames.map((f) => f.t));
    expect(d.length).toBeGreaterThan(serial.frames * 8);
    expect(toCliNew).toBeLessThanOrEqual(toCliOld + 0.5);
  });

  it('matches the one-worker track within MoveNet noise (median <= 2 px), over the re-seeded segment too', () => {
    const START = 60; // the planner splits the 120 frames in two: the second worker's frames start here
    const per = distances(single.track!, pooled.track!);
    const all = per.flat();
    const second = per.slice(START).flat();
    const perFrame = per.map(median);
    console.log(
      `[pose pool e2e] ${all.length} keypoints: median ${median(all).toFixed(2)} px; second (re-seeded) segment: median ${median(second).toFixed(2)} px, p90 ${quantile(second, 0.9).toFixed(2)} px; per-frame median from 2 before the boundary: ${perFrame
        .slice(START - 2, START + 8)
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    expect(all.length).toBeGreaterThan(per.length * 8);
    // The first segment is the same computation as the one-worker run: identical keypoints.
    expect(pooled.track!.frames.slice(0, START)).toEqual(single.track!.frames.slice(0, START));
    expect(median(all)).toBeLessThanOrEqual(2);
    expect(median(second)).toBeLessThanOrEqual(2);
  });

  it('cancel stops every worker at once', async () => {
    const c = await page.evaluate(() =>
      (window as unknown as Hooks).hipcheckBench.cancelRun(
        (window as unknown as { __clip: Blob }).__clip,
        2,
        10,
      ),
    );
    console.log(
      `[pose pool e2e] cancel at ${c.framesAtCancel} frames: rejected after ${c.rejectMs.toFixed(0)} ms, all workers stopped after ${c.stopMs.toFixed(0)} ms`,
    );
    expect(c.error).toBe('AbortError');
    expect(c.rejectMs).toBeLessThan(100);
    expect(c.stopMs).toBeLessThan(3500);
    expect(c.reportsAfterStop).toBe(0);
  }, 60_000);
});
