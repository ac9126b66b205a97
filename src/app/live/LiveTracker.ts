import { flexionDeg, inclinationDeg } from '../../core/geometry/angles.ts';
import { KP } from '../../core/track/keypoints.ts';
import type { KeypointTriple } from '../../core/track/track.ts';
import { liveCadenceSpm } from './liveCadence.ts';
import { HingeRepCounter, type LiveCue } from './liveHinge.ts';
import { OneEuroFilter } from './OneEuroFilter.ts';

export interface LiveReading {
  /** Keypoints smoothed with a One Euro filter: for drawing only. */
  kpDisplay: KeypointTriple[];
  cadenceSpm: number | null;
  trunkDeg: number | null;
  reps: number;
  cues: (LiveCue | 'stepBack')[];
  personSeen: boolean;
}

const MIN_SCORE = 0.3;
const WINDOW_S = 6;

/**
 * Turns live keypoints into the few numbers live mode shows. Everything here is for display: it is
 * smoothed with One Euro filters (causal, low lag) and never feeds the report, which is computed
 * from the recorded take like an upload.
 */
export class LiveTracker {
  // One Euro per coordinate, tuned in px: beta re-scaled for pixel units (biomech-notes §1).
  private readonly kpFilters = Array.from(
    { length: 34 },
    () => new OneEuroFilter({ minCutoffHz: 1.5, beta: 0.01 }),
  );
  private readonly trunkFilter = new OneEuroFilter({ minCutoffHz: 0.8, beta: 0.02 });
  private readonly counter = new HingeRepCounter();
  private readonly t: number[] = [];
  private readonly hipY: number[] = [];
  private d: 1 | -1 = 1;

  push(kp: readonly KeypointTriple[], tS: number): LiveReading {
    const seen = (k: number) => kp.length === 17 && kp[k]![2] >= MIN_SCORE;
    const personSeen =
      kp.length === 17 && [KP.left_hip, KP.right_hip, KP.left_shoulder, KP.right_shoulder].some(seen);
    const kpDisplay: KeypointTriple[] = personSeen
      ? kp.map((p, k) =>
          p[2] >= MIN_SCORE
            ? [this.kpFilters[2 * k]!.apply(p[0], tS), this.kpFilters[2 * k + 1]!.apply(p[1], tS), p[2]]
            : [p[0], p[1], p[2]],
        )
      : [];
    const xy = (k: number): [number, number] => (seen(k) ? [kp[k]![0], kp[k]![1]] : [NaN, NaN]);
    const mid = (a: number, b: number): [number, number] => {
      const [ax, ay] = xy(a);
      const [bx, by] = xy(b);
      if (Number.isNaN(ax)) return [bx, by];
      if (Number.isNaN(bx)) return [ax, ay];
      return [(ax + bx) / 2, (ay + by) / 2];
    };
    const hip = mid(KP.left_hip, KP.right_hip);
    const sh = mid(KP.left_shoulder, KP.right_shoulder);
    const ank = mid(KP.left_ankle, KP.right_ankle);
    const [nx] = xy(KP.nose);
    if (Number.isFinite(nx) && Number.isFinite(sh[0]) && Math.abs(nx - sh[0]) > 5)
      this.d = nx > sh[0] ? 1 : -1;

    this.t.push(tS);
    this.hipY.push(hip[1]);
    while (this.t.length && this.t[0]! < tS - WINDOW_S) {
      this.t.shift();
      this.hipY.shift();
    }
    const trunkRaw = inclinationDeg(hip[0], hip[1], sh[0], sh[1], this.d);
    const trunk = this.trunkFilter.apply(trunkRaw, tS);

    // Near-side leg for the hip angle: the one seen with the higher summed score.
    const side =
      kp.length === 17 &&
      kp[KP.left_knee]![2] + kp[KP.left_hip]![2] >= kp[KP.right_knee]![2] + kp[KP.right_hip]![2]
        ? 'left'
        : 'right';
    const [sx, sy] = xy(KP[`${side}_shoulder`]);
    const [hx, hy] = xy(KP[`${side}_hip`]);
    const [kx, ky] = xy(KP[`${side}_knee`]);
    const [ax, ay] = xy(KP[`${side}_ankle`]);
    const legPx = Math.hypot(hx - kx, hy - ky) + Math.hypot(kx - ax, ky - ay);
    const hinge = this.counter.push({
      tS,
      hipFlexionDeg: flexionDeg(sx, sy, hx, hy, kx, ky),
      trunkDeg: trunkRaw,
      hipBehindAnkleRatio: (this.d * (ank[0] - hip[0])) / legPx,
    });
    const cues: LiveReading['cues'] = [...hinge.cues];
    if (personSeen && !seen(KP.left_ankle) && !seen(KP.right_ankle)) cues.push('stepBack');
    return {
      kpDisplay,
      cadenceSpm: liveCadenceSpm(this.t, this.hipY),
      trunkDeg: Number.isFinite(trunk) ? trunk : null,
      reps: hinge.reps,
      cues,
      personSeen,
    };
  }

  reset(): void {
    this.kpFilters.forEach((f) => f.reset());
    this.trunkFilter.reset();
    this.counter.reset();
    this.t.length = 0;
    this.hipY.length = 0;
  }
}
