import { describe, expect, it } from 'vitest';
import { resolveHingeThresholds } from '../../src/core/hinge/hingeThresholds.ts';
import { segmentReps } from '../../src/core/hinge/segmentReps.ts';

const fs = 30;
// Hip flexion: held at the bottom (110°) for 0.5 s, a 1 s rise to `top`, then held there 1 s.
const pull = (top: number) =>
  Float64Array.from({ length: Math.round(2.5 * fs) }, (_, i) => {
    const t = i / fs;
    if (t < 0.5) return 110;
    if (t < 1.5) return 110 + (top - 110) * (0.5 - 0.5 * Math.cos(Math.PI * (t - 0.5)));
    return top;
  });
const th = resolveHingeThresholds({});

describe('segmentReps: a floor start counts only when it reaches lockout', () => {
  it('a pull to upright is one concentric-only rep', () => {
    const s = segmentReps(pull(5), fs, th);
    expect(s.reps.map((r) => r.startKind)).toEqual(['bottom']);
    expect(s.incomplete).toEqual([]);
  });
  it('a pull that stops halfway (rdl.mp4) is no rep, listed as no-lockout', () => {
    const s = segmentReps(pull(60), fs, th);
    expect(s.reps).toEqual([]);
    expect(s.incomplete.map((r) => r.reason)).toEqual(['no-lockout']);
  });
  it('two scenes are segmented apart and their reps added up', () => {
    const a = pull(5);
    const x = new Float64Array(2 * a.length);
    x.set(a, 0);
    x.set(a, a.length);
    const s = segmentReps(x, fs, th, undefined, [a.length]);
    expect(s.reps.map((r) => [r.startKind, r.startI >= a.length])).toEqual([
      ['bottom', false],
      ['bottom', true],
    ]);
  });
});

describe('segmentReps: touch-and-go sets and a rep cut by the end of the clip', () => {
  // Hip flexion 0 -> 110 -> 0 per 1.2 s cycle, no pause at the top or the bottom, a short stand first.
  const tng = (cycles: number) =>
    Float64Array.from({ length: Math.round((0.5 + 1.2 * cycles) * fs) }, (_, i) => {
      const t = i / fs - 0.5;
      return t < 0 ? 0 : 55 - 55 * Math.cos((2 * Math.PI * t) / 1.2);
    });
  it('five touch-and-go reps are five full reps, each ending where the next begins', () => {
    const s = segmentReps(tng(5), fs, th);
    expect(s.reps.map((r) => r.startKind)).toEqual(['top', 'top', 'top', 'top', 'top']);
    for (let k = 1; k < 5; k++)
      expect(Math.abs(s.reps[k]!.startI - s.reps[k - 1]!.endI)).toBeLessThanOrEqual(2);
    expect(s.incomplete).toEqual([]);
  });
  it('a last rep cut at its bottom by the end of the clip is not a rep', () => {
    const s = segmentReps(tng(5.5), fs, th);
    expect(s.reps.length).toBe(5);
    expect(s.incomplete.map((r) => r.reason)).toEqual(['no-standing-after']);
  });
});

describe('segmentReps: a clip that begins part-way down (FLOOR_START_MIN_DEPTH_SHARE)', () => {
  // Starts still at `startDeg` of hip flexion for 0.4 s, rises to standing, stands 1 s, then three
  // full reps to 100° with 1 s of standing between them.
  const clip = (startDeg: number) => {
    const out: number[] = [];
    const hold = (v: number, s: number) => {
      for (let i = 0; i < Math.round(s * fs); i++) out.push(v);
    };
    const move = (a: number, b: number, s: number) => {
      const n = Math.round(s * fs);
      for (let i = 0; i < n; i++) out.push(a + (b - a) * (0.5 - 0.5 * Math.cos((Math.PI * i) / n)));
    };
    hold(startDeg, 0.4);
    move(startDeg, 0, 0.8);
    hold(0, 1);
    for (let k = 0; k < 3; k++) {
      move(0, 100, 1);
      move(100, 0, 1);
      hold(0, 1);
    }
    return Float64Array.from(out);
  };
  it('a first rise as deep as the set is a rep; a shallower one is listed, not counted', () => {
    const deep = segmentReps(clip(95), fs, th);
    expect(deep.reps.map((r) => r.startKind)).toEqual(['bottom', 'top', 'top', 'top']);
    const shallow = segmentReps(clip(55), fs, th);
    expect(shallow.reps.map((r) => r.startKind)).toEqual(['top', 'top', 'top']);
    expect(shallow.incomplete.map((r) => [r.reason, r.bottomI < 0.5 * fs])).toEqual([
      ['no-standing-before', true],
    ]);
    // The rule needs a set to compare with: a lone shallow floor start is still judged by its lockout.
    expect(segmentReps(clip(55).subarray(0, Math.round(2.2 * fs)), fs, th).reps).toHaveLength(1);
  });
});
