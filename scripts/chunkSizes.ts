// Sizes of the built app's JavaScript chunks against a budget per kind (issue 16): printed by
// `npm run bench` and asserted by tests/build/bundleBudget.test.ts, so a chunk that grows past its
// budget fails the suite instead of a hidden Vite warning.
//   node bin/run-ts.mjs scripts/chunkSizes.ts [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Budgets in kB (raw, minified), from the build of December 2026 plus ~15 % headroom. The pose
 * worker is tfjs-core + converter + MoveNet (845 kB once the WebGPU backend left it, 1416 kB
 * before); each backend is its own lazy chunk, loaded only when chosen.
 */
export const CHUNK_BUDGET_KB: { kind: string; match: RegExp; budgetKB: number }[] = [
  { kind: 'pose worker', match: /^pose\.worker-/, budgetKB: 980 },
  { kind: 'analysis worker', match: /^analysis\.worker-/, budgetKB: 160 },
  { kind: 'app entry', match: /^index-/, budgetKB: 600 },
  { kind: 'trainer (lazy)', match: /^TrainerApp-/, budgetKB: 180 },
  { kind: 'live (lazy)', match: /^LiveScreen-/, budgetKB: 40 },
  // tfjs backends and kernels, each loaded only when its backend is chosen (WebGL ~522 kB), and the rest.
  { kind: 'other (lazy)', match: /./, budgetKB: 620 },
];

/** Markers of the GPU backends' code: WGSL compute shaders (WebGPU), GLSL ES 3 shaders (WebGL). */
export const GPU_BACKEND_MARKERS = { webgpu: '@workgroup_size', webgl: '#version 300 es' } as const;

export interface ChunkRow {
  file: string;
  kind: string;
  rawKB: number;
  gzipKB: number;
  budgetKB: number;
  over: boolean;
  gpu: ('webgpu' | 'webgl')[];
}

/** One row per built .js chunk (dist/assets). */
export function chunkSizes(dist: string): ChunkRow[] {
  const dir = join(dist, 'assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      const text = bytes.toString('utf8');
      const b = CHUNK_BUDGET_KB.find((x) => x.match.test(file))!;
      const rawKB = bytes.length / 1000;
      const gpu = (Object.keys(GPU_BACKEND_MARKERS) as ('webgpu' | 'webgl')[]).filter((k) =>
        text.includes(GPU_BACKEND_MARKERS[k]),
      );
      return {
        file,
        kind: b.kind,
        rawKB,
        gzipKB: gzipSync(bytes).length / 1000,
        budgetKB: b.budgetKB,
        over: rawKB > b.budgetKB,
        gpu,
      };
    })
    .sort((a, b) => b.rawKB - a.rawKB);
}

/** The table the bench prints. */
export function chunkTable(rows: ChunkRow[]): string {
  const lines = rows.map(
    (r) =>
      `${r.file.padEnd(44)}${r.kind.padEnd(18)}${r.rawKB.toFixed(1).padStart(9)} kB${r.gzipKB.toFixed(1).padStart(9)} kB gz   budget ${String(r.budgetKB).padStart(4)} kB${r.over ? '  OVER BUDGET' : ''}${r.gpu.length ? `  (${r.gpu.join('+')} backend)` : ''}`,
  );
  return [
    `${'chunk'.padEnd(44)}${'kind'.padEnd(18)}${'raw'.padStart(12)}${'gzip'.padStart(12)}`,
    ...lines,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(chunkTable(chunkSizes(process.argv[2] ?? 'dist')));
