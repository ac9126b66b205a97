import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Report } from '../../src/core/report/report.ts';
import type { Track } from '../../src/core/track/track.ts';
import { nearestFrame } from '../../src/core/track/frameTime.ts';
import { KP } from '../../src/core/track/keypoints.ts';
import { SKELETON_MIN_SCORE } from '../../src/core/track/skeleton.ts';
import { describeWithShared, ROOT, sharedPath } from '../helpers/shared.ts';
import { appStart, type RunningApp } from './helpers/browserApp.ts';
import { uploadVideo } from './helpers/appActions.ts';
import { ffmpeg } from './helpers/mediaTools.ts';
import {
  downloadJson,
  downloadText,
  evidencePixels,
  LONG_TASK_PROBE,
  longTasks,
  overlayBacking,
  overlayFrame,
  overlayPixelAt,
  strayLatinWords,
  waitForReport,
  waitForReviewSettled,
} from './helpers/reviewActions.ts';

const RUN = ['media', 'running', 'male_side.mp4'];
const RDL = ['media', 'hinge', 'rdl.mp4'];
// One RDL-like pull from the floor that reaches lockout (rdl.mp4 stops short of it: 0 complete reps).
const ONE_HINGE = ['media', 'hinge', 'deadlift_bad.mp4'];
/** A hips-rise-first take (LABELS.json); its first 10 s (4 reps) raise two alerts. */
const HIPS_FIRST = ['media', 'hinge', 'tby66', '0016h_1.mp4'];
const ART = join(ROOT, 'tests/artifacts');
const shot = (p: Page, name: string, fullPage = false) =>
  p.screenshot({ path: join(ART, `review-${name}.png`), fullPage });

/** `hipcheck analyze <track> --json`: the CLI's report for exactly the track the browser made. */
function cliReport(track: Track): Report {
  const dir = mkdtempSync(join(tmpdir(), 'hipcheck-review-'));
  const trackFile = join(dir, 'male_side.track.json');
  writeFileSync(trackFile, JSON.stringify(track));
  const out = join(dir, 'report.json');
  execFileSync('node', [join(ROOT, 'bin/hipcheck.mjs'), 'analyze', trackFile, '--json', out], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 120_000,
  });
  return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

