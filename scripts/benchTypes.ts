/** One latency row of `npm run bench` (scripts/bench.ts and scripts/bench-browser.ts). */
export interface BenchRow {
  /** Where it ran: 'node' or 'chromium'. */
  where: string;
  /** tfjs backend, e.g. 'wasm', 'cpu', 'webgl'. */
  backend: string;
  model: 'lightning' | 'thunder';
  /** What one timed call covers, e.g. 'estimate (324x576 RGB)'. */
  what: string;
  n: number;
  medianMs: number;
  p90Ms: number;
}

/** End-to-end throughput of a whole clip. */
export interface BenchThroughput {
  where: string;
  what: string;
  frames: number;
  wallS: number;
  videoS: number;
  framesPerS: number;
  /** videoS / wallS: ≥ 1 means faster than real time. */
  realTimeMultiple: number;
}

/** What `benchBrowser()` (scripts/bench-browser.ts) resolves to; it may also print its own table. */
export interface BrowserBenchResult {
  rows?: BenchRow[];
  throughput?: BenchThroughput[];
  [key: string]: unknown;
}

/** Median and 90th percentile (nearest rank) of samples in ms. */
export function benchStats(samplesMs: readonly number[]): { medianMs: number; p90Ms: number } {
  const s = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return { medianMs: at(0.5), p90Ms: at(0.9) };
}
