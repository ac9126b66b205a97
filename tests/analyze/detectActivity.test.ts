import { describe, expect, it } from 'vitest';
import {
  detectActivity,
  FEET_MOTION_RUN_RATIO,
  FEET_RUN_MIN_ALTERNATIONS,
} from '../../src/core/analyze/detectActivity.ts';
import { KP } from '../../src/core/track/keypoints.ts';
import type { Track } from '../../src/core/track/track.ts';
import { syntheticHinge, type SynthRep } from '../hinge/syntheticHinge.ts';

const RDL: SynthRep = { hipDeg: 80, kneeDeg: 20, shinDeg: 5 };

/** Median |hip−knee| + |knee−ankle| of the left leg, px. */
function legPx(t: Track): number {
  const f = t.frames[0]!.kp;
  const [h, k, a] = [f[KP.left_hip]!, f[KP.left_knee]!, f[KP.left_ankle]!];
  return Math.hypot(h[0] - k[0], h[1] - k[1]) + Math.hypot(k[0] - a[0], k[1] - a[1]);
}

/** The same track with the left ankle moved by dx(t) px. */
function moveLeftAnkle(t: Track, dx: (tS: number) => number): Track {
  return {
    ...t,
    frames: t.frames.map((f) => ({
      ...f,
      kp: f.kp.map((p, i) => (i === KP.left_ankle ? ([p[0] + dx(f.t), p[1], p[2]] as typeof p) : p)),
    })),
  };
}

/** What `ffmpeg -vf setpts=k*PTS` does: the same frames, k times further apart. */
const slowed = (t: Track, k: number): Track => ({
  ...t,
  fps: t.fps / k,
  frames: t.frames.map((f) => ({ ...f, t: f.t * k })),
});

describe('run or hinge: the feet must move against each other, back and forth', () => {
  const lift = syntheticHinge([RDL, RDL, RDL, RDL]);
  const L = legPx(lift);
  const end = lift.frames[lift.frames.length - 1]!.t;

  it('planted feet are a hinge', () => {
    const a = detectActivity(lift);
    expect(a.activity).toBe('hinge');
    expect(a.feetMotionRatio).toBeLessThan(FEET_MOTION_RUN_RATIO);
  });

  it('a lifter who turns mid-set (the feet offset changes once, by 0.4 L) is still a hinge', () => {
    // From a side view (feet overlapping) to a front view (hip width apart) halfway through.
    const turned = moveLeftAnkle(lift, (t) => (t < end / 2 ? 0 : 0.4 * L));
    const a = detectActivity(turned);
    // The offset's spread alone would say 'run' (as it did before the alternation count).
    expect(a.feetMotionRatio).toBeGreaterThanOrEqual(FEET_MOTION_RUN_RATIO);
    expect(a.feetAlternations).toBeLessThan(FEET_RUN_MIN_ALTERNATIONS);
    expect(a.activity).toBe('hinge');
  });

  it('feet swinging past each other are a run, also slowed down ×2 … ×10', () => {
    // ±0.6 L at 1.4 strides/s: a jog seen from the side.
    const run = moveLeftAnkle(lift, (t) => 0.6 * L * Math.sin(2 * Math.PI * 1.4 * t));
    for (const k of [1, 2, 4, 5, 8, 10]) {
      const a = detectActivity(slowed(run, k));
      expect(a.activity, `×${k}`).toBe('run');
      expect(a.feetAlternations, `×${k}`).toBeGreaterThanOrEqual(2 * Math.floor(1.4 * end));
    }
  });
});
