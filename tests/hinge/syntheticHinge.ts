import type { KeypointTriple, Track } from '../../src/core/track/track.ts';
import { trackCreate } from '../../src/core/track/track.ts';

/**
 * Constructed side-view hinge tracks with known kinematics, for the flag tests. A planar stick
 * figure: ankle fixed, shank tilted `shinDeg` forward, knee bent `kneeDeg`, trunk set so that the
 * hip flexion (φ_trunk + φ_thigh) follows the rep profile. All angles are scaled by a smooth
 * 0→1→0 profile per rep, so the bottom values are the rep's parameters.
 */
export interface SynthRep {
  hipDeg: number;
  kneeDeg: number;
  shinDeg: number;
  descentS?: number;
  pauseS?: number;
  ascentS?: number;
  restS?: number;
  /** Trunk tipped this much more (and knees straighter by as much) mid-ascent: hips rise first. */
  driftDeg?: number;
}

export interface SynthOptions {
  fps?: number;
  /** Trunk inclination when standing (negative = leaning back), degrees. */
  lockoutTrunkDeg?: number;
  /** Profile value at the tops (0 = fully standing; 0.2 keeps 20% of the bend). */
  topU?: number;
  leadS?: number;
  /** Seconds of fully upright, zero-lean standing before the lead (the lifter's own stance before the set). */
  standLeadS?: number;
  d?: 1 | -1;
  /** Gaussian-free deterministic jitter amplitude, px. */
  jitterPx?: number;
  /**
   * Kettlebell-swing arms: straight arms (120 px) swung from 20° behind the vertical at the bottom
   * (the bell between the legs) to 100° forward, just above shoulder height, at the top; else the
   * arms hang from the shoulders.
   */
  swingArms?: boolean;
  /**
   * Left and right body halves (shoulder, elbow, wrist, hip, knee, ankle) this much further apart in
   * x: a camera turned away from the side view, each leg's own angles unchanged; px, default 0.
   */
  sideSepPx?: number;
  /** Issue 18: the hands (the bar) this much further forward at the bottom, in proportion to the bend; px. */
  barAheadPx?: number;
}

const R = Math.PI / 180;
const SHANK = 110;
const THIGH = 115;
const TRUNK = 140;

function pose(
  hip: number,
  knee: number,
  shin: number,
  lean: number,
  d: 1 | -1,
  jit: number,
  t: number,
  armDeg: number | null = null,
  sideSep = 0,
): KeypointTriple[] {
  const ax = 300;
  const ay = 560;
  const kx = ax + d * SHANK * Math.sin(shin * R);
  const ky = ay - SHANK * Math.cos(shin * R);
  const th = shin - knee; // thigh direction knee→hip, from vertical, forward positive
  const hx = kx + d * THIGH * Math.sin(th * R);
  const hy = ky - THIGH * Math.cos(th * R);
  const phi = hip - knee + shin + lean; // trunk inclination
  const sx = hx + d * TRUNK * Math.sin(phi * R);
  const sy = hy - TRUNK * Math.cos(phi * R);
  const headX = sx + d * 30 * Math.sin(phi * R);
  const headY = sy - 30 * Math.cos(phi * R);
  const j = (k: number) => jit * Math.sin(7.3 * t + 1.7 * k);
  const p = (x: number, y: number, k: number): KeypointTriple => [x + j(k), y + j(k + 17), 0.9];
  const kp: KeypointTriple[] = [
    p(headX + d * 12, headY, 0),
    p(headX + d * 9, headY - 4, 1),
    p(headX + d * 9, headY - 4, 2),
    p(headX - d * 2, headY - 2, 3),
    p(headX - d * 2, headY - 2, 4),
    p(sx, sy, 5),
    p(sx + 2, sy + 1, 6),
    ...(armDeg === null
      ? [p(sx, sy + 60, 7), p(sx, sy + 60, 8), p(sx, sy + 120, 9), p(sx, sy + 120, 10)]
      : [
          p(sx + d * 60 * Math.sin(armDeg * R), sy + 60 * Math.cos(armDeg * R), 7),
          p(sx + d * 60 * Math.sin(armDeg * R), sy + 60 * Math.cos(armDeg * R), 8),
          p(sx + d * 120 * Math.sin(armDeg * R), sy + 120 * Math.cos(armDeg * R), 9),
          p(sx + d * 120 * Math.sin(armDeg * R), sy + 120 * Math.cos(armDeg * R), 10),
        ]),
    p(hx, hy, 11),
    p(hx + 2, hy + 1, 12),
    p(kx, ky, 13),
    p(kx + 2, ky + 1, 14),
    p(ax, ay, 15),
    p(ax + 2, ay + 1, 16),
  ];
  // Odd indices from 5 are the left side, even the right (COCO order).
  for (let k = 5; k < 17; k++) kp[k]![0] += (k % 2 ? -1 : 1) * (sideSep / 2);
  return kp;
}

/** A constructed track of the given reps (starting and ending standing). */
export function syntheticHinge(reps: SynthRep[], o: SynthOptions = {}): Track {
  const fps = o.fps ?? 30;
  const d = o.d ?? 1;
  const top = o.topU ?? 0;
  const lean = o.lockoutTrunkDeg ?? 0;
  const track = trackCreate({
    source: { kind: 'synthetic', name: 'synthetic-hinge' },
    width: 800,
    height: 700,
    fps,
  });
  type Seg = { dur: number; u: (tau: number) => number; rep: SynthRep; drift: (tau: number) => number };
  const segs: Seg[] = [];
  const flat = (v: number) => () => v;
  const zero = () => 0;
  type SegX = Seg & { upright?: boolean };
  if (o.standLeadS)
    segs.push({ dur: o.standLeadS, u: flat(0), rep: reps[0]!, drift: zero, upright: true } as SegX);
  segs.push({ dur: o.leadS ?? 1.2, u: flat(top), rep: reps[0]!, drift: zero });
  for (const r of reps) {
    const ease = (tau: number) => (1 - Math.cos(Math.PI * tau)) / 2;
    segs.push({ dur: r.descentS ?? 1.2, u: (tau) => top + (1 - top) * ease(tau), rep: r, drift: zero });
    if (r.pauseS) segs.push({ dur: r.pauseS, u: flat(1), rep: r, drift: zero });
    segs.push({
      dur: r.ascentS ?? 1.2,
      u: (tau) => 1 - (1 - top) * ease(tau),
      rep: r,
      drift: (tau) => (r.driftDeg ?? 0) * Math.sin(Math.PI * tau),
    });
    segs.push({ dur: r.restS ?? 1.2, u: flat(top), rep: r, drift: zero });
  }
  let t0 = 0;
  for (const s of segs) {
    const n = Math.round(s.dur * fps);
    for (let i = 0; i < n; i++) {
      const tau = i / n;
      const u = s.u(tau);
      const dr = s.drift(tau);
      const t = t0 + i / fps;
      // Lean applies in proportion to how upright the lifter is.
      const l = (s as SegX).upright ? 0 : lean;
      const kp = pose(
        s.rep.hipDeg * u,
        s.rep.kneeDeg * u - dr,
        s.rep.shinDeg * u,
        l * (1 - u) + dr,
        d,
        o.jitterPx ?? 0,
        t,
        o.swingArms ? 100 * (1 - u) - 20 * u : null,
        o.sideSepPx ?? 0,
      );
      if (o.barAheadPx) for (const k of [9, 10]) kp[k]![0] += d * o.barAheadPx * u;
      track.frames.push({ t: Math.round(t * 1e6) / 1e6, kp });
    }
    t0 += n / fps;
  }
  return track;
}
