import { interiorNanRuns } from './interiorNanRuns.ts';

/**
 * Fills NaN runs of at most `maxGapSamples` samples with a cubic Hermite curve whose end slopes
 * are the one-sided differences just outside the gap (linear when a neighbour's slope is
 * unknown). Linear filling cuts the corner of a curved path, e.g. the ankle at its most forward
 * point around foot contact, which biases event timing and the angles read there; the cubic keeps
 * the curvature. Longer gaps and gaps at the ends stay NaN (biomech-notes.md §1). `inPlace`: fill
 * `x` itself (a buffer the caller owns) and return it.
 */
export function gapFillCubic(x: Float64Array, maxGapSamples: number, inPlace = false): Float64Array {
  const runs = interiorNanRuns(x, maxGapSamples);
  const nRuns = runs.length / 2;
  const fin = (i: number) => i >= 0 && i < x.length && Number.isFinite(x[i]!);
  // Every gap's end slopes first: a sample just outside one gap can lie in the next, and filling
  // in place must not change what its neighbour reads.
  const slopes = new Float64Array(2 * nRuns);
  for (let r = 0; r < nRuns; r++) {
    const a = runs[2 * r]! - 1;
    const b = runs[2 * r + 1]!;
    const pa = x[a]!;
    const pb = x[b]!;
    // Slopes per sample: one-sided outside the gap, else the chord.
    const chord = (pb - pa) / (b - a);
    slopes[2 * r] = fin(a - 1) ? pa - x[a - 1]! : chord;
    slopes[2 * r + 1] = fin(b + 1) ? x[b + 1]! - pb : chord;
  }
  const out = inPlace ? x : x.slice();
  for (let r = 0; r < nRuns; r++) {
    const i = runs[2 * r]!;
    const j = runs[2 * r + 1]!;
    const a = i - 1;
    const b = j;
    const h = b - a;
    const pa = x[a]!;
    const pb = x[b]!;
    const ma = slopes[2 * r]!;
    const mb = slopes[2 * r + 1]!;
    for (let k = i; k < j; k++) {
      const s = (k - a) / h;
      const s2 = s * s;
      const s3 = s2 * s;
      out[k] =
        (2 * s3 - 3 * s2 + 1) * pa +
        (s3 - 2 * s2 + s) * h * ma +
        (-2 * s3 + 3 * s2) * pb +
        (s3 - s2) * h * mb;
    }
  }
  return out;
}
