import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Report } from '../../../src/core/report/report.ts';

/**
 * Records main-thread long tasks (PerformanceObserver 'longtask', ≥ 50 ms) from page load on, and
 * the long animation frames (≥ 50 ms) with their script attribution (which script, entry point and
 * function ran in them; Chromium ≥ 123), which name the code of a long task.
 */
export const LONG_TASK_PROBE = `
  window.__longTasks = [];
  window.__longFrames = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        window.__longFrames.push({
          start: e.startTime,
          ms: e.duration,
          blockingMs: e.blockingDuration,
          renderMs: e.renderStart > 0 ? e.startTime + e.duration - e.renderStart : 0,
          styleLayoutMs: e.styleAndLayoutStart > 0 ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
          scripts: (e.scripts || []).map((s) => ({
            ms: s.duration,
            invoker: s.invoker,
            type: s.invokerType,
            fn: s.sourceFunctionName,
            src: (s.sourceURL || '').split('/').pop() + ':' + s.sourceCharPosition,
            layoutMs: s.forcedStyleAndLayoutDuration,
          })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
`;

export interface LongTask {
  start: number;
  ms: number;
}

export async function longTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks ?? []);
}

/** A long animation frame and the scripts that ran in it (LONG_TASK_PROBE). */
export interface LongFrame {
  start: number;
  ms: number;
  blockingMs: number;
  /** From the frame's rendering start (rAF callbacks, style, layout, paint) to its end. */
  renderMs: number;
  styleLayoutMs: number;
  scripts: { ms: number; invoker: string; type: string; fn: string; src: string; layoutMs: number }[];
}

export async function longFrames(page: Page): Promise<LongFrame[]> {
  return page.evaluate(() => (window as unknown as { __longFrames: LongFrame[] }).__longFrames ?? []);
}

/** Forgets what the probe has recorded so far (the bench runs several analyses on one page). */
export async function clearLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: unknown[]; __longFrames: unknown[] };
    w.__longTasks = [];
    w.__longFrames = [];
  });
}

/** Waits until the review shows its report (the cadence card for a run, the rep card for a hinge). */
export async function waitForReport(page: Page, timeoutMs = 300_000): Promise<void> {
  await page
    .locator('[data-testid=cadence], [data-testid=rep-count]')
    .first()
    .waitFor({ timeout: timeoutMs });
}

/**
 * Waits until the review has settled after its report showed: the parts below the first screen are
 * committed in later tasks (the per-step table last, each chart in a task of its own), so this waits
 * for the table and then for 1 s in which the long-task probe (LONG_TASK_PROBE) records nothing new.
 */
export async function waitForReviewSettled(page: Page, timeoutMs = 120_000): Promise<void> {
  await page.locator('.table-wrap tbody tr').first().waitFor({ timeout: timeoutMs });
  for (let n = -1; ;) {
    const k = (await longTasks(page)).length;
    if (k === n) return;
    n = k;
    await page.waitForTimeout(1000);
  }
}

/** Clicks a download button and parses the saved JSON. */
export async function downloadJson<T = Report>(
  page: Page,
  buttonName: string,
): Promise<{ value: T; text: string; fileName: string }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  const text = readFileSync(await dl.path(), 'utf8');
  return { value: JSON.parse(text) as T, text, fileName: dl.suggestedFilename() };
}

export async function downloadText(
  page: Page,
  buttonName: string,
): Promise<{ text: string; fileName: string }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  return { text: readFileSync(await dl.path(), 'utf8'), fileName: dl.suggestedFilename() };
}

/** The review overlay's frame index (data-frame-index of the skeleton canvas). */
export async function overlayFrame(page: Page): Promise<number> {
  return Number(await page.locator('[data-testid=skeleton]').getAttribute('data-frame-index'));
}

/** The review overlay's backing store (canvas px) and the size it is displayed at × devicePixelRatio. */
export async function overlayBacking(
  page: Page,
): Promise<{ widthPx: number; heightPx: number; displayedWidthPx: number; displayedHeightPx: number }> {
  return page.evaluate(() => {
    const c = document.querySelector('[data-testid=skeleton]') as HTMLCanvasElement;
    const box = c.getBoundingClientRect();
    return {
      widthPx: c.width,
      heightPx: c.height,
      displayedWidthPx: box.width * devicePixelRatio,
      displayedHeightPx: box.height * devicePixelRatio,
    };
  });
}

/** The overlay's RGBA at a source-pixel position, mapped through the canvas's scale to the video's size. */
export async function overlayPixelAt(
  page: Page,
  xPx: number,
  yPx: number,
  sourceWidthPx: number,
  sourceHeightPx: number,
): Promise<number[]> {
  return page.evaluate(
    ([x, y, w, h]) => {
      const c = document.querySelector('[data-testid=skeleton]') as HTMLCanvasElement;
      const px = Math.floor((x! / w!) * c.width);
      const py = Math.floor((y! / h!) * c.height);
      return Array.from(c.getContext('2d')!.getImageData(px, py, 1, 1).data);
    },
    [xPx, yPx, sourceWidthPx, sourceHeightPx],
  );
}

/**
 * Counts the overlay's pixels of the evidence line colour (#ffd400), in canvas pixels: the overlay's
 * backing store is the player's displayed size × devicePixelRatio, not the video's (issue 15).
 */
export async function evidencePixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const c = document.querySelector('[data-testid=skeleton]') as HTMLCanvasElement;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4)
      if (d[i]! > 230 && d[i + 1]! > 190 && d[i + 1]! < 230 && d[i + 2]! < 40 && d[i + 3]! > 200) n++;
    return n;
  });
}

/**
 * Latin-letter words left in the visible text of the main views, ignoring what is not translatable:
 * the product name, file formats, units, citations and code marked lang="en" or <code>, and the
 * language picker (each language is named in itself).
 */
export async function strayLatinWords(page: Page, allowed: string[]): Promise<string[]> {
  return page.evaluate((allow) => {
    const skip = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        if (
          e.matches(
            'select.lang-switch *, .lang-switch, code, cite, [lang=en], script, style, .u-legend .u-label:empty, [aria-hidden=true]',
          )
        )
          return true;
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden') return true;
      }
      return false;
    };
    const words: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (skip(n.parentElement)) continue;
      for (const w of n.textContent?.match(/[A-Za-z]{2,}/g) ?? []) if (!allow.includes(w)) words.push(w);
    }
    // Attribute texts people hear or see too.
    for (const el of document.querySelectorAll('main [aria-label], main [title], main img[alt]')) {
      if (skip(el)) continue;
      for (const a of ['aria-label', 'title', 'alt'])
        for (const w of el.getAttribute(a)?.match(/[A-Za-z]{2,}/g) ?? [])
          if (!allow.includes(w)) words.push(`${a}:${w}`);
    }
    return words;
  }, allowed);
}
