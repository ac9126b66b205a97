import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { describeWithShared, ROOT, sharedPath, maleSideTruthSpm } from '../helpers/shared.ts';
import { appBuild, CHROMIUM, CHROMIUM_ARGS, freePort } from './helpers/browserApp.ts';
import { uploadVideo } from './helpers/appActions.ts';
import { downloadJson, waitForReport } from './helpers/reviewActions.ts';

const CLIP = ['media', 'running', 'male_side.mp4'];

/** PNG width and height from its IHDR chunk. */
function pngSize(bytes: number[]): [number, number] {
  const b = Buffer.from(bytes);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/**
 * Issue 16: after one visit the app works with no network at all. The built app is served from a
 * copy of the build (so the test can later publish a "new version" of it); the server is stopped and
 * the browser set offline before the reload, so everything after it comes from the service worker.
 */
describeWithShared('installable PWA: offline after the first visit, update prompt', [CLIP], () => {
  const clip = sharedPath(...CLIP)!;
  const modelsManifest = JSON.parse(readFileSync(join(ROOT, 'models/manifest.json'), 'utf8')) as {
    models: Record<string, { files: Record<string, string> }>;
  };
  let dir: string;
  let port: number;
  let url: string;
  let server: PreviewServer | null = null;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  const serve = async () => {
    server = await preview({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: dir },
      preview: { port, strictPort: true, host: '127.0.0.1' },
    });
  };
  const stop = async () => {
    const s = server;
    server = null;
    if (s) await new Promise<void>((r) => s.httpServer.close(() => r()));
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hipcheck-offline-'));
    cpSync(await appBuild(), dir, { recursive: true });
    port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    await serve();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    context = await browser.newContext({ viewport: { width: 1000, height: 1100 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await page.goto(url);
  }, 240_000);

  afterAll(async () => {
    await page?.screenshot({ path: join(ROOT, 'tests/artifacts/e2e-offline.png') }).catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has a web app manifest with name, start_url, standalone display, theme colour and PNG icons of the stated sizes', async () => {
    const manifestUrl = await page.locator('link[rel=manifest]').getAttribute('href');
    expect(manifestUrl).toBeTruthy();
    const m = (await page.evaluate(async (u) => (await fetch(u)).json(), manifestUrl!)) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(m.name).toMatch(/hipcheck/);
    expect(m.short_name).toBe('hipcheck');
    expect(new URL(m.start_url, new URL(manifestUrl!, url)).href).toBe(url);
    expect(m.display).toBe('standalone');
    expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(await page.locator('meta[name=theme-color]').getAttribute('content')).toBe(m.theme_color);
    const sizes = new Set<string>();
    for (const icon of m.icons) {
      expect(icon.type).toBe('image/png');
      const bytes = await page.evaluate(
        async (u) => Array.from(new Uint8Array(await (await fetch(u)).arrayBuffer())),
        new URL(icon.src, new URL(manifestUrl!, url)).href,
      );
      const [w, h] = pngSize(bytes);
      expect(`${w}x${h}`).toBe(icon.sizes);
      sizes.add(`${icon.sizes}:${icon.purpose ?? 'any'}`);
    }
    // What browsers need to offer "install": a 192 and a 512 icon; plus a maskable one for Android.
    expect(sizes).toEqual(new Set(['192x192:any', '512x512:any', '512x512:maskable']));
  });

  it('the service worker controls the page and has cached the MoveNet weights with the sha256 of models/manifest.json', async () => {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 90_000 });
    const cached = await page.evaluate(async () => {
      const out: Record<string, string> = {};
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const req of await cache.keys()) {
          const file = new URL(req.url).pathname;
          if (!file.startsWith('/models/')) continue;
          const body = await (await cache.match(req))!.arrayBuffer();
          const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
          out[file.slice('/models/'.length)] = Array.from(digest, (b) =>
            b.toString(16).padStart(2, '0'),
          ).join('');
        }
      }
      return out;
    });
    const expected = Object.assign({}, ...Object.values(modelsManifest.models).map((x) => x.files)) as Record<
      string,
      string
    >;
    expect(cached).toEqual(expected);
    const wasm = await page.evaluate(async () => {
      const names: string[] = [];
      for (const n of await caches.keys())
        for (const r of await (await caches.open(n)).keys())
          if (r.url.includes('/tfjs-wasm/')) names.push(new URL(r.url).pathname);
      return names.sort();
    });
    expect(wasm).toEqual([
      '/tfjs-wasm/tfjs-backend-wasm-simd.wasm',
      '/tfjs-wasm/tfjs-backend-wasm-threaded-simd.wasm',
      '/tfjs-wasm/tfjs-backend-wasm.wasm',
    ]);
  }, 120_000);

  it('with the server gone and the browser offline, a reload still opens the app and analyses male_side.mp4 to a report', async () => {
    await stop();
    await context.setOffline(true);
    await page.reload();
    await uploadVideo(page, clip);
    await waitForReport(page);
    const report = (await downloadJson(page, 'Download report (JSON)')).value;
    expect(report.activity).toBe('run');
    const truth = maleSideTruthSpm();
    expect(Math.abs(report.run!.cadenceSpm! - truth)).toBeLessThan(3);
    // Nothing the app needed was missing from the cache (a failed fetch or worker load shows here).
    expect(
      consoleErrors.filter((e) => /fetch|load resource|net::|service ?worker|workbox|wasm|model/i.test(e)),
    ).toEqual([]);
    // And the network really was gone: what is not precached cannot be had.
    await expect(
      page.evaluate(() =>
        fetch('/not-precached.txt').then(
          (r) => r.status,
          () => 'failed',
        ),
      ),
    ).resolves.toBe('failed');
  }, 240_000);

  it('a new version waits and is offered as "A new version is ready — reload"; Reload switches to it', async () => {
    await context.setOffline(false);
    await serve();
    appendFileSync(join(dir, 'sw.js'), '\n// next version\n');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const prompt = page.getByTestId('pwa-update');
    await prompt.waitFor({ timeout: 60_000 });
    expect(await prompt.textContent()).toContain('A new version is ready');
    const before = await page.evaluate(
      () => ((window as unknown as { reloadMark: number }).reloadMark = Date.now()),
    );
    expect(before).toBeGreaterThan(0);
    await Promise.all([
      page.waitForEvent('load', { timeout: 60_000 }),
      prompt.getByRole('button', { name: 'Reload' }).click(),
    ]);
    expect(
      await page.evaluate(() => (window as unknown as { reloadMark?: number }).reloadMark ?? null),
    ).toBeNull();
    expect(
      await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return { waiting: r?.waiting ?? null, controlled: navigator.serviceWorker.controller !== null };
      }),
    ).toEqual({ waiting: null, controlled: true });
    await expect(page.getByTestId('pwa-update').count()).resolves.toBe(0);
  }, 120_000);
});
