import { inclinationDeg, shankAngleDeg } from '../geometry/angles.ts';
import type { RunStep } from '../report/report.ts';
import type { GaitEvent } from './gaitEventsSide.ts';
import { RUN_STEP_METRICS } from './runSummary.ts';
import { signalAt, signalWindow, valuesOver, type RunSignals } from './runSignals.ts';

const r4 = (v: number) => (Number.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null);
const r2 = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : null);

function trapMean(t: ArrayLike<number>, v: ArrayLike<number>): number {
  let s = 0;
  let w = 0;
  for (let i = 1; i < t.length; i++) {
    if (!Number.isFinite(v[i]!) || !Number.isFinite(v[i - 1]!)) continue;
    const dt = t[i]! - t[i - 1]!;
    s += (dt * (v[i]! + v[i - 1]!)) / 2;
    w += dt;
  }
  return w > 0 ? s / w : NaN;
}
/** Largest value (NaN skipped; −Infinity when none), as a reduce from −Infinity takes it. */
function maxOf(v: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < v.length; i++) if (v[i]! > m) m = v[i]!;
  return m;
}
/** Smallest value (NaN skipped; Infinity when none). */
function minOf(v: ArrayLike<number>): number {
  let m = Infinity;
  for (let i = 0; i < v.length; i++) if (v[i]! < m) m = v[i]!;
  return m;
}
/** Largest finite value (−Infinity when none). */
function maxFinite(v: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < v.length; i++) if (Number.isFinite(v[i]!) && v[i]! > m) m = v[i]!;
  return m;
}

/**
 * Side-view per-step metrics exactly as metrics.md defines them (values "at" an event are linearly
 * interpolated between grid samples; "over [IC, TO]" uses IC, the samples inside, and TO; means
 * are trapezoidal), plus `trailingLegRatio` (our metric for 足が流れる): how far the ankle is
 * behind the hip midpoint at toe-off, `d·(x_hipMid − x_ankle)/L`. Needs the TO; null without it.
 * `nextContactT` is the next IC of either foot (for verticalOscillationRatio); `comXPx` the
 * whole-body centre of mass x per grid sample (comModel.ts), for footAheadOfComRatio.
 */
export function stepMetricsSide(
  s: RunSignals,
  e: GaitEvent,
  nextContactT: number | null,
  comXPx: Float64Array,
): RunStep {
  const g = s.leg[e.side];
  const L = g.legLengthPx;
  const d = s.d;
  const ic = e.contactT;
  const to = e.toeOffT;
  // Windows stop at the last sample (a stance cut by the clip end has an estimated TO beyond it).
  const tLast = s.t0 + (s.n - 1) / s.fsHz;
  const toW = to === null ? null : Math.min(to, tLast);
  const at = (x: ArrayLike<number>, t: number) => signalAt(s, x, t);
  const kx = at(g.kneeX, ic),
    ky = at(g.kneeY, ic),
    ax = at(g.ankleX, ic),
    ay = at(g.ankleY, ic);
  const step: RunStep = {
    side: e.side,
    contactT: Math.round(ic * 1e4) / 1e4,
    toeOffT: to === null ? null : Math.round(to * 1e4) / 1e4,
    kneeFlexionAtContactDeg: r2(at(g.kneeFlexDeg, ic)),
    shankAngleAtContactDeg: r2(shankAngleDeg(kx, ky, ax, ay, d)),
    footAheadOfHipRatio: r4((d * (ax - at(s.hipMidX, ic))) / L),
    footAheadOfComRatio: r4((d * (ax - at(comXPx, ic))) / L),
    peakKneeFlexionStanceDeg: null,
    kneeForwardTravelRatio: null,
    trunkLeanDeg: null,
    hipDropStanceRatio: null,
    contactTimeS: null,
    verticalOscillationRatio: null,
    trailingLegRatio: null,
    confidence: e.confidence,
    ...(e.toeOffEstimated ? { toeOffEstimated: true } : {}),
  };
  if (to !== null && toW !== null) {
    // The stance window's times, shared by every signal read over it (one search of the grid).
    const w = signalWindow(s, ic, toW);
    step.peakKneeFlexionStanceDeg = r2(maxFinite(valuesOver(s, w, g.kneeFlexDeg)));
    const kxO = valuesOver(s, w, g.kneeX);
    const axO = valuesOver(s, w, g.ankleX);
    let travel = -Infinity;
    for (let i = 0; i < kxO.length; i++) {
      const v = (d * (kxO[i]! - axO[i]!)) / L;
      if (v > travel) travel = v;
    }
    step.kneeForwardTravelRatio = r4(travel);
    const hx = valuesOver(s, w, s.hipMidX);
    const hy = valuesOver(s, w, s.hipMidY);
    const sx = valuesOver(s, w, s.shoulderMidX);
    const sy = valuesOver(s, w, s.shoulderMidY);
    // The trunk's inclination over the window, written over the hip x values (read first).
    for (let i = 0; i < hx.length; i++) hx[i] = inclinationDeg(hx[i]!, hy[i]!, sx[i]!, sy[i]!, d);
    step.trunkLeanDeg = r2(trapMean(w.t, hx));
    // y_up = −y: the sink is (y_up at IC − min y_up) = (max y − y at IC) in image coordinates.
    step.hipDropStanceRatio = r4((maxOf(hy) - hy[0]!) / L);
    step.contactTimeS = r4(to - ic);
    step.trailingLegRatio = r4((d * (at(s.hipMidX, toW) - at(g.ankleX, toW))) / L);
  }
  if (nextContactT !== null) {
    const y = valuesOver(s, signalWindow(s, ic, nextContactT), s.hipMidY);
    step.verticalOscillationRatio = r4((maxOf(y) - minOf(y)) / L);
  }
  // A value that could not be measured (NaN) is null (contactT and confidence come finite from the event).
  for (const k of RUN_STEP_METRICS) {
    const v = step[k];
    if (typeof v === 'number' && !Number.isFinite(v)) step[k] = null;
  }
  if (typeof step.toeOffT === 'number' && !Number.isFinite(step.toeOffT)) step.toeOffT = null;
  return step;
}
