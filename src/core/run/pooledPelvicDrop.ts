import type { GaitEvent } from './gaitEventsSide.ts';
import { signalAt, type RunSignals } from './runSignals.ts';

/** Points on each stance's normalised time axis [IC, end] where the curves are compared. */
const K = 24;

/**
 * `pelvicDropDeg` (metrics.md: max over the stance of `atan2(y_swing − y_stance, |x_stance −
 * x_swing|)`, image y down, positive when the swing side is lower) from `obliquityDeg[side]`, the
 * low-passed per-sample angle by which the OTHER side's hip is lower (pelvisObliquity), with the
 * side's other stances lending their shape. From behind the hips
 * are ~50 px apart, so even low-passed the per-frame obliquity carries ~1.5–2° of keypoint noise,
 * and the max over one stance is both noisy and biased up by it. Pelvic drop repeats from stride to
 * stride, so each stance's obliquity curve (on a normalised stance-time axis) is blended with the
 * mean curve of all stances of the same side: `own · ownWeight + mean · (1 − ownWeight)`, and the
 * max is taken on the blend. The blend keeps a share of each step's own deviation (a real
 * step-to-step change still shows) while the shared part averages the noise of every stance [H].
 * `end(e)` gives the stance's end (its toe-off, or the default stance length).
 */
export function pooledPelvicDrop(
  s: RunSignals,
  events: readonly GaitEvent[],
  obliquityDeg: Record<'left' | 'right', Float64Array>,
  end: (e: GaitEvent) => number,
  ownWeight: number,
): (number | null)[] {
  const curves = events.map((e) => {
    const a = e.contactT;
    const b = end(e);
    return Array.from({ length: K + 1 }, (_, k) => signalAt(s, obliquityDeg[e.side], a + ((b - a) * k) / K));
  });
  const mean: Record<'left' | 'right', number[]> = { left: [], right: [] };
  for (const side of ['left', 'right'] as const) {
    const own = curves.filter((_, i) => events[i]!.side === side);
    for (let k = 0; k <= K; k++) {
      const v = own.map((c) => c[k]!).filter(Number.isFinite);
      mean[side].push(v.length ? v.reduce((p, q) => p + q, 0) / v.length : NaN);
    }
  }
  return curves.map((c, i) => {
    const m = mean[events[i]!.side];
    const blend = c
      .map((v, k) =>
        Number.isFinite(v) ? ownWeight * v + (1 - ownWeight) * (Number.isFinite(m[k]!) ? m[k]! : v) : NaN,
      )
      .filter(Number.isFinite);
    return blend.length ? Math.max(...blend) : null;
  });
}
