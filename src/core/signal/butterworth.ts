/**
 * Zero-lag Butterworth low-pass: a 2nd-order section run forward then backward (filtfilt), which
 * gives a 4th-order zero-phase response, the standard for kinematic data (Winter, Biomechanics and
 * Motor Control of Human Movement, 4th ed., §3.4). The cut-off is corrected for the double pass
 * (Winter: fc / 0.802) so the combined -3 dB point sits at `cutoffHz`.
 *
 * NaN samples are kept as NaN; each contiguous finite run is filtered on its own, with odd
 * reflection padding and steady-state initial conditions so that run ends do not ring.
 */
export interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/** Second-order Butterworth low-pass section by the bilinear transform with pre-warping. */
export function butterworthBiquad(fsHz: number, cutoffHz: number): Biquad {
  const fc = Math.min(cutoffHz, 0.45 * fsHz);
  const k = Math.tan((Math.PI * fc) / fsHz);
  const k2 = k * k;
  const norm = 1 / (1 + Math.SQRT2 * k + k2);
  const b0 = k2 * norm;
  return { b0, b1: 2 * b0, b2: b0, a1: 2 * (k2 - 1) * norm, a2: (1 - Math.SQRT2 * k + k2) * norm };
}

function runFilter(f: Biquad, x: Float64Array): Float64Array {
  const y = new Float64Array(x.length);
  const x0 = x[0] ?? 0;
  // Steady state for a constant input x0 (DC gain 1) in direct form II transposed.
  let s1 = (1 - f.b0) * x0;
  let s2 = (f.b2 - f.a2) * x0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const yi = f.b0 * xi + s1;
    s1 = f.b1 * xi - f.a1 * yi + s2;
    s2 = f.b2 * xi - f.a2 * yi;
    y[i] = yi;
  }
  return y;
}

function filtfiltRun(f: Biquad, x: Float64Array, pad: number): Float64Array {
  const n = x.length;
  const p = Math.min(pad, n - 1);
  const ext = new Float64Array(n + 2 * p);
  const first = x[0]!;
  const last = x[n - 1]!;
  for (let i = 0; i < p; i++) ext[i] = 2 * first - x[p - i]!;
  ext.set(x, p);
  for (let i = 0; i < p; i++) ext[p + n + i] = 2 * last - x[n - 2 - i]!;
  const fwd = runFilter(f, ext).reverse();
  const back = runFilter(f, fwd).reverse();
  return back.subarray(p, p + n);
}

/**
 * Zero-phase 4th-order low-pass of a uniformly sampled series.
 * @param x samples (NaN = missing)
 * @param fsHz sampling rate
 * @param cutoffHz desired -3 dB cut-off of the combined forward-backward filter
 * @param minRun finite runs shorter than this are returned unfiltered (too short to filter)
 */
export function butterworthLowpass(x: Float64Array, fsHz: number, cutoffHz: number, minRun = 4): Float64Array {
  const out = new Float64Array(x.length).fill(NaN);
  // Winter's correction for a 2nd-order filter passed twice.
  const f = butterworthBiquad(fsHz, cutoffHz / 0.802);
  const pad = Math.max(9, Math.ceil((2 * fsHz) / cutoffHz));
  let i = 0;
  while (i < x.length) {
    if (!Number.isFinite(x[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < x.length && Number.isFinite(x[j]!)) j++;
    const run = x.subarray(i, j);
    out.set(run.length >= minRun ? filtfiltRun(f, run, pad) : run, i);
    i = j;
  }
  return out;
}
