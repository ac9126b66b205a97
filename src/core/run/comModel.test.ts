import { describe, expect, it } from 'vitest';
import { KP } from '../track/keypoints.ts';
import { fillBySymmetry } from './comModel.ts';

/** 17 keypoint series of a symmetric gait: each right keypoint is its left partner `m` samples later (hip midpoint moving). */
function gait(n: number, m: number) {
  const x: Float64Array[] = [];
  const y: Float64Array[] = [];
  const hipX = (i: number) => 100 + 2 * i;
  for (let k = 0; k < 17; k++) {
    const right = k > 0 && k % 2 === 0;
    const phase = (i: number) => (right ? i - m : i);
    const pair = Math.ceil(k / 2); // the same for a keypoint and its partner
    x.push(
      Float64Array.from(
        { length: n },
        (_, i) => hipX(i) + 10 * Math.sin((2 * Math.PI * phase(i)) / (2 * m)) + pair,
      ),
    );
    y.push(
      Float64Array.from(
        { length: n },
        (_, i) => 200 - 5 * pair + 3 * Math.cos((2 * Math.PI * phase(i)) / (2 * m)),
      ),
    );
  }
  // Hips exactly around the moving midpoint, so the reference is the same for both sides.
  for (const k of [KP.left_hip, KP.right_hip]) x[k] = Float64Array.from({ length: n }, (_, i) => hipX(i));
  return { x, y };
}

describe('fillBySymmetry', () => {
  it("supplies an unseen far limb from its partner's path half a stride away and leaves seen samples alone", () => {
    const m = 10;
    const truth = gait(60, m);
    const x = truth.x.map((a) => Float64Array.from(a));
    const y = truth.y.map((a) => Float64Array.from(a));
    for (let i = 15; i < 40; i++) x[KP.right_wrist]![i] = y[KP.right_wrist]![i] = NaN;
    const f = fillBySymmetry(x, y, m);
    for (let i = 0; i < 60; i++) {
      expect(f.x[KP.right_wrist]![i]).toBeCloseTo(truth.x[KP.right_wrist]![i]!, 9);
      expect(f.y[KP.right_wrist]![i]).toBeCloseTo(truth.y[KP.right_wrist]![i]!, 9);
      expect(f.x[KP.left_knee]![i]).toBe(truth.x[KP.left_knee]![i]);
    }
    expect(x[KP.right_wrist]![20]).toBeNaN(); // the input is not modified
  });

  it('uses the partner at the same sample for an ear or a hip, and stays NaN where the partner is unseen too', () => {
    const { x, y } = gait(30, 5);
    x[KP.right_ear]![3] = y[KP.right_ear]![3] = NaN;
    for (let i = 0; i < 30; i++) x[KP.left_wrist]![i] = x[KP.right_wrist]![i] = NaN;
    const f = fillBySymmetry(x, y, 5);
    expect(f.x[KP.right_ear]![3]).toBe(x[KP.left_ear]![3]);
    expect([...f.x[KP.left_wrist]!].every(Number.isNaN)).toBe(true);
  });
});