/** Deep equality with numbers compared to a relative tolerance (floating-point noise only). */
function expectClose(a: unknown, b: unknown, path = '$'): void {
  if (typeof a === 'number' && typeof b === 'number') {
    expect(Math.abs(a - b), path).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
  } else if (Array.isArray(a) && Array.isArray(b)) {
    expect(a.length, `${path}.length`).toBe(b.length);
    a.forEach((v, i) => expectClose(v, b[i], `${path}[${i}]`));
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    expect(Object.keys(a).sort(), path).toEqual(Object.keys(b).sort());
    for (const k of Object.keys(a))
      expectClose((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
  } else expect(a, path).toEqual(b);
}

/** The review's "what to work on" block lies wholly on the first screen (issue 16). */
async function expectInFirstScreen(page: Page): Promise<void> {
  const box = (await page.getByTestId('top-findings').boundingBox())!;
  const vh = await page.evaluate(() => window.innerHeight);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(vh);
}

describeWithShared('review app in headless Chromium (issue 5)', [RUN, RDL, ONE_HINGE, HIPS_FIRST], () => {
  let app: RunningApp;
  let page: Page;
  let report: Report;
  let track: Track;
  let uploadToReportMs = 0;
  let uploadToSettledMs = 0;
  // The analysis window on the page's own clock (performance.now), from choosing the file to the
  // settled review (charts and tables are committed after the report shows): long tasks of the page
  // load and of the downloads below are not 'while the clip is analysed'.
  let analysisWindow = { start: 0, end: 0 };

  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    app = await appStart();
    page = await app.browser.newPage({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
      locale: 'en-US',
    });
    page.on('pageerror', (e) => app.consoleErrors.push(String(e)));
    await page.addInitScript(LONG_TASK_PROBE);
    await page.goto(app.url);
    await shot(page, 'start-desktop');
    const t0 = Date.now();
    const pageT0 = await page.evaluate(() => performance.now());
    await uploadVideo(page, sharedPath(...RUN)!);
    await waitForReport(page);
    uploadToReportMs = Date.now() - t0;
    await waitForReviewSettled(page);
    uploadToSettledMs = Date.now() - t0;
    analysisWindow = { start: pageT0, end: await page.evaluate(() => performance.now()) };
    report = (await downloadJson<Report>(page, 'Download report (JSON)')).value;
    track = (await downloadJson<Track>(page, 'Download track')).value;
  }, 400_000);

  afterAll(async () => {
    await app?.close();
  });

  it('keeps the page responsive while the clip is analysed (main-thread long tasks)', async () => {
    const all = await longTasks(page);
    const tasks = all.filter((x) => x.start >= analysisWindow.start && x.start < analysisWindow.end);
    console.log(
      `[review e2e] long tasks outside the analysis window (page load, downloads): ${
        all
          .filter((x) => !tasks.includes(x))
          .map((x) => `${x.ms.toFixed(0)} ms @${x.start.toFixed(0)}`)
          .join(', ') || 'none'
      }`,
    );
    const total = tasks.reduce((s, x) => s + x.ms, 0);
    const max = Math.max(0, ...tasks.map((x) => x.ms));
    console.log(
      `[review e2e] upload → report ${(uploadToReportMs / 1000).toFixed(1)} s, → settled review ${(uploadToSettledMs / 1000).toFixed(1)} s; long tasks: ${tasks.length}, total ${total.toFixed(0)} ms, max ${max.toFixed(0)} ms`,
    );
    const trackReady = await page.evaluate(
      () => performance.getEntriesByName('hipcheck:track-ready').at(-1)?.startTime ?? NaN,
    );
    console.log(
      `[review e2e] long tasks while the pose workers ran: ${
        tasks
          .filter((x) => x.start < trackReady)
          .map((x) => `${x.ms.toFixed(0)} ms`)
          .join(', ') || 'none'
      }; after the track was ready (analysis, review render): ${
        tasks
          .filter((x) => x.start >= trackReady)
          .map((x) => `${x.ms.toFixed(0)} ms`)
          .join(', ') || 'none'
      }`,
    );
    // All heavy work is in workers: what is left on the main thread (React renders, the chart
    // set-up) must not freeze the page for long, nor add up to a sizeable share of the wait.
    // Issue 15's "< 50 ms" is shown on a quiet machine by `scripts/bench-browser.ts --pipeline`,
    // not here: CI runs the whole suite on 2 cores, where a 20 ms task takes 100+ ms of wall time.
    // The bounds come from that bench on this 2-core machine at load 11–19 (other jobs), before
    // the review/progress renders were split: worst task 251 ms (a React render while the pose
    // workers ran), sum of long tasks ≤ 1.7 % of the wait; after the split, at load 4–5: worst
    // 62 ms. 250 ms is the worst seen under that load, 5 % about 3× the largest share.
    expect(max).toBeLessThan(250);
    expect(total).toBeLessThan(0.05 * uploadToSettledMs);
  });

  it('shows the cadence and the per-side cards with typical ranges', async () => {
    expect(report.activity).toBe('run');
    expect(report.view).toBe('side');
    const cadence = report.run!.cadenceSpm!;
    // male_side.groundtruth.json: 168.9 steps/min; the card must show the report's own value.
    expect(Math.abs(cadence - 168.9)).toBeLessThan(3);
    await expect
      .poll(() => page.getByTestId('cadence').textContent())
      .toContain(`${cadence.toFixed(1)} steps/min`);
    for (const side of ['left', 'right'] as const) {
      const card = page.getByTestId(`card-${side}`);
      await expect.poll(() => card.locator('.row').count()).toBeGreaterThan(4);
      const kneeAtContact = report.run!.summary[side].kneeFlexionAtContactDeg;
      if (typeof kneeAtContact === 'number')
        expect(await card.textContent()).toContain(`${kneeAtContact.toFixed(1)}°`);
      expect(await card.textContent()).toContain('typical');
    }
    await expect.poll(() => page.locator('.uplot').count()).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.locator('.table-wrap tbody tr').count()).toBe(report.run!.steps.length);
    await shot(page, 'run-desktop');
    // Issue 16: the first screen says there is nothing to work on (a healthy runner, no flag).
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => page.getByTestId('top-findings').getAttribute('data-count')).toBe('0');
    expect(await page.getByTestId('top-none').textContent()).toContain('Nothing to work on');
    await expectInFirstScreen(page);
    await shot(page, 'first-desktop-none-en');
    await page.locator('.flags').scrollIntoViewIfNeeded();
    await shot(page, 'run-desktop-flags');
    await shot(page, 'run-desktop-full', true);
  });

  it('offers playback down to 0.25×', async () => {
    await page.getByLabel('Playback speed').selectOption('0.25');
    expect(await page.evaluate(() => document.querySelector('video')!.playbackRate)).toBe(0.25);
  });

  it('downloads the same report JSON as `hipcheck analyze` gives for the same track, and the CSV', async () => {
    const { text } = await downloadJson<Report>(page, 'Download report (JSON)');
    const cli = cliReport(track);
    expectClose(report, cli);
    // Byte for byte too, except the source name (the CLI names the file it was given).
    expect(text).toBe(
      `${JSON.stringify({ ...cli, source: { ...cli.source, name: report.source.name } }, null, 1)}\n`,
    );
    const csv = (await downloadText(page, 'Download CSV')).text.trim().split('\r\n');
    expect(csv).toHaveLength(report.run!.steps.length + 1);
    expect(csv[0]!.split(',').slice(0, 3)).toEqual(['step', 'side', 'contactT']);
    expect(Number(csv[1]!.split(',')[2])).toBe(report.run!.steps[0]!.contactT);
  }, 180_000);

  it('makes a clean printable page with key frames, numbers and flags', async () => {
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: 'Print report' }).click();
    await expect
      .poll(() => page.locator('.print-keyframes img').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.review-player').isVisible()).toBe(false);
    expect(await page.locator('.print-keyframes img').first().isVisible()).toBe(true);
    expect(await page.locator('.flags').first().isVisible()).toBe(true);
    await shot(page, 'print', true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('switches to Japanese with no English left in the main views', async () => {
    await page.getByLabel('Language').selectOption('ja');
    try {
      await page.getByText('気づいたこと').first().waitFor();
      await expect.poll(() => page.getByTestId('cadence').textContent()).toContain('歩/分');
      // Allowed: the product name, file formats and the tool that reads them, key names, an
      // author the core's text cites, and SI unit symbols (Japanese writes cm as cm).
      const stray = await strayLatinWords(page, [
        'hipcheck',
        'JSON',
        'CSV',
        'OpenSim',
        'TRC',
        'MOT',
        'MP',
        'MOV',
        'fps',
        'Shift',
        'Heiderscheit',
        'et',
        'al',
        'cm',
      ]);
      expect(stray).toEqual([]);
      await expect(page.getByLabel('動画をアップロード').count()).resolves.toBe(1);
      await shot(page, 'run-ja');
    } finally {
      // Back to English whatever happened, so that one failure here does not fail every test after it.
      await page.getByLabel('言語').selectOption('en');
    }
  });

  it('looks right on a phone-sized screen', async () => {
    // Issue 15: the overlay's backing store is the size it is shown at (male_side is 720×1280, shown
    // 630 px tall on the desktop), not the video's, and follows the player when the window shrinks.
    const desk = await overlayBacking(page);
    expect(desk.widthPx).toBeLessThan(720);
    expect(Math.abs(desk.widthPx - desk.displayedWidthPx)).toBeLessThanOrEqual(1);
    expect(Math.abs(desk.heightPx - desk.displayedHeightPx)).toBeLessThanOrEqual(1);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await overlayBacking(page)).widthPx).toBeLessThan(desk.widthPx);
    const phone = await overlayBacking(page);
    expect(Math.abs(phone.widthPx - phone.displayedWidthPx)).toBeLessThanOrEqual(1);
    expect(Math.abs(phone.heightPx - phone.displayedHeightPx)).toBeLessThanOrEqual(1);
    // Redrawn after the resize, in source pixels through the canvas's scale: the magenta hip markers
    // of the frame shown are where the track puts them.
    const shown = track.frames[await overlayFrame(page)]!;
    const hips = [KP.left_hip, KP.right_hip]
      .map((k) => shown.kp[k]!)
      .filter(([, , score]) => score >= SKELETON_MIN_SCORE);
    expect(hips.length).toBeGreaterThan(0);
    for (const [x, y] of hips) {
      const [r, g, b] = await overlayPixelAt(page, x, y, track.width, track.height);
      expect(r).toBeGreaterThan(200);
      expect(g).toBeLessThan(60);
      expect(b).toBeGreaterThan(200);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    // The start panel has folded to one row: what to work on (here: nothing) is on the first
    // screen, and the review's player starts on it too, right below.
    await expectInFirstScreen(page);
    const playerTop = (await page.locator('.review-player').boundingBox())!.y;
    expect(playerTop).toBeLessThan(844);
    await shot(page, 'run-phone');
    await shot(page, 'run-phone-full', true);
    // Nothing wider than the screen except the scrollable tables.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('first screen: the things to work on, ranked, each with its frame, at desktop and phone size, en and ja', async () => {
    const clip = join(mkdtempSync(join(tmpdir(), 'hipcheck-first-')), 'hips_first_10s.mp4');
    ffmpeg(['-i', sharedPath(...HIPS_FIRST)!, '-t', '10', '-c', 'copy', '-an', clip]);
    // On a phone: when the report arrives the page brings the findings to the top of the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await uploadVideo(page, clip);
    await page.getByTestId('rep-count').waitFor({ timeout: 300_000 });
    const block = page.getByTestId('top-findings');
    await expect.poll(() => block.locator('img').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    // As the report arrived (nothing else has moved the page yet): on the first screen.
    await expectInFirstScreen(page);
    await shot(page, 'first-phone-en');
    const r = (await downloadJson<Report>(page, 'Download report (JSON)')).value;
    const worth = r.flags.filter((f) => f.severity !== 'info');
    expect(worth.length).toBeGreaterThanOrEqual(1);
    await expect.poll(() => block.getAttribute('data-count')).toBe(String(Math.min(3, worth.length)));
    // Ranked: shown 1, 2, …; an alert never after a warn.
    const rows = await block.locator('li').evaluateAll((els) =>
      els.map((e) => ({
        rank: e.getAttribute('data-rank'),
        sev: e.className,
        id: e.getAttribute('data-flag-id'),
      })),
    );
    expect(rows.map((x) => x.rank)).toEqual(rows.map((_, i) => String(i + 1)));
    const sev = rows.map((x) => (x.sev.includes('sev-alert') ? 0 : 1));
    expect(sev).toEqual([...sev].sort());
    expect(rows.every((x) => worth.some((f) => f.id === x.id))).toBe(true);
    // Each finding has its evidence frame, and one click shows it in the player with its lines.
    await expect.poll(() => block.locator('img').count(), { timeout: 30_000 }).toBe(rows.length);
    await block.scrollIntoViewIfNeeded();
    await page.getByLabel('Language').selectOption('ja');
    await page.getByText('まず取り組むこと').waitFor();
    // The language switch sits at the top of the page; back at the findings, the Japanese block still fits one screen.
    await block.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await expectInFirstScreen(page);
    await shot(page, 'first-phone-ja');
    await page.getByLabel('言語').selectOption('en');
    // On a desktop the findings are on the first screen from the top of the page.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectInFirstScreen(page);
    await shot(page, 'first-desktop-en');
    await block.locator('li').first().locator('.top-thumb').click();
    await expect.poll(() => evidencePixels(page), { timeout: 15_000 }).toBeGreaterThan(0);
  }, 360_000);

  it('analyses a one-rep hinge clip: one rep, classified as a hinge', async () => {
    // Issue 18: the lifter's height, typed once on the start screen, scales the bar speed to m/s.
    const options = page.locator('details.start-options');
    const openOptions = async () => {
      if (!(await options.evaluate((d) => (d as HTMLDetailsElement).open)))
        await options.locator('summary').click();
    };
    await openOptions();
    await page.getByTestId('height-input').fill('175');
    await uploadVideo(page, sharedPath(...ONE_HINGE)!);
    await page.getByTestId('rep-count').waitFor({ timeout: 300_000 });
    const rdl = (await downloadJson<Report>(page, 'Download report (JSON)')).value;
    expect(rdl.hinge!.velocityScale).toBe('subjectHeight');
    expect(rdl.hinge!.reps[0]!.barConcentricMeanVelocityMps).toBeGreaterThan(0);
    expect(await page.getByTestId('bar-scale').getAttribute('data-scale')).toBe('subjectHeight');
    expect(await page.getByTestId('bar-path-figure').locator('path.bar-path').count()).toBe(1);
    expect(await page.getByTestId('velocity-loss').textContent()).toContain('at least 2 reps');
    expect(rdl.activity).toBe('hinge');
    expect(rdl.hinge!.repCount).toBe(1);
    expect(await page.getByTestId('rep-count').textContent()).toContain('1');
    expect(await page.getByTestId('hinge-pattern').textContent()).toContain('Hinge');
    await expect.poll(() => page.locator('.table-wrap tbody tr').count()).toBe(1);
    // Issue 18: the bar's path (wrist mid-point) of the rep is drawn, and its velocity is in the table.
    expect(rdl.hinge!.reps[0]!.barConcentricMeanVelocityLps).toBeGreaterThan(0);
    // To the rep's bottom (the clip starts there), then 10 frames into the pull.
    await page.locator('.table-wrap tbody tr button.link').first().click();
    await page.keyboard.press('Shift+ArrowRight');
    await expect
      .poll(async () => Number(await page.getByTestId('skeleton').getAttribute('data-bar-points')), {
        timeout: 15_000,
      })
      .toBeGreaterThan(3);
    expect(await page.locator('.table-wrap thead').textContent()).toContain('Bar speed up');
    // A 45 cm plate marked on the video (two clicks 100 CSS px apart) replaces the height's scale.
    await page.getByRole('button', { name: 'Mark a plate (45 cm)' }).click();
    const canvas = page.getByTestId('skeleton');
    await canvas.click({ position: { x: 40, y: 40 } });
    await canvas.click({ position: { x: 140, y: 40 } });
    await expect
      .poll(async () => page.getByTestId('bar-scale').getAttribute('data-scale'), { timeout: 120_000 })
      .toBe('plate');
    const plated = (await downloadJson<Report>(page, 'Download report (JSON)')).value;
    expect(plated.hinge!.velocityScale).toBe('plate');
    // The same pixels per second under another px/m: the relative speed stays, the m/s one changes.
    const mps = (r: Report) => r.hinge!.reps[0]!.barConcentricMeanVelocityMps!;
    expect(mps(plated)).toBeGreaterThan(0);
    expect(mps(plated)).not.toBe(mps(rdl));
    expect(plated.hinge!.reps[0]!.barConcentricMeanVelocityLps).toBe(
      rdl.hinge!.reps[0]!.barConcentricMeanVelocityLps,
    );
    // Height scale: m/s = leg lengths/s × leg length in m (Winter's 0.491 of the height).
    const lps = rdl.hinge!.reps[0]!.barConcentricMeanVelocityLps!;
    expect(Math.abs(mps(rdl) - lps * 0.491 * 1.75)).toBeLessThan(0.003);
    await page.getByRole('button', { name: 'Forget the plate' }).click();
    await expect
      .poll(async () => page.getByTestId('bar-scale').getAttribute('data-scale'), { timeout: 120_000 })
      .toBe('subjectHeight');
    await openOptions();
    await page.getByTestId('height-input').fill('');
    await shot(page, 'hinge-desktop');
    await shot(page, 'hinge-desktop-full', true);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'hinge-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 320_000);

  // male_side raises no flag since the flags were calibrated on healthy 2D truth (issue 12), so the
  // evidence jump is checked on the one-rep hinge clip's flag.
  it('"Show me" jumps to the evidence frame and draws the measured lines on it', async () => {
    const hinge = (await downloadJson<Report>(page, 'Download report (JSON)')).value;
    const hingeTrack = (await downloadJson<Track>(page, 'Download track')).value;
    expect(hinge.flags.length).toBeGreaterThan(0);
    const before = await evidencePixels(page);
    expect(before).toBe(0);
    const card = page.locator('article.flag').first();
    const id = await card.getAttribute('data-flag-id');
    const flag = hinge.flags.find((f) => f.id === id)!;
    await card.getByRole('button', { name: 'Show me' }).click();
    // The jump goes to the flag's clearest evidence; its frame is one of the evidence times.
    await page.waitForFunction(
      (targets) =>
        targets.includes(
          Number(document.querySelector('[data-testid=skeleton]')?.getAttribute('data-frame-index')),
        ),
      flag.evidence.map((e) => nearestFrame(hingeTrack.frames, e.t)),
      { timeout: 10_000 },
    );
    const shown = await overlayFrame(page);
    const mediaTime = Number(await page.locator('[data-testid=skeleton]').getAttribute('data-media-time'));
    expect(Math.abs(mediaTime - hingeTrack.frames[shown]!.t)).toBeLessThan(1e-3);
    await expect.poll(() => evidencePixels(page)).toBeGreaterThan(50);
    await expect.poll(() => page.locator('.player-evidence').textContent()).toContain(flag.title.en);
    await page.locator('.review-player').screenshot({ path: join(ART, 'review-show-me.png') });
    // Frame stepping with the keyboard from there.
    await page.locator('.app-header h1').click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => overlayFrame(page)).toBe(shown + 1);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => overlayFrame(page)).toBe(shown);
  });

  it('cancels an analysis midway and then analyses another clip', async () => {
    await uploadVideo(page, sharedPath(...RUN)!);
    await page.waitForFunction(
      () => Number(document.querySelector('progress')?.getAttribute('value') ?? 0) >= 10,
      null,
      { timeout: 120_000 },
    );
    await shot(page, 'progress', false);
    await page.getByRole('button', { name: 'Cancel analysis' }).click();
    await page.locator('progress').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    await uploadVideo(page, sharedPath(...RDL)!);
    await page.getByTestId('rep-count').waitFor({ timeout: 300_000 });
    expect(app.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  }, 420_000);

  it('a slow-motion file: suggests ×4 and, re-analysed at ×4, gives the real cadence', async () => {
    // male_side played 4× slower: the same 360 frames over 48 s (7.5 fps), as a 120 fps capture
    // saved for 30 fps playback looks in its own clock.
    const slow = join(mkdtempSync(join(tmpdir(), 'hipcheck-slowmo-')), 'male_side_x4.mp4');
    ffmpeg([
      '-i',
      sharedPath(...RUN)!,
      '-vf',
      'setpts=4*PTS',
      '-r',
      '7.5',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      '-an',
      slow,
    ]);
    await uploadVideo(page, slow);
    const apply = page.getByRole('button', { name: 'Re-analyse as ×4 slow motion' });
    await apply.waitFor({ timeout: 300_000 });
    await shot(page, 'slowmo-suggest');
    expect(
      await page.getByText('No running flags: the clip does not look like real-time running').count(),
    ).toBe(1);
    await apply.click();
    await expect
      .poll(() => page.getByTestId('slowmo').textContent(), { timeout: 60_000 })
      .toContain('Analysed as ×4 slow motion');
    await page.getByTestId('cadence').waitFor({ timeout: 60_000 });
    const r = (await downloadJson<Report>(page, 'Download report (JSON)')).value;
    expect(r.source.slowmoFactor).toBe(4);
    expect(Math.abs(r.run!.cadenceSpm! - 168.9)).toBeLessThanOrEqual(1.5);
    expect(await page.getByTestId('cadence').textContent()).toContain(r.run!.cadenceSpm!.toFixed(1));
  }, 360_000);
});
