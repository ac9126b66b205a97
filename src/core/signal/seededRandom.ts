/** 2⁻³²: scales a 32-bit unsigned integer into [0, 1) exactly (as dividing by 2³² does). */
const TWO_POW_MINUS_32 = 2 ** -32;

/**
 * mulberry32: a small deterministic PRNG returning values in [0, 1), so permutation noise floors
 * (runTrend, repConsistency) give the same report on every run and the scripts draw the same noise.
 * The state is kept as a signed 32-bit integer (every operation on it reads it modulo 2³²), which
 * the engine keeps in an integer register: the same numbers, drawn faster (runTrend draws a million
 * for a 10-minute run).
 */
export function seededRandom(seed: number): () => number {
  let a = seed | 0;
  return () => seededValue((a = seededStep(a)));
}

/**
 * seededRandom's two halves, for a hot loop that keeps the state in a local (runTrend's shuffles
 * draw ~2 million numbers for a 10-minute run; a local is faster than the closure's variable):
 * `a = seededStep(a)` then `seededValue(a)` is the next number of `seededRandom(seed)` started
 * from `a = seed | 0`.
 */
export function seededStep(a: number): number {
  return (a + 0x6d2b79f5) | 0;
}

/** mulberry32's output in [0, 1) for the state `a` (see seededStep). */
export function seededValue(a: number): number {
  let t = Math.imul(a ^ (a >>> 15), a | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) * TWO_POW_MINUS_32;
}
