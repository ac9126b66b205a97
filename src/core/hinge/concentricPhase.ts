import { quadraticFit } from '../signal/quadraticFit.ts';

/**
 * Issue 18: when the bar's concentric phase begins and ends, and its mean velocity over it.
 *
 * The phase runs from where the bar has covered CONCENTRIC_EDGE_SHARE of its rise (from its lowest
 * point in the rep to its top) to where it has covered all but that share. Both edges sit next to a
 * turnaround, where the path is flat: there a level 3 % of the rise above the low point lies within
 * a pixel or two, inside the keypoints' noise, and the two samples either side of it time it no
 * better than to a frame (33 ms of a 0.3–0.5 s rise at 30 fps). So each edge is read from a
 * least-squares quadratic through that end of the rise (its first or last EDGE_FIT_SHARE, the part
 * accelerating from or decelerating into the turnaround), not from single samples: the low and top
 * levels are the fitted curves' values at the lowest and top samples, and the edges are where those
 * curves cross the 3 % and 97 % levels (between samples: the time no longer snaps to the frame grid).
 * The mean velocity stays the bar's displacement over the phase divided by its duration.
 */

/**
 * The first and last few percent of the rise are the pause at the bottom and the lockout's slow
 * settling, whose length depends on the lifter, not on the pull. A convention, not fitted.
 */
export const CONCENTRIC_EDGE_SHARE = 0.03;

/**
 * How much of the rise each edge's quadratic is fitted over, from the low point up (start) and from
 * the top down (end). Chosen by fresh noise draws (scripts/noise-robustness.ts noisyVariant, seeds
 * 1–20 at 30 and 60 fps) of the mocap fixtures misc_DLS01_side and opencap_squats1_side among 0.2,
 * 0.3, 0.4 and 0.5 (reps beyond 10 % of the clean track's value, squat 30/60 fps, in a prototype of
 * this fit: 24/18, 17/11, 15/11, 23/11 of 100; here, 0.3: 16/11; DLS01: none for any): 0.3 and 0.4 are as good; 0.3 keeps the fit inside the
 * part of the rise a quadratic describes (a smooth rise from rest accelerates until about half way).
 * Held-out seeds 21–40, looked at once: squat 32 of 200 beyond 10 % (57 with the edges cut at the
 * samples), DLS01 0 (1); seeds 41–80: squat 75 of 400 (119), DLS01 0 (8). (All on the wrists
 * low-passed at 5 Hz; the phase is now timed at BAR_TIMING_CUTOFF_HZ, barPath.ts, where 0.2–0.5 give
 * squat 18/18/18/18 of 200 on seeds 1–20, prototype.)
 */
export const EDGE_FIT_SHARE = 0.3;

export interface ConcentricPhase {
  /** Start and end of the phase, s (between samples). */
  startT: number;
  endT: number;
  /** Rise between the fitted low and top levels, px; the phase covers (1 − 2 × edge share) of it. */
  risePx: number;
  /** Mean vertical velocity over the phase, px/s (upward positive). */
  meanPxS: number;
}

/** Least-squares y ≈ p0 + p1·u + p2·u², u = t − t0, over the finite samples a..b; null with fewer than 4. */
function quadraticFitT(
  t: Float64Array,
  y: Float64Array,
  a: number,
  b: number,
  t0: number,
): [number, number, number] | null {
  const f = quadraticFit(y, a, b, (i) => t[i]! - t0);
  return f ? [f.a, f.b, f.c] : null;
}

const evalQuad = (p: [number, number, number], u: number) => p[0] + p[1] * u + p[2] * u * u;

