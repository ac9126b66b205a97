/**
 * Live hinge rep counter and cues (display only). A rep is counted when hip flexion goes past
 * `bottomDeg` and comes back under `topDeg` (hysteresis, so noise near one line cannot count twice).
 * The defaults sit inside the RDL/deadlift ranges of biomech-notes.md §5.2: standing ~0–15°,
 * bottom of a hinge 60–110°.
 */
export interface HingeSample {
  tS: number;
  /** 180° − θ(shoulder, hip, knee), degrees. */
  hipFlexionDeg: number;
  /** incl(hipMid → shoulderMid), degrees, negative when leaning back. */
  trunkDeg: number;
  /** d·(x_ankleMid − x_hipMid) / L: how far the hips sit behind the ankles, leg lengths. */
  hipBehindAnkleRatio: number;
}

export type LiveCue = 'hipsBack' | 'leanBack';

export interface HingeLiveState {
  reps: number;
  phase: 'top' | 'down';
  cues: LiveCue[];
}

export interface HingeCounterOptions {
  topDeg?: number;
  bottomDeg?: number;
  /** Trunk this far forward with the hips still over the ankles → "hips back" (degrees). */
  cueTrunkDeg?: number;
  /** Hips behind the ankles by less than this (leg lengths) while the trunk tips → "hips back". */
  cueHipBackRatio?: number;
  /** Trunk behind vertical by more than this at the top → lean-back cue (biomech-notes §5.5: −10°). */
  leanBackDeg?: number;
}

export class HingeRepCounter {
  private state: HingeLiveState = { reps: 0, phase: 'top', cues: [] };
  private readonly o: Required<HingeCounterOptions>;

  constructor(opts: HingeCounterOptions = {}) {
    this.o = { topDeg: 25, bottomDeg: 55, cueTrunkDeg: 35, cueHipBackRatio: 0.08, leanBackDeg: 10, ...opts };
  }

  push(s: HingeSample): HingeLiveState {
    const o = this.o;
    const cues: LiveCue[] = [];
    let { reps, phase } = this.state;
    if (Number.isFinite(s.hipFlexionDeg)) {
      if (phase === 'top' && s.hipFlexionDeg > o.bottomDeg) phase = 'down';
      else if (phase === 'down' && s.hipFlexionDeg < o.topDeg) {
        phase = 'top';
        reps++;
      }
    }
    if (s.trunkDeg > o.cueTrunkDeg && s.hipBehindAnkleRatio < o.cueHipBackRatio) cues.push('hipsBack');
    if (phase === 'top' && s.trunkDeg < -o.leanBackDeg) cues.push('leanBack');
    this.state = { reps, phase, cues };
    return this.state;
  }

  reset(): void {
    this.state = { reps: 0, phase: 'top', cues: [] };
  }
}
