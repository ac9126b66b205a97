import { KP } from '../track/keypoints.ts';

/**
 * Whole-body centre of mass from COCO-17 keypoints: the de Leva (1996, J Biomech 29:1223) adjusted
 * Zatsiorsky–Seluyanov male segment parameters, as biomech-notes.md §3.1 tabulates them and as the
 * mocap ground truth uses them (fixtures/mocap/MANIFEST.md): head+neck 6.94 % at the ear midpoint;
 * trunk 43.46 % at 44.86 % from mid-shoulder to mid-hip; upper arm 2.71 % at 57.72 % shoulder→elbow;
 * forearm 1.62 % at 45.74 % elbow→wrist; hand 0.61 % at the wrist; thigh 14.16 % at 40.95 %
 * hip→knee; shank 4.33 % at 44.59 % knee→ankle; foot 1.37 % at the ankle; both sides.
 * A sample where any needed keypoint is missing is NaN (no partial COM, which would be biased
 * toward the visible limbs, §3.2).
 */
type Seg = { m: number; a: number[]; b: number[]; c: number };
const SEGMENTS: Seg[] = [
  { m: 6.94, a: [KP.left_ear, KP.right_ear], b: [KP.left_ear, KP.right_ear], c: 0 },
  { m: 43.46, a: [KP.left_shoulder, KP.right_shoulder], b: [KP.left_hip, KP.right_hip], c: 0.4486 },
  ...(['left', 'right'] as const).flatMap((s): Seg[] => [
    { m: 2.71, a: [KP[`${s}_shoulder`]], b: [KP[`${s}_elbow`]], c: 0.5772 },
    { m: 1.62, a: [KP[`${s}_elbow`]], b: [KP[`${s}_wrist`]], c: 0.4574 },
    { m: 0.61, a: [KP[`${s}_wrist`]], b: [KP[`${s}_wrist`]], c: 0 },
    { m: 14.16, a: [KP[`${s}_hip`]], b: [KP[`${s}_knee`]], c: 0.4095 },
    { m: 4.33, a: [KP[`${s}_knee`]], b: [KP[`${s}_ankle`]], c: 0.4459 },
    { m: 1.37, a: [KP[`${s}_ankle`]], b: [KP[`${s}_ankle`]], c: 0 },
  ]),
];
const TOTAL = SEGMENTS.reduce((s, g) => s + g.m, 0);

function comAxis(v: Float64Array[]): Float64Array {
  const n = v[0]?.length ?? 0;
  const out = new Float64Array(n);
  const pt = (ks: number[], i: number) => (ks.length === 1 ? v[ks[0]!]![i]! : (v[ks[0]!]![i]! + v[ks[1]!]![i]!) / 2);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (const g of SEGMENTS) {
      const a = pt(g.a, i);
      s += g.m * (a + g.c * (pt(g.b, i) - a));
    }
    out[i] = s / TOTAL;
  }
  return out;
}

/** COM x per sample from per-keypoint x series [keypoint][sample], px. */
export const comX = (x: Float64Array[]): Float64Array => comAxis(x);
/** COM y per sample (image y down), px. */
export const comY = (y: Float64Array[]): Float64Array => comAxis(y);
