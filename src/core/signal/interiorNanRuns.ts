/**
 * The runs of NaN (non-finite) samples of `x` that have a finite sample on both sides and are at
 * most `maxLen` samples long, as [first, end) index pairs: the gaps that gap filling may bridge
 * (biomech-notes.md §1: fill only short gaps; the ends stay NaN).
 */
export function interiorNanRuns(x: ArrayLike<number>, maxLen: number): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < x.length) {
    if (Number.isFinite(x[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < x.length && !Number.isFinite(x[j]!)) j++;
    if (i > 0 && j < x.length && j - i <= maxLen) runs.push([i, j]);
    i = j;
  }
  return runs;
}
