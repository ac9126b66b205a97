import { interiorNanRuns } from './interiorNanRuns.ts';

/**
 * Fills NaN runs of at most `maxGapSamples` samples by linear interpolation between the finite
 * samples on either side. Longer gaps, and gaps at the ends, stay NaN (biomech-notes.md §1: fill
 * only short gaps, 0.1–0.2 s). `inPlace`: fill `x` itself (a buffer the caller owns) and return it.
 */
export function gapFill(x: Float64Array, maxGapSamples: number, inPlace = false): Float64Array {
  // In place is safe: a gap's ends are finite samples, which no gap contains.
  const out = inPlace ? x : x.slice();
  const runs = interiorNanRuns(x, maxGapSamples);
  for (let r = 0; r < runs.length; r += 2) {
    const i = runs[r]!;
    const j = runs[r + 1]!;
    const a = x[i - 1]!;
    const b = x[j]!;
    const len = j - i;
    for (let k = i; k < j; k++) out[k] = a + ((b - a) * (k - i + 1)) / (len + 1);
  }
  return out;
}
