import { describe, expect, it } from 'vitest';
import { analyzeHinge } from '../helpers/localized.ts';
import { KP } from '../../src/core/track/keypoints.ts';
import type { Track } from '../../src/core/track/track.ts';
import { syntheticHinge, type SynthRep } from './syntheticHinge.ts';

const RDL: SynthRep = { hipDeg: 90, kneeDeg: 25, shinDeg: 0 };
const LEGS = [KP.left_hip, KP.right_hip, KP.left_knee, KP.right_knee, KP.left_ankle, KP.right_ankle];
const edit = (t: Track, from: number, to: number, fn: (kp: Track['frames'][number]['kp']) => void): Track => {
  for (const f of t.frames) if (f.t >= from && f.t < to) fn(f.kp);
  return t;
};

describe('analyzeHinge on bad input: clear warnings, no invented reps', () => {
  it('lifter half out of frame (legs unseen) for the whole clip: no rep, a warning that says why', () => {
    const t = edit(syntheticHinge([RDL, RDL, RDL]), 0, 1e9, (kp) => LEGS.forEach((k) => (kp[k]![2] = 0)));
    const a = analyzeHinge(t);
    expect(a.hinge.repCount).toBe(0);
    expect(a.warnings.map((w) => w.en).join(' ')).toMatch(/legs are not visible/);
    expect(a.warnings.map((w) => w.en).join(' ')).toMatch(/No complete rep/);
  });

  it('lifter out of frame during the second rep: that rep is not counted, the others are', () => {
    // Reps: lead 1.2 s, then 3.6 s per rep (descent, ascent, rest); rep 2 spans 4.8–8.4 s.
    const t = edit(syntheticHinge([RDL, RDL, RDL]), 5.2, 6.8, (kp) => LEGS.forEach((k) => (kp[k]![2] = 0)));
    const a = analyzeHinge(t);
    expect(a.hinge.repCount).toBe(2);
    expect(a.hinge.reps.every((r) => r.bottomT < 4.8 || r.bottomT > 8.4)).toBe(true);
  });

  it('a second person walking behind (the skeleton jumps for a few frames): warned, reps unchanged', () => {
    const t = syntheticHinge([RDL, RDL, RDL]);
    edit(t, 4.0, 4.2, (kp) => kp.forEach((p) => (p[0] += 260)));
    edit(t, 8.0, 8.15, (kp) => kp.forEach((p) => ((p[0] -= 200), (p[1] -= 40))));
    const a = analyzeHinge(t);
    expect(a.warnings.map((w) => w.en).join(' ')).toMatch(/jumped .*second person/);
    expect(a.hinge.repCount).toBe(3);
    expect(a.flags).toEqual([]);
  });

  it('a clip with no full rep: standing only, a descent the clip ends in, a shallow bob', () => {
    const stand = syntheticHinge([{ hipDeg: 0, kneeDeg: 0, shinDeg: 0 }]);
    const down = syntheticHinge([RDL]);
    const cut = { ...down, frames: down.frames.filter((f) => f.t < 2.5) };
    const bob = syntheticHinge([
      { hipDeg: 18, kneeDeg: 6, shinDeg: 2 },
      { hipDeg: 18, kneeDeg: 6, shinDeg: 2 },
    ]);
    for (const [t, msg] of [
      [stand, /No complete rep/],
      [cut, /does not return to standing/],
      [bob, /No complete rep/],
    ] as const) {
      const a = analyzeHinge(t);
      expect(a.hinge.repCount).toBe(0);
      expect(a.flags).toEqual([]);
      expect(a.warnings.map((w) => w.en).join(' ')).toMatch(msg);
    }
  });

  it('a clip that starts mid-descent and a clip that is too short', () => {
    const t = syntheticHinge([RDL, RDL]);
    const late = { ...t, frames: t.frames.filter((f) => f.t >= 1.8).map((f) => ({ ...f })) };
    const a = analyzeHinge(late);
    expect(a.hinge.repCount).toBe(1);
    expect(a.warnings.map((w) => w.en).join(' ')).toMatch(/does not start from standing/);
    const short = { ...t, frames: t.frames.slice(0, 10) };
    expect(
      analyzeHinge(short)
        .warnings.map((w) => w.en)
        .join(' '),
    ).toMatch(/too short/);
    expect(
      analyzeHinge({ ...t, frames: t.frames.map((f) => ({ t: f.t, kp: [] })) })
        .warnings.map((w) => w.en)
        .join(' '),
    ).toMatch(/No person/);
  });

  it('rear view: reps and tempo only, angles absent', () => {
    const a = analyzeHinge(syntheticHinge([RDL, RDL, RDL]), { view: 'rear' });
    expect(a.hinge.repCount).toBe(3);
    expect(a.hinge.reps[0]!.hipFlexionDeg).toBeUndefined();
    expect(a.warnings.map((w) => w.en).join(' ')).toMatch(/side view/);
  });
});
