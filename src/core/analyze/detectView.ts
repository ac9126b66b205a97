import { hypot2 } from '../geometry/hypot2.ts';
import { median } from '../signal/median.ts';
import { KP } from '../track/keypoints.ts';
import type { Track } from '../track/track.ts';

export interface ViewDetection {
  view: 'side' | 'rear' | 'front';
  /** Direction of travel / facing in the image (+1 toward +x). Meaningful in the side view. */
  d: 1 | -1;
  /** Median shoulder width / trunk length: small in a side view, ~0.5 from behind or in front. */
  widthRatio: number;
  confidence: number;
}

/** Hip, knee and ankle of the left leg, then the right (no keypoint name built per frame). */
const LEGS = [
  [KP.left_hip, KP.left_knee, KP.left_ankle],
  [KP.right_hip, KP.right_knee, KP.right_ankle],
] as const;

const ok = (p: number[] | undefined, min: number) => p !== undefined && p[2]! >= min;

/**
 * Camera view and direction from the keypoints (biomech-notes.md §8.2 view gating):
 * - side vs frontal: the shoulders and hips are nearly on top of each other in a side view; the
 *   median of (|Δx shoulders| + |Δx hips|)/2 over the trunk length is < 0.25 there [H];
 * - rear vs front: from behind the person's right side is on the image right (x_right > x_left);
 *   facing the camera it is on the left;
 * - d in a side view: knees bend forward, so a flexed knee lies ahead of its hip–ankle chord
 *   (anatomical, unaffected by left/right label swaps); the nose ahead of the ears breaks ties.
 */
export function detectView(track: Track, minScore = 0.3): ViewDetection {
  const width: number[] = [];
  const lr: number[] = [];
  let kneeVote = 0;
  let noseVote = 0;
  // At most ~3000 frames are looked at: a decision, not a measurement.
  const stride = Math.max(1, Math.floor(track.frames.length / 3000));
  for (let fi = 0; fi < track.frames.length; fi += stride) {
    const f = track.frames[fi]!;
    if (f.kp.length !== 17) continue;
    const k = f.kp;
    const sh = ok(k[KP.left_shoulder], minScore) && ok(k[KP.right_shoulder], minScore);
    const hp = ok(k[KP.left_hip], minScore) && ok(k[KP.right_hip], minScore);
    if (sh && hp) {
      const smx = (k[KP.left_shoulder]![0] + k[KP.right_shoulder]![0]) / 2;
      const smy = (k[KP.left_shoulder]![1] + k[KP.right_shoulder]![1]) / 2;
      const hmx = (k[KP.left_hip]![0] + k[KP.right_hip]![0]) / 2;
      const hmy = (k[KP.left_hip]![1] + k[KP.right_hip]![1]) / 2;
      const trunk = hypot2(smx - hmx, smy - hmy);
      if (trunk > 0) {
        const dsx = k[KP.right_shoulder]![0] - k[KP.left_shoulder]![0];
        const dhx = k[KP.right_hip]![0] - k[KP.left_hip]![0];
        width.push((Math.abs(dsx) + Math.abs(dhx)) / 2 / trunk);
        lr.push(Math.sign(dsx + dhx));
      }
    }
    for (let s = 0; s < LEGS.length; s++) {
      const h = k[LEGS[s]![0]];
      const kn = k[LEGS[s]![1]];
      const a = k[LEGS[s]![2]];
      if (!ok(h, minScore) || !ok(kn, minScore) || !ok(a, minScore)) continue;
      const u = (kn![1] - h![1]) / (a![1] - h![1] || 1);
      const off = kn![0] - (h![0] + u * (a![0] - h![0]));
      const leg = hypot2(h![0] - a![0], h![1] - a![1]);
      if (leg > 0 && Math.abs(off) > 0.05 * leg) kneeVote += Math.sign(off);
    }
    const n = k[KP.nose];
    if (ok(n, minScore) && ok(k[KP.left_ear], minScore) && ok(k[KP.right_ear], minScore))
      noseVote += Math.sign(n![0] - (k[KP.left_ear]![0] + k[KP.right_ear]![0]) / 2);
  }
  const widthRatio = median(width);
  const frontal = widthRatio >= 0.25;
  const d: 1 | -1 = (kneeVote !== 0 ? kneeVote : noseVote) < 0 ? -1 : 1;
  const view = !Number.isFinite(widthRatio) || !frontal ? 'side' : median(lr) >= 0 ? 'rear' : 'front';
  const margin = Number.isFinite(widthRatio) ? Math.min(1, Math.abs(widthRatio - 0.25) / 0.15) : 0;
  return { view, d, widthRatio, confidence: Math.round(margin * 100) / 100 };
}
