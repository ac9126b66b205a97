import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Track } from '../../src/core/track/track.ts';
import { KP } from '../../src/core/track/keypoints.ts';
import { describeWithShared, ROOT, sharedPath } from '../helpers/shared.ts';
import { appStart, type RunningApp } from './helpers/browserApp.ts';
import {
  downloadTrack,
  pageStats,
  uploadVideo,
  waitForOutcome,
  waitForOverlayFrame,
} from './helpers/appActions.ts';
import { ffprobeFrameTimes, motionBox } from './helpers/mediaTools.ts';

const CLIP = ['media', 'running', 'male_side.mp4'];

describeWithShared('app in headless Chromium: male_side.mp4 end to end', [CLIP], () => {
  const clip = sharedPath(...CLIP)!;
  let app: RunningApp;
  let page: Page;
  let track: Track;

  beforeAll(async () => {
    app = await appStart();
    page = await app.newPage();
    await uploadVideo(page, clip);
    expect(await waitForOutcome(page)).toBe('done');
    ({ track } = await downloadTrack(page));
  }, 300_000);

  afterAll(async () => {
    await page?.screenshot({ path: join(ROOT, 'tests/artifacts/e2e-male_side.png') }).catch(() => undefined);
    await app?.close();
  });

  it('writes a hipcheck-track v1 with every frame at the container’s timestamps', async () => {
    expect(track.format).toBe('hipcheck-track');
    expect(track.version).toBe(1);
    expect(track.source).toMatchObject({ kind: 'video', name: 'male_side.mp4', model: 'movenet-lightning' });
    expect([track.width, track.height]).toEqual([720, 1280]);
    expect(track.fps).toBeCloseTo(30, 2);
    const ref = ffprobeFrameTimes(clip);
    expect(ref).toHaveLength(360);
    expect(track.frames).toHaveLength(360);
    track.frames.forEach((f, i) => expect(Math.abs(f.t - ref[i]!)).toBeLessThan(1e-5));
    const stats = await pageStats(page);
    console.log(
      `[e2e] male_side: ${stats.fps.toFixed(1)} frames/s, ${stats.realTimeRatio.toFixed(2)}× real time (per frame: model ${(stats.modelMs / 360).toFixed(1)} ms, prep ${(stats.prepMs / 360).toFixed(1)} ms, decode wait ${(stats.decodeWaitMs / 360).toFixed(1)} ms)`,
    );
  });

  it('finds the runner in ≥ 95 % of frames, keypoints inside the image', () => {
    const seen = track.frames.filter((f) => f.kp.some((k) => k[2] > 0));
    expect(seen.length / track.frames.length).toBeGreaterThanOrEqual(0.95);
    for (const f of seen) {
      expect(f.kp).toHaveLength(17);
      for (const [x, y, s] of f.kp) {
        if (s < 0.3) continue;
        expect(x).toBeGreaterThanOrEqual(-1);
        expect(x).toBeLessThanOrEqual(track.width + 1);
        expect(y).toBeGreaterThanOrEqual(-1);
        expect(y).toBeLessThanOrEqual(track.height + 1);
      }
    }
  });

  it('steps frame by frame and the drawn skeleton follows the runner', async () => {
    // Where the picture moves (runner + belt), found without the model: hips must fall inside.
    const box = motionBox(clip, track.width, track.height);
    expect(box.areaRatio).toBeLessThan(0.6); // a box covering the whole frame would prove nothing
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await waitForOverlayFrame(page, 0);
    for (const key of ['.', '.', 'ArrowRight']) await page.keyboard.press(key);
    await waitForOverlayFrame(page, 3);
    await page.keyboard.press(',');
    await waitForOverlayFrame(page, 2);

    for (const target of [60, 180, 300]) {
      // Jump near the frame with the seek the player itself uses, then step onto it by key.
      await page.evaluate(
        (t) => {
          const v = document.querySelector('video')!;
          v.currentTime = t;
        },
        (track.frames[target - 1]!.t + track.frames[target]!.t) / 2,
      );
      await waitForOverlayFrame(page, target - 1);
      await page.keyboard.press('.');
      await waitForOverlayFrame(page, target);
      const mediaTime = Number(await page.locator('[data-testid=skeleton]').getAttribute('data-media-time'));
      expect(Math.abs(mediaTime - track.frames[target]!.t)).toBeLessThan(1e-3);

      const kp = track.frames[target]!.kp;
      for (const hip of [KP.left_hip, KP.right_hip]) {
        const [x, y, s] = kp[hip]!;
        expect(s).toBeGreaterThan(0.2);
        expect(x).toBeGreaterThanOrEqual(box.x0);
        expect(x).toBeLessThanOrEqual(box.x1);
        expect(y).toBeGreaterThanOrEqual(box.y0);
        expect(y).toBeLessThanOrEqual(box.y1);
        // The overlay really drew this frame's hip there: a magenta marker at the mapped position.
        const rgba = await page.evaluate(
          ([sx, sy, w, h]) => {
            const c = document.querySelector('[data-testid=skeleton]') as HTMLCanvasElement;
            const px = Math.round((sx! / w!) * c.width);
            const py = Math.round((sy! / h!) * c.height);
            return Array.from(c.getContext('2d')!.getImageData(px, py, 1, 1).data);
          },
          [x, y, track.width, track.height],
        );
        expect(rgba[0]).toBeGreaterThan(200);
        expect(rgba[1]).toBeLessThan(60);
        expect(rgba[2]).toBeGreaterThan(200);
      }
      if (target === 180) await page.screenshot({ path: join(ROOT, 'tests/artifacts/e2e-step-180.png') });
    }
  });

  it('matches `hipcheck pose` on the same clip (frames, timestamps, keypoints within a few px)', () => {
    const out = join(tmpdir(), `hipcheck-cli-${process.pid}.json`);
    execFileSync('node', [join(ROOT, 'bin/hipcheck.mjs'), 'pose', clip, '-o', out], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 240_000,
    });
    const cliTrack = JSON.parse(execFileSync('cat', [out], { encoding: 'utf8' })) as Track;
    expect(cliTrack.frames).toHaveLength(track.frames.length);
    expect([cliTrack.width, cliTrack.height]).toEqual([track.width, track.height]);
    const d: number[] = [];
    track.frames.forEach((f, i) => {
      const g = cliTrack.frames[i]!;
      expect(Math.abs(f.t - g.t)).toBeLessThan(1e-5);
      f.kp.forEach(([x, y, s], k) => {
        const [gx, gy, gs] = g.kp[k]!;
        if (s > 0.3 && gs > 0.3) d.push(Math.hypot(x - gx, y - gy));
      });
    });
    d.sort((a, b) => a - b);
    const median = d[Math.floor(d.length / 2)]!;
    console.log(
      `[e2e] browser vs CLI: median ${median.toFixed(2)} px, p90 ${d[Math.floor(d.length * 0.9)]!.toFixed(2)} px over ${d.length} keypoints`,
    );
    expect(median).toBeLessThan(5);
  }, 300_000);
});
