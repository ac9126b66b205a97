import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';

/**
 * Issue 14 (habits): the bench and test hooks (src/app/benchHooks.ts) are built only in mode
 * `hooks` (the e2e/bench build, tests/e2e/helpers/browserApp.ts); `npm run build` ships none of them.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Strings only benchHooks.ts puts into a bundle (its window global and its exported functions' fields). */
const HOOK_MARKERS = ['hipcheckBench', 'tensorCounts', 'blobFromBase64'];

let outDir: string;
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'hipcheck-product-'));
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = env;
  }
}, 300_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)],
  );
}

describe('the product build (npm run build)', () => {
  it('contains no bench or test hook code', () => {
    const texts = files(outDir).filter((f) => /\.(js|html)$/.test(f));
    expect(texts.length).toBeGreaterThan(3);
    const hits = texts.flatMap((f) =>
      HOOK_MARKERS.filter((m) => readFileSync(f, 'utf8').includes(m)).map((m) => `${f}: ${m}`),
    );
    expect(hits).toEqual([]);
  });
});
