import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Track } from '../../../src/core/track/track.ts';

/**
 * Picks a file through the page's "Upload video" input, as a person would, and returns once the
 * page has switched to that file's run. The switch is rendered as a transition: until it is, the
 * last file's outcome (an alert, the stats line) is still on screen and would be read as this
 * file's (CI on stop 24 failed 6 tests in a chain that way under load).
 */
export async function uploadVideo(page: Page, file: string): Promise<void> {
  const main = page.locator('main[data-analysis-run]');
  const before = Number(await main.getAttribute('data-analysis-run'));
  await page.getByLabel('Upload video').setInputFiles(file);
  await page.waitForFunction(
    (prev) =>
      Number(document.querySelector('main[data-analysis-run]')?.getAttribute('data-analysis-run')) > prev,
    before,
    { timeout: 30_000 },
  );
}

/** Waits for the analysis to end: 'alert' when a message is shown (error, or a warning beside the result), else 'done'. */
export async function waitForOutcome(page: Page, timeoutMs = 240_000): Promise<'done' | 'alert'> {
  await page.locator('[data-testid=analysis-stats], [role=alert]').first().waitFor({ timeout: timeoutMs });
  return (await page.getByRole('alert').count()) > 0 ? 'alert' : 'done';
}

/** Clicks "Download track" and parses the file the browser saves. */
export async function downloadTrack(page: Page): Promise<{ track: Track; fileName: string }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download track' }).click(),
  ]);
  const path = await dl.path();
  return { track: JSON.parse(readFileSync(path, 'utf8')) as Track, fileName: dl.suggestedFilename() };
}

/** Analysis stats the page shows (data-stats attribute of the stats line). */
export async function pageStats(page: Page): Promise<{
  frames: number;
  fps: number;
  realTimeRatio: number;
  wallMs: number;
  decodeWaitMs: number;
  prepMs: number;
  modelMs: number;
  workers?: number;
  modelWaitMs?: number;
  demuxMs?: number;
}> {
  return JSON.parse((await page.locator('[data-testid=analysis-stats]').getAttribute('data-stats')) ?? '{}');
}

/** Waits until the overlay shows frame `i` (its data-frame-index). */
export async function waitForOverlayFrame(page: Page, i: number): Promise<void> {
  await page.waitForFunction(
    (idx) =>
      document.querySelector('[data-testid=skeleton]')?.getAttribute('data-frame-index') === String(idx),
    i,
    { timeout: 10_000 },
  );
}
