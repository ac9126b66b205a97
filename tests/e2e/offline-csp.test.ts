import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithShared, sharedPath, maleSideTruthSpm } from '../helpers/shared.ts';
import { appStart, type RunningApp } from './helpers/browserApp.ts';
import { uploadVideo } from './helpers/appActions.ts';
import { downloadJson, waitForReport } from './helpers/reviewActions.ts';

const CLIP = ['media', 'running', 'male_side.mp4'];

/** Every securitypolicyviolation the page sees, from the first byte on. */
const VIOLATION_PROBE = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push({ blockedURI: e.blockedURI, directive: e.effectiveDirective });
  });
`;
type Violation = { blockedURI: string; directive: string };
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);

/**
 * Issue 16: the built app's Content-Security-Policy lets nothing reach another origin. A server on
 * another port counts what arrives: requests injected into the page (fetch, <img>) are blocked by
 * policy and never reach it, while the analysis of male_side.mp4 runs under the same policy with
 * no violation of its own.
 */
describeWithShared('Content-Security-Policy of the built app', [CLIP], () => {
  let app: RunningApp;
  let page: Page;
  let other: Server;
  let otherUrl: string;
  let hits = 0;

  beforeAll(async () => {
    other = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'image/png' });
      res.end();
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', () => r()));
    otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
    app = await appStart();
    const context = await app.browser.newContext({
      viewport: { width: 1000, height: 1100 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') app.consoleErrors.push(m.text());
    });
    await page.addInitScript(VIOLATION_PROBE);
    await page.goto(app.url);
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    await new Promise<void>((r) => (other ? other.close(() => r()) : r()));
  });

  it('the policy arrives with the page: own origin only, WASM compile allowed, no eval or inline script', async () => {
    const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self' blob: data:");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'|\s\*|https?:/);
  });

  it('a fetch and an <img> to another origin are blocked by the policy and never reach it', async () => {
    const fetched = await page.evaluate(
      (u) =>
        fetch(`${u}fetch`).then(
          (r) => `status ${r.status}`,
          (e: Error) => e.name,
        ),
      otherUrl,
    );
    expect(fetched).toBe('TypeError');
    const img = await page.evaluate(
      (u) =>
        new Promise<string>((resolve) => {
          const el = document.createElement('img');
          el.onload = () => resolve('loaded');
          el.onerror = () => resolve('error');
          el.src = `${u}img.png`;
          document.body.append(el);
        }),
      otherUrl,
    );
    expect(img).toBe('error');
    await expect
      .poll(() => violations(page))
      .toEqual([
        { blockedURI: `${otherUrl}fetch`, directive: 'connect-src' },
        { blockedURI: `${otherUrl}img.png`, directive: 'img-src' },
      ]);
    expect(hits).toBe(0);
  });

  it('under the same policy male_side.mp4 is analysed to a report, with no violation of the app’s own', async () => {
    const before = (await violations(page)).length;
    await uploadVideo(page, sharedPath(...CLIP)!);
    await waitForReport(page);
    const report = (await downloadJson(page, 'Download report (JSON)')).value;
    expect(report.activity).toBe('run');
    const truth = maleSideTruthSpm();
    expect(Math.abs(report.run!.cadenceSpm! - truth)).toBeLessThan(3);
    expect((await violations(page)).slice(before)).toEqual([]);
    expect(
      app.consoleErrors.filter((e) => /Content Security Policy/i.test(e) && !e.includes(otherUrl)),
    ).toEqual([]);
    expect(hits).toBe(0);
  }, 300_000);
});
