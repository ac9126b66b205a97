import { flexionDeg, inclinationDeg, shankAngleDeg } from '../geometry/angles.ts';
import { facingDirection } from '../report/seriesForCharts.ts';
import { conditionTrack, type ConditionOptions } from '../signal/conditionTrack.ts';
import { KP } from '../track/keypoints.ts';
import type { Track } from '../track/track.ts';
import type { MotColumn } from './mot.ts';

const DEG = 180 / Math.PI;

/**
 * The per-frame angles the analysis reads its metrics from (metrics.md definitions), on the same
 * conditioned grid as the analysis and the review charts: knee and hip flexion and the shank angle
 * per side, the trunk inclination and the pelvic obliquity. NaN where a keypoint is missing.
 */
export function frameAngles(
  track: Track,
  opts: ConditionOptions & { d?: 1 | -1 } = {},
): { t: Float64Array; columns: MotColumn[] } {
  const c = conditionTrack(track, opts);
  const { x, y } = c;
  const n = c.t.length;
  const d = opts.d ?? facingDirection(x);
  const p = (k: number, i: number) => [x[k]![i]!, y[k]![i]!] as const;
  const col = (name: string, f: (i: number) => number): MotColumn => {
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = f(i);
    return { name, values: v };
  };
  const sides = [
    ['l', 'left'],
    ['r', 'right'],
  ] as const;
  return {
    t: c.t,
    columns: [
      ...sides.map(([s, side]) =>
        col(`knee_flexion_${s}`, (i) =>
          flexionDeg(...p(KP[`${side}_hip`], i), ...p(KP[`${side}_knee`], i), ...p(KP[`${side}_ankle`], i)),
        ),
      ),
      ...sides.map(([s, side]) =>
        col(`hip_flexion_${s}`, (i) =>
          flexionDeg(
            ...p(KP[`${side}_shoulder`], i),
            ...p(KP[`${side}_hip`], i),
            ...p(KP[`${side}_knee`], i),
          ),
        ),
      ),
      ...sides.map(([s, side]) =>
        col(`shank_${s}`, (i) => shankAngleDeg(...p(KP[`${side}_knee`], i), ...p(KP[`${side}_ankle`], i), d)),
      ),
      col('trunk_lean', (i) => {
        const [lhx, lhy] = p(KP.left_hip, i);
        const [rhx, rhy] = p(KP.right_hip, i);
        const [lsx, lsy] = p(KP.left_shoulder, i);
        const [rsx, rsy] = p(KP.right_shoulder, i);
        return inclinationDeg((lhx + rhx) / 2, (lhy + rhy) / 2, (lsx + rsx) / 2, (lsy + rsy) / 2, d);
      }),
      col('pelvic_obliquity', (i) => {
        const [lhx, lhy] = p(KP.left_hip, i);
        const [rhx, rhy] = p(KP.right_hip, i);
        return Math.atan2(rhy - lhy, Math.abs(lhx - rhx)) * DEG;
      }),
    ],
  };
}
