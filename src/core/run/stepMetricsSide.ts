import { inclinationDeg, shankAngleDeg } from '../geometry/angles.ts';
import type { RunStep } from '../report/report.ts';
import type { GaitEvent } from './gaitEventsSide.ts';
import { RUN_STEP_METRICS } from './runSummary.ts';
import { signalAt, signalWindow, valuesOver, type RunSignals } from './runSignals.ts';

const r4 = (v: number) => (Number.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null);
const r2 = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : null);

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
    // Every signal is read over it in one pass, sample by sample (value at IC, the samples inside,
    // value at TO: valuesOver's order), each quantity accumulated in that order as a list of the
    // values would be: the same numbers without 7 lists per step (1599 steps on the 10-minute
    // bench track).
    const w = signalWindow(s, ic, toW);
    const last = w.inside + 1;
    // Each signal at the window's ends (interpolated), then the grid samples inside.
    const flex0 = at(g.kneeFlexDeg, w.tA);
    const flex1 = at(g.kneeFlexDeg, w.tB);
    const kx0 = at(g.kneeX, w.tA);
    const kx1 = at(g.kneeX, w.tB);
    const ax0 = at(g.ankleX, w.tA);
    const ax1 = at(g.ankleX, w.tB);
    const hx0 = at(s.hipMidX, w.tA);
    const hx1 = at(s.hipMidX, w.tB);
    const hy0 = at(s.hipMidY, w.tA);
    const hy1 = at(s.hipMidY, w.tB);
    const sx0 = at(s.shoulderMidX, w.tA);
    const sx1 = at(s.shoulderMidX, w.tB);
    const sy0 = at(s.shoulderMidY, w.tA);
    const sy1 = at(s.shoulderMidY, w.tB);
    let peakFlex = -Infinity;
    let travel = -Infinity;
    let hyMax = -Infinity;
    // trapMean of the trunk's inclination over the window's times.
    let leanSum = 0;
    let leanW = 0;
    let leanPrev = NaN;
    for (let q = 0; q <= last; q++) {
      const j = w.first + q - 1;
      const flex = q === 0 ? flex0 : q === last ? flex1 : g.kneeFlexDeg[j]!;
      if (Number.isFinite(flex) && flex > peakFlex) peakFlex = flex;
      const kx = q === 0 ? kx0 : q === last ? kx1 : g.kneeX[j]!;
      const ax = q === 0 ? ax0 : q === last ? ax1 : g.ankleX[j]!;
      const v = (d * (kx - ax)) / L;
      if (v > travel) travel = v;
      const hx = q === 0 ? hx0 : q === last ? hx1 : s.hipMidX[j]!;
      const hy = q === 0 ? hy0 : q === last ? hy1 : s.hipMidY[j]!;
      const sx = q === 0 ? sx0 : q === last ? sx1 : s.shoulderMidX[j]!;
      const sy = q === 0 ? sy0 : q === last ? sy1 : s.shoulderMidY[j]!;
      if (hy > hyMax) hyMax = hy;
      const lean = inclinationDeg(hx, hy, sx, sy, d);
      if (q > 0 && Number.isFinite(lean) && Number.isFinite(leanPrev)) {
        const dt = w.t[q]! - w.t[q - 1]!;
        leanSum += (dt * (lean + leanPrev)) / 2;
        leanW += dt;
      }
      leanPrev = lean;
    }
    step.peakKneeFlexionStanceDeg = r2(peakFlex);
    step.kneeForwardTravelRatio = r4(travel);
    step.trunkLeanDeg = r2(leanW > 0 ? leanSum / leanW : NaN);
    // y_up = −y: the sink is (y_up at IC − min y_up) = (max y − y at IC) in image coordinates.
    step.hipDropStanceRatio = r4((hyMax - hy0) / L);
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
