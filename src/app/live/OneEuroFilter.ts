/**
 * One Euro filter (Casiez, Roussel, Vogel 2012, "1€ Filter: A Simple Speed-based Low-pass Filter for
 * Noisy Input in Interactive Systems", CHI '12): a low-pass whose cut-off rises with the signal's
 * speed, so still keypoints stop jittering while fast ones do not lag. Used for DISPLAY ONLY in live
 * mode: the analysis runs on the raw track with its own zero-lag filter.
 *
 * Tuning per the paper: beta = 0 and lower `minCutoffHz` until jitter at rest is gone, then raise
 * `beta` until fast motion stops lagging. `beta` is in 1/unit of the signal, so re-scale it when the
 * units change (biomech-notes.md §1).
 */
export interface OneEuroOptions {
  /** Cut-off at rest, Hz. Default 1.0. */
  minCutoffHz?: number;
  /** Speed coefficient (per unit/s of the signal). Default 0.007. */
  beta?: number;
  /** Cut-off for the derivative estimate, Hz. Default 1.0. */
  dCutoffHz?: number;
}

const smoothingFactor = (dtS: number, cutoffHz: number) => {
  const r = 2 * Math.PI * cutoffHz * dtS;
  return r / (r + 1);
};

export class OneEuroFilter {
  private readonly minCutoffHz: number;
  private readonly beta: number;
  private readonly dCutoffHz: number;
  private prevX = NaN;
  private prevDx = 0;
  private prevT = NaN;

  constructor(opts: OneEuroOptions = {}) {
    this.minCutoffHz = opts.minCutoffHz ?? 1.0;
    this.beta = opts.beta ?? 0.007;
    this.dCutoffHz = opts.dCutoffHz ?? 1.0;
  }

  /** Filters sample `x` taken at `tS` seconds. NaN passes through and does not disturb the state. */
  apply(x: number, tS: number): number {
    if (!Number.isFinite(x)) return NaN;
    if (!Number.isFinite(this.prevX) || !(tS > this.prevT)) {
      // First sample, or time did not advance (duplicate frame): nothing to filter against.
      if (!Number.isFinite(this.prevX)) {
        this.prevX = x;
        this.prevT = tS;
      }
      return this.prevX;
    }
    const dt = tS - this.prevT;
    const dx = (x - this.prevX) / dt;
    const aD = smoothingFactor(dt, this.dCutoffHz);
    const dxHat = aD * dx + (1 - aD) * this.prevDx;
    const cutoff = this.minCutoffHz + this.beta * Math.abs(dxHat);
    const a = smoothingFactor(dt, cutoff);
    const xHat = a * x + (1 - a) * this.prevX;
    this.prevX = xHat;
    this.prevDx = dxHat;
    this.prevT = tS;
    return xHat;
  }

  /** Forgets the past (new person, camera restarted). */
  reset(): void {
    this.prevX = NaN;
    this.prevDx = 0;
    this.prevT = NaN;
  }
}
