import { interiorAngleDeg } from '../geometry/angles.ts';
import type { RunStep } from '../report/report.ts';
import { otherSide } from '../track/keypoints.ts';
import type { GaitEvent } from './gaitEventsSide.ts';
import { signalAt, signalOver, type RunSignals } from './runSignals.ts';

const DEG = 180 / Math.PI;
const r2 = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : null);
const r4 = (v: number) => (Number.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null);

/**
 * Rear/front-view per-step metrics (metrics.md), except `pelvicDropDeg`, which needs the side's
 * other stances too (pooledPelvicDrop, filled in by analyzeRun):
 * - `kneeFppaDeg`: at the lowest hip-mid point of the stance, `180° − θ(hip, knee, ankle)` of the
 *   stance leg, positive (valgus) when the knee lies toward the midline of the hip–ankle line
 *   (averaged over ±FPPA_HALF_WINDOW_S about that point).
 * - `stepWidthRatio`: at IC, the horizontal distance from the previous contralateral contact's
 *   ankle, `/ L` of this leg, positive when each foot lands on its own side.
 */
export function stepMetricsRear(s: RunSignals, e: GaitEvent, prevContra: GaitEvent | null): RunStep {
  const g = s.leg[e.side];
  const o = s.leg[otherSide(e.side)];
  const ic = e.contactT;
  // Without a toe-off, the stance is taken as the median running stance share of a step [H].
  const end = e.toeOffT ?? ic + REAR_DEFAULT_STANCE_S;
  const step: RunStep = {
    side: e.side,
    contactT: Math.round(ic * 1e4) / 1e4,
    toeOffT: e.toeOffT === null ? null : Math.round(e.toeOffT * 1e4) / 1e4,
    pelvicDropDeg: null,
    kneeFppaDeg: null,
    stepWidthRatio: null,
    confidence: e.confidence,
  };
  // Lowest hip-mid point (largest image y) in the stance.
  const hy = signalOver(s, s.hipMidY, ic, end);
  let tLow = NaN;
  let yLow = -Infinity;
  hy.v.forEach((v, i) => {
    if (v > yLow) {
      yLow = v;
      tLow = hy.t[i]!;
    }
  });
  if (Number.isFinite(tLow)) {
    const fppaAt = (t: number) => {
      const at = (x: ArrayLike<number>) => signalAt(s, x, t);
      const [hx, hyy, kx, ky, ax, ay] = [
        at(g.hipX),
        at(g.hipY),
        at(g.kneeX),
        at(g.kneeY),
        at(g.ankleX),
        at(g.ankleY),
      ];
      const flex = 180 - interiorAngleDeg(hx, hyy, kx, ky, ax, ay);
      // Where the hip–ankle line passes at the knee's height, and which way the midline lies.
      const u = (ky - hyy) / (ay - hyy);
      const lineX = hx + u * (ax - hx);
      const toMidline = Math.sign(at(s.hipMidX) - hx);
      const sign = Math.sign((kx - lineX) * toMidline) || 1;
      return sign * flex;
    };
    // Mean over ±FPPA_HALF_WINDOW_S around the lowest point (inside the stance): the angle changes
    // little there, and one frame's value carries the full keypoint noise.
    // The window stays symmetric about the lowest point, narrowed where that point lies near the
    // stance's edge: a one-sided mean of a changing angle is not its value at the point (a
    // sprinter's pelvis is lowest at toe-off, where the knee flexes fast).
    const half = Math.max(0, Math.min(FPPA_HALF_WINDOW_S, tLow - ic, end - tLow));
    const vals = [-1, -0.5, 0, 0.5, 1]
      .map((q) => fppaAt(Math.min(end, Math.max(ic, tLow + q * half))))
      .filter(Number.isFinite);
    step.kneeFppaDeg = vals.length ? r2(vals.reduce((a, b) => a + b, 0) / vals.length) : null;
  }
  if (prevContra) {
    const x = ankleXNear(s, g.ankleX, ic);
    const xp = ankleXNear(s, o.ankleX, prevContra.contactT);
    const own = Math.sign(signalAt(s, g.hipX, ic) - signalAt(s, o.hipX, ic));
    step.stepWidthRatio = r4((own * (x - xp)) / g.legLengthPx);
  }
  return step;
}

/** Stance length assumed where a rear-view contact has no toe-off (s) [H]. */
export const REAR_DEFAULT_STANCE_S = 0.25;

/**
 * Half-width of the window around the stance's lowest hip point over which kneeFppaDeg is averaged
 * (s) [H]. Chosen on scripts/noise-robustness.ts (seeds 1–10; 0, 0.03, 0.05, 0.08 s tried): 0.05 s
 * took the per-step MAE from 2.01° to 1.58° at 30 fps and from 1.76° to 1.28° at 60 fps; 0.08 s
 * added bias at 60 fps. Narrowed to stay symmetric inside the stance: on Dorn 9.4 m/s (lowest
 * point at toe-off on the left steps; seeds 1–16) the MAE went 5.74° → 5.23° (30 fps) and 5.29° →
 * 4.68° (60 fps), every other visible trial unchanged; still beyond the 3° tolerance there, as
 * the rear toe-off reads 14–20 ms early at that speed (REAR_TO_RISE_LEAD_S).
 */
const FPPA_HALF_WINDOW_S = 0.05;

/** Samples searched on each side of a contact for a seen ankle when the contact's own is missing. */
const NEAR_CONTACT_S = 0.05;

/**
 * A landed ankle's image x at `t`; where the keypoint is missing there (a gated outlier, or the
 * clip's first frame, which gap filling cannot reach), the nearest seen sample within
 * ±NEAR_CONTACT_S: a foot on the belt moves sideways by ~1 px per 20 ms from behind
 * (fixtures/mocap/MANIFEST.md rear set-up), far below the step-width scale.
 */
function ankleXNear(s: RunSignals, ax: Float64Array, t: number): number {
  const v = signalAt(s, ax, t);
  if (Number.isFinite(v)) return v;
  const c = (t - s.t0) * s.fsHz;
  const w = Math.ceil(NEAR_CONTACT_S * s.fsHz);
  let best = NaN;
  let bd = Infinity;
  for (let i = Math.max(0, Math.floor(c) - w); i <= Math.min(s.n - 1, Math.ceil(c) + w); i++) {
    if (Number.isFinite(ax[i]!) && Math.abs(i - c) < bd) {
      bd = Math.abs(i - c);
      best = ax[i]!;
    }
  }
  return best;
}

/**
 * Per-sample pelvic obliquity for each stance side: the angle by which the other side's hip is
 * lower than this side's, `atan2(y_other − y_this, |x_this − x_other|)`, degrees (image y down).
 */
export function pelvisObliquity(
  hipLX: Float64Array,
  hipLY: Float64Array,
  hipRX: Float64Array,
  hipRY: Float64Array,
) {
  const n = hipLX.length;
  const left = new Float64Array(n);
  const right = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const dx = Math.abs(hipRX[i]! - hipLX[i]!);
    right[i] = Math.atan2(hipLY[i]! - hipRY[i]!, dx) * DEG;
    left[i] = -right[i]!;
  }
  return { left, right };
}
