import { sampleSd } from '../signal/sampleSd.ts';

/**
 * Whether the difference between two clips' medians of a per-step (or per-rep) metric is larger
 * than the step-to-step noise of those clips explains (issue 18, "is this change real?").
 *
 * Method, stated so a reader can check it: the minimal detectable change at 95 % for the difference
 * of two independent medians, MDC95 = 1.96 · √(SEa² + SEb²), with each median's standard error
 * SE = 1.2533 · SD / √n (the large-sample value for near-normal samples: a median is 1.2533× as
 * noisy as a mean), SD the clip's own sample standard deviation over its n steps. The published
 * smallest detectable changes of 2D running video (e.g. pelvic drop 2.7–2.8° with at least 7 steps,
 * biomech-notes.md) are of this order. Fewer than 3 values in either clip: unknown (null).
 */
export interface ChangeVerdict {
  /** MDC95 of the difference, in the metric's unit. */
  mdc: number;
  /** |difference| > mdc. */
  real: boolean;
  /**
   * When not real: about how many more steps each clip would need for a difference this size to
   * be told from the noise (same SDs assumed); null when the difference is 0 (nothing to tell).
   */
  moreSteps: number | null;
  nA: number;
  nB: number;
  sdA: number;
  sdB: number;
}

const Z95 = 1.96;
const MEDIAN_SE_FACTOR = 1.2533;
const MIN_VALUES = 3;

export function detectableChange(
  a: readonly number[],
  b: readonly number[],
  diff: number,
): ChangeVerdict | null {
  const fa = a.filter(Number.isFinite);
  const fb = b.filter(Number.isFinite);
  if (fa.length < MIN_VALUES || fb.length < MIN_VALUES || !Number.isFinite(diff)) return null;
  const sdA = sampleSd(fa);
  const sdB = sampleSd(fb);
  const k = Z95 * MEDIAN_SE_FACTOR;
  const mdc = k * Math.sqrt(sdA ** 2 / fa.length + sdB ** 2 / fb.length);
  const real = Math.abs(diff) > mdc;
  let moreSteps: number | null = null;
  if (!real && Math.abs(diff) > 0) {
    // n per clip with k·√((sdA² + sdB²)/n) < |diff|.
    const need = Math.ceil((k ** 2 * (sdA ** 2 + sdB ** 2)) / diff ** 2 + 1e-9);
    moreSteps = Math.max(1, need - Math.min(fa.length, fb.length));
  }
  return { mdc, real, moreSteps, nA: fa.length, nB: fb.length, sdA, sdB };
}
