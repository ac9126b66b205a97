/**
 * mulberry32: a small deterministic PRNG returning values in [0, 1), so permutation noise floors
 * (runTrend, repConsistency) give the same report on every run and the scripts draw the same noise.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
