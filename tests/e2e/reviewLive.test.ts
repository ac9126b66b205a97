import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describeWithShared, ROOT, sharedPath } from '../helpers/shared.ts';
import { appStart, CHROMIUM, CHROMIUM_ARGS, type RunningApp } from './helpers/browserApp.ts';
import { fakeCameraArgs } from './helpers/mediaTools.ts';
import { waitForReport } from './helpers/reviewActions.ts';
import { ui as en } from '../../src/text/en.ts';

const RUN = ['media', 'running', 'male_side.mp4'];
const ART = join(ROOT, 'tests/artifacts');

/**
 * Live camera mode with Chromium's fake camera fed from a real clip (converted to Y4M, the format
 * the fake device reads): the skeleton appears, the live numbers update, and a recorded take is
 * analysed like an upload.
 */
describeWithShared('live camera mode with a fake camera (issue 5)', [RUN], () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    app = await appStart();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS, ...fakeCameraArgs(sharedPath(...RUN)!)],
    });
    page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
    await page.goto(app.url);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the skeleton and live numbers that update', async () => {
    await page.locator('input[name=activity][value=run]').check();
    await page.getByRole('button', { name: 'Start camera' }).click();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid=live-skeleton]')?.getAttribute('data-points')) === 17,
      null,
      { timeout: 120_000 },
    );
    const trunk = () => page.getByTestId('live-trunk').locator('.big').textContent();
    await expect.poll(trunk, { timeout: 30_000 }).toMatch(/°/);
    const seen = new Set<string>();
    for (let i = 0; i < 20 && seen.size < 3; i++) {
      seen.add((await trunk()) ?? '');
      await page.waitForTimeout(300);
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
    // The fake camera loops the runner: after a few seconds the cadence window is full.
    await expect
      .poll(() => page.getByTestId('live-cadence').locator('.big').textContent(), { timeout: 30_000 })
      .toMatch(/\d+(\.\d)? steps\/min/);
    const spm = Number(
      (await page.getByTestId('live-cadence').locator('.big').textContent())!.match(/[\d.]+/)![0],
    );
    console.log(`[live e2e] live cadence ${spm} steps/min, trunk readings ${[...seen].join(', ')}`);
    await page.screenshot({ path: join(ART, 'review-live.png') });
  }, 180_000);

  it('records a take and analyses it like an upload', async () => {
    await page.getByRole('button', { name: 'Record' }).click();
    await page.waitForTimeout(6000);
    await page.getByRole('button', { name: 'Stop and analyse' }).click();
    await waitForReport(page, 300_000);
    await expect
      .poll(() => page.locator('[data-testid=skeleton]').getAttribute('data-frame-index'))
      .not.toBeNull();
    const frames = Number(await page.getByTestId('analysis-stats').getAttribute('data-frames'));
    expect(frames).toBeGreaterThan(60);
    await page.screenshot({ path: join(ART, 'review-live-take.png'), fullPage: true });
  }, 360_000);

  it('says why when the camera is not allowed (in the catalogue’s words, not the browser’s)', async () => {
    // A browser whose permission prompts are refused: getUserMedia rejects with NotAllowedError.
    const denied = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--deny-permission-prompts'],
    });
    try {
      const p = await denied.newPage();
      await p.goto(app.url);
      await p.locator('input[name=activity][value=run]').check();
      await p.getByRole('button', { name: 'Start camera' }).click();
      await expect
        .poll(() => p.getByRole('alert').first().textContent(), { timeout: 30_000 })
        .toBe(en['error.camera.denied']);
    } finally {
      await denied.close();
    }
  }, 120_000);
});
