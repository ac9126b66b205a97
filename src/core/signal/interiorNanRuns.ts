/**
 * The runs of NaN (non-finite) samples of `x` that have a finite sample on both sides and are at
 * most `maxLen` samples long: the gaps that gap filling may bridge (biomech-notes.md §1: fill only
 * short gaps; the ends stay NaN). Flat [first, end) index pairs, run r at [2r, 2r + 1] (one typed
 * array, not an array per run: a 10-minute track's conditioning finds ~40,000 runs).
 */
export function interiorNanRuns(x: ArrayLike<number>, maxLen: number): Int32Array {
  let runs = new Int32Array(64);
  let n = 0;
  let i = 0;
  while (i < x.length) {
    if (Number.isFinite(x[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < x.length && !Number.isFinite(x[j]!)) j++;
    if (i > 0 && j < x.length && j - i <= maxLen) {
      // Full: a buffer twice the size, the runs so far copied over.
      if (n + 2 > runs.length) {
        const grown = new Int32Array(2 * runs.length);
        grown.set(runs);
        runs = grown;
      }
      runs[n++] = i;
      runs[n++] = j;
    }
    i = j;
  }
  return runs.subarray(0, n);
}
