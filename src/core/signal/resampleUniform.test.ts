import { describe, expect, it } from 'vitest';
import {
  resampleByPlan,
  resampleByPlanInPlace,
  resampleByPlanInPlace3,
  resamplePlan,
  resampleUniform,
  uniformGrid,
} from './resampleUniform.ts';
import { seededRandom } from './seededRandom.ts';
import { trackRateHz } from './conditionTrack.ts';

describe('uniformGrid / resampleUniform at the clip ends', () => {
  for (const fps of [30, 60, 29.97, 240]) {
    it(`keeps the last frame of a ${fps} fps clip whose timestamps are rounded to the microsecond`, () => {
      for (const frames of [40, 78, 413, 3000]) {
        const t = Array.from({ length: frames }, (_, k) => Math.round((k / fps) * 1e6) / 1e6);
        const fsHz = trackRateHz({
          fps,
          width: 1,
          height: 1,
          frames: t.map((tk) => ({ t: tk, kp: [] })),
        } as unknown as Parameters<typeof trackRateHz>[0]);
        const grid = uniformGrid(t[0]!, t[frames - 1]!, fsHz);
        expect(grid.length).toBe(frames);
        const x = t.map((_, k) => k);
        const y = resampleUniform(t, x, grid);
        expect(y[frames - 1]).toBeCloseTo(frames - 1, 2);
        expect(y[0]).toBe(0);
      }
    });
  }
  it('does not reach past the last timestamp by more than a hundredth of a step', () => {
    expect(uniformGrid(0, 1.0049, 100).length).toBe(101);
    expect(uniformGrid(0, 0.995, 100).length).toBe(100);
    expect(uniformGrid(0, 0.99995, 100).length).toBe(101);
  });
  it('copies a frame within a hundredth of a step of a grid sample, and blends only further away', () => {
    // Source frames at 0, 0.0101, 0.0305 s with a missing middle value; grid at 100 Hz.
    const y = resampleUniform([0, 0.0101, 0.0305], [0, NaN, 3], uniformGrid(0, 0.03, 100));
    expect(y[0]).toBe(0);
    // 0.01 s is 1 % of a source interval from 0.0101 s: that (missing) frame, not a blend with 0.
    expect(y[1]).toBeNaN();
    // 0.02 s lies between the missing frame and 0.0305 s: nothing is invented.
    expect(y[2]).toBeNaN();
    const z = resampleUniform([0, 0.0101, 0.0305], [0, 1, 3], uniformGrid(0, 0.03, 100));
    expect(z[1]).toBe(1);
    expect(z[2]).toBeCloseTo(1 + (2 * (0.02 - 0.0101)) / 0.0204, 9);
  });
});

describe('resampleByPlan on a steady frame rate', () => {
  it('marks the plan an identity only when every grid sample copies its own frame, and copies the same values', () => {
    const t = Array.from({ length: 500 }, (_, k) => Math.round((k / 60) * 1e6) / 1e6);
    const x = Float64Array.from(t, (_, k) => (k % 37 === 5 ? NaN : Math.sin(k / 7) * 100));
    const plan = resamplePlan(t, uniformGrid(t[0]!, t[499]!, 60), 3.5 / 60);
    expect(plan.identity).toBe(true);
    const viaLoop = resampleByPlan({ from: plan.from, weight: plan.weight }, x);
    const copy = resampleByPlan(plan, x);
    expect(Array.from(copy)).toEqual(Array.from(viaLoop));
    expect(Array.from(copy)).toEqual(Array.from(x));
    copy[0] = -1;
    expect(x[0]).not.toBe(-1);
    // A dropped frame: the grid sample there blends its neighbours, so no identity.
    const dropped = [...t.slice(0, 200), ...t.slice(201)];
    expect(resamplePlan(dropped, uniformGrid(t[0]!, t[499]!, 60), 3.5 / 60).identity).toBe(false);
  });
});

describe('resampleByPlanInPlace', () => {
  it('gives the same values as resampleByPlan wherever the plan reads no slot it has written', () => {
    const rnd = seededRandom(7);
    let over = 0;
    for (let draw = 0; draw < 200; draw++) {
      // Jittered timestamps, on every other draw a few frames dropped or repeated, a rate a little
      // off the nominal one.
      const n = 50 + Math.floor(rnd() * 400);
      const glitch = draw % 2 ? 0.02 : 0;
      const t: number[] = [];
      let tk = rnd();
      for (let k = 0; k < n; k++) {
        tk += (rnd() < glitch ? 2 : rnd() < glitch ? 0 : 1) / 60 + (rnd() - 0.5) * 2e-4;
        t.push(Math.round(tk * 1e6) / 1e6);
      }
      const fsHz = 60 * (1 + (rnd() - 0.5) * 0.02);
      const plan = resamplePlan(t, uniformGrid(t[0]!, t[n - 1]!, fsHz), 3.5 / 60);
      const x = Float64Array.from(t, (_, k) => (rnd() < 0.05 ? NaN : Math.sin(k / 9) * 100 + rnd()));
      const want = resampleByPlan(plan, x);
      if (!plan.overSource) {
        expect(() => resampleByPlanInPlace(plan, x.slice())).toThrow();
        continue;
      }
      over++;
      const own = x.slice();
      const got = resampleByPlanInPlace(plan, own);
      expect(got.length).toBe(want.length);
      expect(Array.from(got)).toEqual(Array.from(want));
      // Three series at once (a keypoint's x, y and score): each as resampleByPlan gives it.
      const y = Float64Array.from(t, (_, k) => (rnd() < 0.05 ? NaN : Math.cos(k / 7) * 50));
      const sc = Float64Array.from(t, () => rnd());
      const [gx, gy, gs] = resampleByPlanInPlace3(plan, x.slice(), y.slice(), sc.slice());
      expect(Array.from(gx)).toEqual(Array.from(want));
      expect(Array.from(gy)).toEqual(Array.from(resampleByPlan(plan, y)));
      expect(Array.from(gs)).toEqual(Array.from(resampleByPlan(plan, sc)));
    }
    // Both kinds of plan were drawn.
    expect(over).toBeGreaterThan(20);
    expect(over).toBeLessThan(180);
  });
});
