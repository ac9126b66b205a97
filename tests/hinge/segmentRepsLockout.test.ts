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
    expect(s.reps.map((r) => [r.startKind, r.startI >= a.length])).toEqual([['bottom', false], ['bottom', true]]);
  });
});
