/**
 * Fills NaN runs of at most `maxGapSamples` samples by linear interpolation between the finite
 * samples on either side. Longer gaps, and gaps at the ends, stay NaN (biomech-notes.md §1: fill
 * only short gaps, 0.1–0.2 s).
 */
export function gapFill(x: Float64Array, maxGapSamples: number): Float64Array {
  const out = Float64Array.from(x);
  let i = 0;
  while (i < out.length) {
    if (Number.isFinite(out[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && !Number.isFinite(out[j]!)) j++;
    const len = j - i;
    if (i > 0 && j < out.length && len <= maxGapSamples) {
      const a = out[i - 1]!;
      const b = out[j]!;
      for (let k = i; k < j; k++) out[k] = a + ((b - a) * (k - i + 1)) / (len + 1);
    }
    i = j;
  }
  return out;
}
