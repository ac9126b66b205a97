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

/**
 * One pass of the section over buf[from..to) in place, forward (step 1) or backward (step −1),
 * starting from the steady state for a constant input equal to the first sample it meets (DC gain 1,
 * direct form II transposed).
 */
function passInPlace(f: Biquad, buf: Float64Array, from: number, to: number, step: 1 | -1): void {
  const start = step === 1 ? from : to - 1;
  const x0 = buf[start]!;
  // The coefficients in locals: the loop reads no object (it runs for every sample of every series).
  const { b0, b1, b2, a1, a2 } = f;
  let s1 = (1 - b0) * x0;
  let s2 = (b2 - a2) * x0;
  for (let k = 0, i = start; k < to - from; k++, i += step) {
    const xi = buf[i]!;
    const yi = b0 * xi + s1;
    s1 = b1 * xi - a1 * yi + s2;
    s2 = b2 * xi - a2 * yi;
    buf[i] = yi;
  }
}

/**
 * Filtfilt of one finite run x[i..j) into out[i..j), with odd reflection padding of `pad` samples
 * each side, in the scratch buffer `ext` (long enough for the run and both pads): a run allocates
 * nothing, which matters for a long track with many short runs between missing samples.
 */
function filtfiltRun(
  f: Biquad,
  x: Float64Array,
  i: number,
  j: number,
  pad: number,
  ext: Float64Array,
  out: Float64Array,
): void {
  const n = j - i;
  const p = Math.min(pad, n - 1);
  const first = x[i]!;
  const last = x[j - 1]!;
  for (let k = 0; k < p; k++) ext[k] = 2 * first - x[i + p - k]!;
  ext.set(x.subarray(i, j), p);
  for (let k = 0; k < p; k++) ext[p + n + k] = 2 * last - x[j - 2 - k]!;
  passInPlace(f, ext, 0, n + 2 * p, 1);
  passInPlace(f, ext, 0, n + 2 * p, -1);
  out.set(ext.subarray(p, p + n), i);
}

/**
 * filtfiltRun's scratch buffer, shared by every call and grown to the longest series seen: a run
 * writes the part it reads first, so what an earlier call left there is never read. (A 10-minute
 * track's conditioning filters ~30 series of 36,000 samples: one buffer instead of 30 × 0.3 MB.)
 */
let scratch = new Float64Array(0);

/**
 * Zero-phase 4th-order low-pass of a uniformly sampled series.
 * @param x samples (NaN = missing)
 * @param fsHz sampling rate
 * @param cutoffHz desired -3 dB cut-off of the combined forward-backward filter
 * @param minRun finite runs shorter than this are returned unfiltered (too short to filter)
 * @param inPlace filter `x` itself (a buffer the caller owns) and return it
 */
export function butterworthLowpass(
  x: Float64Array,
  fsHz: number,
  cutoffHz: number,
  minRun = 4,
  inPlace = false,
): Float64Array {
  // In place is safe: each finite run is copied into the scratch buffer before it is written back.
  const out = inPlace ? x : new Float64Array(x.length).fill(NaN);
  // Winter's correction for a 2nd-order filter passed twice.
  const f = butterworthBiquad(fsHz, cutoffHz / 0.802);
  const pad = Math.max(9, Math.ceil((2 * fsHz) / cutoffHz));
  if (scratch.length < x.length + 2 * pad) scratch = new Float64Array(x.length + 2 * pad);
  const ext = scratch;
  let i = 0;
  while (i < x.length) {
    if (!Number.isFinite(x[i]!)) {
      out[i] = NaN;
      i++;
      continue;
    }
    let j = i;
    while (j < x.length && Number.isFinite(x[j]!)) j++;
    if (j - i >= minRun) filtfiltRun(f, x, i, j, pad, ext, out);
    else if (!inPlace) out.set(x.subarray(i, j), i);
    i = j;
  }
  return out;
}
