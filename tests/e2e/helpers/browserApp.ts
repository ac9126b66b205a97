import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { ROOT } from '../../helpers/shared.ts';

/** Debian's Chromium; `npx playwright install` cannot work here (no network beyond npm/apt). */
export const CHROMIUM = process.env.HIPCHECK_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
];

const INPUTS = [
  'src',
  'workers',
  'public',
  'index.html',
  'vite.config.ts',
  'scripts/vite-static-assets.ts',
  'scripts/vite-pwa-precache.ts',
  'scripts/vite-csp.ts',
  'tests/e2e/helpers/browserApp.ts',
  'package-lock.json',
];

/** Size+mtime of every file that feeds the build: a cheap key that changes when any of them does. */
function buildKey(): string {
  const h = createHash('sha256');
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const n of readdirSync(p).sort()) if (!n.endsWith('.test.ts')) walk(join(p, n));
    } else h.update(`${relative(ROOT, p)}:${st.size}:${st.mtimeMs}\n`);
  };
  for (const i of INPUTS) walk(join(ROOT, i));
  return h.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Production build of the app (`vite build`), made once per source state and shared by every e2e
 * test file and the browser benchmark (test files run in separate processes: a lock directory
 * makes the others wait). Lives under node_modules/.cache, which git ignores.
 */
export async function appBuild(): Promise<string> {
  const base = join(ROOT, 'node_modules/.cache/hipcheck-e2e');
  const key = buildKey();
  const outDir = join(base, key);
  const done = join(outDir, '.done');
  const lock = join(base, `${key}.lock`);
  mkdirSync(base, { recursive: true });
  for (let waited = 0; !existsSync(done); waited += 250) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 180_000) rmSync(lock, { recursive: true, force: true }); // stale lock
      await sleep(250);
      continue;
    }
    try {
      if (!existsSync(done)) {
        // vitest sets NODE_ENV=test, which made this "production" build ship React's development
        // build and jsxDEV (index chunk 734 kB instead of 505 kB): build as `npm run build` does.
        const env = process.env.NODE_ENV;
        process.env.NODE_ENV = 'production';
        try {
          // Mode `hooks`: the product build plus the bench/test hooks (src/app/main.tsx); NODE_ENV
          // stays production, so the code is otherwise what `npm run build` ships.
          await build({ root: ROOT, mode: 'hooks', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
        } finally {
          process.env.NODE_ENV = env;
        }
        writeFileSync(done, key);
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return outDir;
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningApp {
  url: string;
  browser: Browser;
  /** A fresh page on the app, with console errors collected. */
  newPage(): Promise<Page>;
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Builds (once), serves it with `vite preview`, and launches headless Chromium (with `extraArgs` added to its flags). */
export async function appStart(extraArgs: readonly string[] = []): Promise<RunningApp> {
  const outDir = await appBuild();
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  const url = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  });
  const consoleErrors: string[] = [];
  return {
    url,
    browser,
    consoleErrors,
    async newPage() {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1100 }, acceptDownloads: true });
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(String(e)));
      await page.goto(url);
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await new Promise<void>((r) => server.httpServer.close(() => r()));
    },
  };
}
