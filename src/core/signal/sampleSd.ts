/** Sample standard deviation (n − 1) of the finite values; NaN with fewer than 2. */
export function sampleSd(values: readonly number[]): number {
  // Loops, not filter/reduce with arrows: a per-call closure's optimized code was dropped at every
  // full garbage collection and recompiled (see run/byContactT.ts). The same sums, in order.
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isFinite(x)) {
      sum += x;
      n++;
    }
  }
  if (n < 2) return NaN;
  const m = sum / n;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isFinite(x)) ss += (x - m) ** 2;
  }
  return Math.sqrt(ss / (n - 1));
}
