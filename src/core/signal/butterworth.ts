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
 * passInPlace over two buffers at once, the same recurrence for each (each series' numbers exactly
 * as passInPlace gives them): the two filters' chains of dependent multiply-adds interleave, so a
 * sample pair costs about what one sample costs alone (the recurrence waits on its own previous
 * output).
 */
function passPairInPlace(
  f: Biquad,
  bufA: Float64Array,
  bufB: Float64Array,
  from: number,
  to: number,
  step: 1 | -1,
): void {
  const start = step === 1 ? from : to - 1;
  const xa0 = bufA[start]!;
  const xb0 = bufB[start]!;
  const { b0, b1, b2, a1, a2 } = f;
  let sa1 = (1 - b0) * xa0;
  let sa2 = (b2 - a2) * xa0;
  let sb1 = (1 - b0) * xb0;
  let sb2 = (b2 - a2) * xb0;
  for (let k = 0, i = start; k < to - from; k++, i += step) {
    const xa = bufA[i]!;
    const xb = bufB[i]!;
    const ya = b0 * xa + sa1;
    const yb = b0 * xb + sb1;
    sa1 = b1 * xa - a1 * ya + sa2;
    sb1 = b1 * xb - a1 * yb + sb2;
    sa2 = b2 * xa - a2 * ya;
    sb2 = b2 * xb - a2 * yb;
    bufA[i] = ya;
    bufB[i] = yb;
  }
}

/** Odd reflection padding of the finite run x[i..j) into ext: `p` samples each side of the run. */
function padRun(x: Float64Array, i: number, j: number, p: number, ext: Float64Array): void {
  const n = j - i;
  const first = x[i]!;
  const last = x[j - 1]!;
  for (let k = 0; k < p; k++) ext[k] = 2 * first - x[i + p - k]!;
  ext.set(x.subarray(i, j), p);
  for (let k = 0; k < p; k++) ext[p + n + k] = 2 * last - x[j - 2 - k]!;
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
  padRun(x, i, j, p, ext);
  passInPlace(f, ext, 0, n + 2 * p, 1);
  passInPlace(f, ext, 0, n + 2 * p, -1);
  out.set(ext.subarray(p, p + n), i);
}

/** filtfiltRun of the same run [i, j) of two series at once (passPairInPlace), each in its own scratch. */
function filtfiltRunPair(
  f: Biquad,
  xa: Float64Array,
  xb: Float64Array,
  i: number,
  j: number,
  pad: number,
  extA: Float64Array,
  extB: Float64Array,
): void {
  const n = j - i;
  const p = Math.min(pad, n - 1);
  padRun(xa, i, j, p, extA);
  padRun(xb, i, j, p, extB);
  passPairInPlace(f, extA, extB, 0, n + 2 * p, 1);
  passPairInPlace(f, extA, extB, 0, n + 2 * p, -1);
  xa.set(extA.subarray(p, p + n), i);
  xb.set(extB.subarray(p, p + n), i);
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

/**
 * butterworthLowpass of two series in place (`a` and `b`, buffers the caller owns, e.g. a
 * keypoint's x and y), with the same numbers as two calls: where the two have their missing samples
 * at the same places (a keypoint's x and y nearly always do), each finite run of both is filtered
 * in one interleaved pass (passPairInPlace); otherwise each series is filtered on its own.
 */
export function butterworthLowpassPairInPlace(
  a: Float64Array,
  b: Float64Array,
  fsHz: number,
  cutoffHz: number,
  minRun = 4,
): void {
  let same = a.length === b.length;
  for (let i = 0; same && i < a.length; i++) same = Number.isFinite(a[i]!) === Number.isFinite(b[i]!);
  if (!same) {
    butterworthLowpass(a, fsHz, cutoffHz, minRun, true);
    butterworthLowpass(b, fsHz, cutoffHz, minRun, true);
    return;
  }
  const f = butterworthBiquad(fsHz, cutoffHz / 0.802);
  const pad = Math.max(9, Math.ceil((2 * fsHz) / cutoffHz));
  // The scratch buffer's two halves, one for each series.
  const half = a.length + 2 * pad;
  if (scratch.length < 2 * half) scratch = new Float64Array(2 * half);
  const extA = scratch.subarray(0, half);
  const extB = scratch.subarray(half, 2 * half);
  let i = 0;
  while (i < a.length) {
    if (!Number.isFinite(a[i]!)) {
      // In place: a non-finite sample is written NaN, as butterworthLowpass writes it.
      a[i] = NaN;
      b[i] = NaN;
      i++;
      continue;
    }
    let j = i;
    while (j < a.length && Number.isFinite(a[j]!)) j++;
    if (j - i >= minRun) filtfiltRunPair(f, a, b, i, j, pad, extA, extB);
    i = j;
  }
}
