import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkSizes, GPU_BACKEND_MARKERS, type ChunkRow } from '../../scripts/chunkSizes.ts';
import { appBuild } from '../e2e/helpers/browserApp.ts';

/**
 * Issue 16, lean bundle: every chunk within its budget, and the GPU backends only in chunks that are
 * imported lazily (backendSelect.ts imports them only after their probe succeeds), so the default
 * analysis on a CPU-only machine downloads no WebGPU or WebGL code.
 */
let dist: string;
let rows: ChunkRow[];
beforeAll(async () => {
  dist = await appBuild();
  rows = chunkSizes(dist);
}, 240_000);

/** Chunks a file imports statically (`import … from "./x.js"` / `import "./x.js"`), not `import("./x.js")`. */
function staticImports(file: string): string[] {
  const text = readFileSync(join(dist, 'assets', file), 'utf8');
  return [...text.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)].map(
    (m) => m[1]!,
  );
}

describe('built chunks', () => {
  it('stay within their budgets', () => {
    expect(rows.length).toBeGreaterThan(5);
    expect(
      rows.filter((r) => r.over).map((r) => `${r.file} ${r.rawKB.toFixed(0)} kB > ${r.budgetKB}`),
    ).toEqual([]);
  });

  it('keep the WebGPU and WebGL backends out of the pose worker and everything it loads up front', () => {
    const worker = rows.find((r) => r.kind === 'pose worker')!;
    const upFront = new Set<string>([worker.file]);
    for (const f of [...upFront]) for (const g of staticImports(f)) upFront.add(g);
    for (const f of upFront) {
      const text = readFileSync(join(dist, 'assets', f), 'utf8');
      for (const marker of Object.values(GPU_BACKEND_MARKERS))
        expect(text.includes(marker), `${f} holds ${marker}`).toBe(false);
    }
    // Both backends are still built, each in a chunk of its own, for the machines that choose them.
    expect(rows.filter((r) => r.gpu.includes('webgpu')).length).toBe(1);
    expect(rows.filter((r) => r.gpu.includes('webgl')).length).toBe(1);
  });
});
