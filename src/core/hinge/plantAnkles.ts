import type { ConditionedTrack } from '../signal/conditionTrack.ts';
import { median, quantile } from '../signal/median.ts';
import { KP } from '../track/keypoints.ts';

export interface PlantedAnkles {
  c: ConditionedTrack;
  /** Fraction of samples per side whose ankle was taken from the planted position. */
  filled: { left: number; right: number };
}

/**
 * In a hinge or squat the feet stay planted, but a barbell plate in a side view hides the ankles
 * at the bottom of every deadlift and RDL, and MoveNet then guesses them (low score, often tens of
 * pixels off). Where an ankle's score is below `minScore`, its position is replaced by the median of
 * the confidently seen positions of that ankle within ±`windowS` — only when those positions show
 * the foot standing still (interquartile range under `maxIqrFrac` of the hip–ankle distance), so a
 * lifter walking in or out of the picture is never given a made-up foot [H].
 */
export function plantAnkles(
  c: ConditionedTrack,
  minScore = 0.5,
  windowS = 2,
  maxIqrFrac = 0.08,
): PlantedAnkles {
  const n = c.t.length;
  const hw = Math.round(windowS * c.fsHz);
  const x = c.x.slice();
  const y = c.y.slice();
  const filled = { left: 0, right: 0 };
  for (const side of ['left', 'right'] as const) {
    const a = side === 'left' ? KP.left_ankle : KP.right_ankle;
    const h = side === 'left' ? KP.left_hip : KP.right_hip;
    const ok = (i: number) => c.score[a]![i]! >= minScore && Number.isFinite(c.x[a]![i]!);
    const legPx = median(
      Array.from({ length: n }, (_, i) =>
        ok(i) ? Math.hypot(c.x[a]![i]! - c.x[h]![i]!, c.y[a]![i]! - c.y[h]![i]!) : NaN,
      ),
    );
    if (!Number.isFinite(legPx)) continue;
    const nx = Float64Array.from(c.x[a]!);
    const ny = Float64Array.from(c.y[a]!);
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (ok(i)) continue;
      const xs: number[] = [];
      const ys: number[] = [];
      for (let k = Math.max(0, i - hw); k <= Math.min(n - 1, i + hw); k++) {
        if (ok(k)) {
          xs.push(c.x[a]![k]!);
          ys.push(c.y[a]![k]!);
        }
      }
      if (xs.length < 0.3 * c.fsHz) continue;
      const iqr = Math.max(quantile(xs, 0.75) - quantile(xs, 0.25), quantile(ys, 0.75) - quantile(ys, 0.25));
      if (iqr > maxIqrFrac * legPx) continue;
      nx[i] = median(xs);
      ny[i] = median(ys);
      count++;
    }
    x[a] = nx;
    y[a] = ny;
    filled[side] = n ? count / n : 0;
  }
  return { c: { ...c, x, y }, filled };
}
