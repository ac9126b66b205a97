import { KP } from '../track/keypoints.ts';

/**
 * Whole-body centre of mass from COCO-17 keypoints: the de Leva (1996, J Biomech 29:1223) adjusted
 * Zatsiorsky–Seluyanov male segment parameters, as biomech-notes.md §3.1 tabulates them and as the
 * mocap ground truth uses them (fixtures/mocap/MANIFEST.md): head+neck 6.94 % at the ear midpoint;
 * trunk 43.46 % at 44.86 % from mid-shoulder to mid-hip; upper arm 2.71 % at 57.72 % shoulder→elbow;
 * forearm 1.62 % at 45.74 % elbow→wrist; hand 0.61 % at the wrist; thigh 14.16 % at 40.95 %
 * hip→knee; shank 4.33 % at 44.59 % knee→ankle; foot 1.37 % at the ankle; both sides.
 * A sample where any needed keypoint is missing is NaN (no partial COM, which would be biased
 * toward the visible limbs, §3.2); in a side view `fillBySymmetry` first supplies the far limbs
 * the model did not see.
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
  // Segment by segment over all samples (not sample by sample over the segments): each sample's
  // sum still adds the segments in the same order from 0, so the same numbers, without a lookup of
  // the segment ends per sample (a 10-minute track has 36,000 samples × 14 segments). A one-
  // keypoint end reads the keypoint twice: (p + p) / 2 is p, exactly.
  const sum = new Float64Array(n);
  for (let q = 0; q < SEGMENTS.length; q++) {
    const g = SEGMENTS[q]!;
    const a0 = v[g.a[0]!]!;
    const a1 = v[g.a[g.a.length - 1]!]!;
    const b0 = v[g.b[0]!]!;
    const b1 = v[g.b[g.b.length - 1]!]!;
    const m = g.m;
    const c = g.c;
    for (let i = 0; i < n; i++) {
      const a = (a0[i]! + a1[i]!) / 2;
      const b = (b0[i]! + b1[i]!) / 2;
      sum[i] = sum[i]! + m * (a + c * (b - a));
    }
  }
  for (let i = 0; i < n; i++) sum[i] = sum[i]! / TOTAL;
  return sum;
}

/** COM x per sample from per-keypoint x series [keypoint][sample], px. */
export const comX = (x: Float64Array[]): Float64Array => comAxis(x);

/** COCO-17 left↔right partner of each keypoint (the nose is its own). */
const MIRROR = [0, 2, 1, 4, 3, 6, 5, 8, 7, 10, 9, 12, 11, 14, 13, 16, 15];
const HIPS = [KP.left_hip, KP.right_hip] as const;
const EARS = [KP.left_ear, KP.right_ear] as const;

/**
 * Side view: the keypoints a whole-body COM needs, with the far side's unseen ones supplied by
 * symmetry, as biomech-notes.md §3.2 (b) advises instead of dropping them (which would pull the
 * COM toward the near side's phase): an unseen limb keypoint at sample i is the other side's same
 * keypoint, relative to the hip midpoint, one step (half a stride) earlier, or else later: in
 * steady running each limb repeats the other's path half a stride later. An unseen ear or hip is
 * its partner at the same sample (the two nearly coincide in a side view). Seen samples are
 * unchanged; a sample stays NaN when the partner is not seen there either. `stepSamples`: the step
 * period in samples (rounded).
 */
export function fillBySymmetry(
  x: readonly Float64Array[],
  y: readonly Float64Array[],
  stepSamples: number,
): { x: Float64Array[]; y: Float64Array[] } {
  // Series are copied only when a sample of theirs is supplied (the input is never modified).
  const fx = [...x];
  const fy = [...y];
  const put = (k: number, i: number, vx: number, vy: number) => {
    if (fx[k] === x[k]) fx[k] = x[k]!.slice();
    if (fy[k] === y[k]) fy[k] = y[k]!.slice();
    fx[k]![i] = vx;
    fy[k]![i] = vy;
  };
  const n = fx[0]?.length ?? 0;
  const seen = (k: number, i: number) => Number.isFinite(x[k]![i]!) && Number.isFinite(y[k]![i]!);
  for (const pair of [EARS, HIPS]) {
    for (const k of pair) {
      const m = MIRROR[k]!;
      const xk = x[k]!;
      const yk = y[k]!;
      for (let i = 0; i < n; i++) {
        if (Number.isFinite(xk[i]!) && Number.isFinite(yk[i]!)) continue;
        if (seen(m, i)) put(k, i, x[m]![i]!, y[m]![i]!);
      }
    }
  }
  // The hip midpoint (a loop, not map: no boxed number per sample).
  const [lhx, rhx, lhy, rhy] = [fx[HIPS[0]]!, fx[HIPS[1]]!, fy[HIPS[0]]!, fy[HIPS[1]]!];
  const refX = new Float64Array(lhx.length);
  const refY = new Float64Array(lhy.length);
  for (let i = 0; i < refX.length; i++) refX[i] = (lhx[i]! + rhx[i]!) / 2;
  for (let i = 0; i < refY.length; i++) refY[i] = (lhy[i]! + rhy[i]!) / 2;
  const m = Math.round(stepSamples);
  if (!(m >= 1)) return { x: fx, y: fy };
  // Keypoint p at sample q can stand in: inside the series, seen, with a hip reference.
  const usable = (p: number, q: number) =>
    q >= 0 && q < n && seen(p, q) && Number.isFinite(refX[q]!) && Number.isFinite(refY[q]!);
  for (let k = 5; k < 17; k++) {
    if (k === HIPS[0] || k === HIPS[1]) continue;
    const p = MIRROR[k]!;
    const xk = x[k]!;
    const yk = y[k]!;
    for (let i = 0; i < n; i++) {
      if (Number.isFinite(xk[i]!) && Number.isFinite(yk[i]!)) continue;
      if (!Number.isFinite(refX[i]!) || !Number.isFinite(refY[i]!)) continue;
      const j = usable(p, i - m) ? i - m : usable(p, i + m) ? i + m : -1;
      if (j < 0) continue;
      put(k, i, refX[i]! + x[p]![j]! - refX[j]!, refY[i]! + y[p]![j]! - refY[j]!);
    }
  }
  return { x: fx, y: fy };
}