/** The first u in [u0, u1] where the quadratic is at or above the bar level `lv` (y down: p(u) ≤ lv), else NaN. */
function firstReach(p: [number, number, number], u0: number, u1: number, lv: number): number {
  if (evalQuad(p, u0) <= lv) return u0;
  const [c, b, a] = [p[0] - lv, p[1], p[2]];
  const roots: number[] = [];
  if (Math.abs(a) < 1e-12) {
    if (b !== 0) roots.push(-c / b);
  } else {
    const disc = b * b - 4 * a * c;
    if (disc >= 0) {
      const s = Math.sqrt(disc);
      roots.push((-b - s) / (2 * a), (-b + s) / (2 * a));
    }
  }
  const inside = roots.filter((r) => r > u0 && r <= u1).sort((x, z) => x - z);
  return inside.length ? inside[0]! : NaN;
}

/** The first time between samples a..b where y (y down) reaches `lv`, linearly between samples; NaN if never. */
function sampleReach(t: Float64Array, y: Float64Array, a: number, b: number, lv: number): number {
  let prev = -1;
  for (let i = a; i <= b; i++) {
    if (!Number.isFinite(y[i]!)) continue;
    if (y[i]! <= lv) {
      if (prev < 0 || i - prev !== 1) return t[i]!;
      const w = (y[prev]! - lv) / (y[prev]! - y[i]!);
      return t[prev]! + w * (t[i]! - t[prev]!);
    }
    prev = i;
  }
  return NaN;
}

/**
 * The concentric phase of the rise of `y` (px, y down) from its lowest sample `low` to its top
 * sample `top` (top > low), or null when it cannot be timed.
 */
export function concentricPhase(
  t: Float64Array,
  y: Float64Array,
  low: number,
  top: number,
): ConcentricPhase | null {
  const rise0 = y[low]! - y[top]!;
  if (!(top > low) || !(rise0 > 0)) return null;
  const lifted = (i: number) => y[low]! - y[i]!;
  // The end edge is the bar's first arrival near its top: the highest sample from where it first
  // covers all but the edge share of the rise until it falls back below the fitted share (a later,
  // slightly higher hump of a long rep is not the pull; a dowel drill on the coach demos had one).
  let reach = low;
  while (reach < top && !(lifted(reach) >= (1 - CONCENTRIC_EDGE_SHARE) * rise0)) reach++;
  let end = reach;
  for (let i = reach; i <= top && !(lifted(i) < (1 - EDGE_FIT_SHARE) * rise0); i++)
    if (y[i]! < y[end]!) end = i;
  // The samples of the first and of the last EDGE_FIT_SHARE of the rise.
  let i1 = low;
  while (i1 < top && !(lifted(i1) >= EDGE_FIT_SHARE * rise0)) i1++;
  let i2 = reach;
  while (i2 > low && !(lifted(i2) <= (1 - EDGE_FIT_SHARE) * rise0)) i2--;
  const pStart = quadraticFitT(t, y, low, i1, t[low]!);
  const pEnd = quadraticFitT(t, y, i2, end, t[end]!);
  // Fewer than 4 samples on an edge (a very fast rise on a coarse grid): that edge from the samples.
  const yLow = pStart ? evalQuad(pStart, 0) : y[low]!;
  const yTop = pEnd ? evalQuad(pEnd, 0) : y[end]!;
  const rise = yLow - yTop;
  if (!(rise > 0)) return null;
  const lvStart = yLow - CONCENTRIC_EDGE_SHARE * rise;
  const lvEnd = yLow - (1 - CONCENTRIC_EDGE_SHARE) * rise;
  let startT = pStart ? t[low]! + firstReach(pStart, 0, t[i1]! - t[low]!, lvStart) : NaN;
  if (!Number.isFinite(startT)) startT = sampleReach(t, y, low, top, lvStart);
  let endT = pEnd ? t[end]! + firstReach(pEnd, t[i2]! - t[end]!, 0, lvEnd) : NaN;
  if (!Number.isFinite(endT)) endT = sampleReach(t, y, low, end, lvEnd);
  if (!(endT > startT)) return null;
  return { startT, endT, risePx: rise, meanPxS: ((1 - 2 * CONCENTRIC_EDGE_SHARE) * rise) / (endT - startT) };
}
