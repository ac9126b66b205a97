import { describe, expect, it } from 'vitest';
import { analyzeArgsParse } from '../../src/cli/analyzeArgs.ts';
import { analyzeTrack } from '../../src/core/analyze/analyzeTrack.ts';
import { syntheticHinge } from './syntheticHinge.ts';

describe('issue 13: the user can set the hinge lift', () => {
  it('CLI --lift parses rdl|deadlift|squat|auto and refuses anything else', () => {
    expect(analyzeArgsParse(['a.json']).lift).toBe('auto');
    expect(analyzeArgsParse(['a.json', '--lift', 'squat']).lift).toBe('squat');
    expect(() => analyzeArgsParse(['a.json', '--lift', 'clean'])).toThrow(/unknown lift 'clean'/);
  });

  it('analyzeTrack passes it on: a squat set by the user gets no squatting-the-hinge, the same set unlabelled does', () => {
    const reps = Array.from({ length: 4 }, () => ({ hipDeg: 90, kneeDeg: 110, shinDeg: 38 }));
    const t = syntheticHinge(reps);
    const auto = analyzeTrack(t, { activity: 'hinge', view: 'side' });
    expect(auto.hinge?.lift).toBe('deadlift');
    expect(auto.flags.map((f) => f.id)).toContain('squatting-the-hinge');
    const squat = analyzeTrack(t, { activity: 'hinge', view: 'side', lift: 'squat' });
    expect(squat.hinge?.lift).toBe('squat');
    expect(squat.flags.map((f) => f.id)).not.toContain('squatting-the-hinge');
  });
});
