import { inclinationDeg, shankAngleDeg } from '../geometry/angles.ts';
import type { RunStep } from '../report/report.ts';
import type { GaitEvent } from './gaitEventsSide.ts';
import { RUN_STEP_METRICS } from './runSummary.ts';
import { signalAt, signalOver, type RunSignals } from './runSignals.ts';

const r4 = (v: number) => (Number.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null);
const r2 = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : null);

function trapMean(t: number[], v: number[]): number {
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
const maxOf = (v: number[]) => v.reduce((m, x) => (x > m ? x : m), -Infinity);
const minOf = (v: number[]) => v.reduce((m, x) => (x < m ? x : m), Infinity);
const finiteOr = (x: number) => (Number.isFinite(x) ? x : NaN);

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
    step.peakKneeFlexionStanceDeg = r2(maxOf(signalOver(s, g.kneeFlexDeg, ic, toW).v.map(finiteOr)));
    const kxO = signalOver(s, g.kneeX, ic, toW).v;
    const axO = signalOver(s, g.ankleX, ic, toW).v;
    step.kneeForwardTravelRatio = r4(maxOf(kxO.map((v, i) => (d * (v - axO[i]!)) / L)));
    const hx = signalOver(s, s.hipMidX, ic, toW);
    const hy = signalOver(s, s.hipMidY, ic, toW).v;
    const sx = signalOver(s, s.shoulderMidX, ic, toW).v;
    const sy = signalOver(s, s.shoulderMidY, ic, toW).v;
    step.trunkLeanDeg = r2(
      trapMean(
        hx.t,
        hx.v.map((v, i) => inclinationDeg(v, hy[i]!, sx[i]!, sy[i]!, d)),
      ),
    );
    // y_up = −y: the sink is (y_up at IC − min y_up) = (max y − y at IC) in image coordinates.
    step.hipDropStanceRatio = r4((maxOf(hy) - hy[0]!) / L);
    step.contactTimeS = r4(to - ic);
    step.trailingLegRatio = r4((d * (at(s.hipMidX, toW) - at(g.ankleX, toW))) / L);
  }
  if (nextContactT !== null) {
    const y = signalOver(s, s.hipMidY, ic, nextContactT).v;
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
