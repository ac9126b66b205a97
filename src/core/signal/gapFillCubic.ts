import { interiorNanRuns } from './interiorNanRuns.ts';

/**
 * Fills NaN runs of at most `maxGapSamples` samples with a cubic Hermite curve whose end slopes
 * are the one-sided differences just outside the gap (linear when a neighbour's slope is
 * unknown). Linear filling cuts the corner of a curved path, e.g. the ankle at its most forward
 * point around foot contact, which biases event timing and the angles read there; the cubic keeps
 * the curvature. Longer gaps and gaps at the ends stay NaN (biomech-notes.md §1).
 */
export function gapFillCubic(x: Float64Array, maxGapSamples: number): Float64Array {
  const out = Float64Array.from(x);
  const fin = (i: number) => i >= 0 && i < x.length && Number.isFinite(x[i]!);
  for (const [i, j] of interiorNanRuns(x, maxGapSamples)) {
    const a = i - 1;
    const b = j;
    const h = b - a;
    const pa = x[a]!;
    const pb = x[b]!;
    // Slopes per sample: one-sided outside the gap, else the chord.
    const chord = (pb - pa) / h;
    const ma = fin(a - 1) ? pa - x[a - 1]! : chord;
    const mb = fin(b + 1) ? x[b + 1]! - pb : chord;
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
