import type { RepIndices } from './segmentReps.ts';

/** Phases of one rep, seconds (biomech-notes §5.6 step 3–4). */
export interface RepPhases {
  /** startT → the bottom pause begins (eccentric). 0 for a rep that starts at the floor. */
  loweringS: number;
  /** Time held at the bottom (hip flexion within 10% of the rep range of the bottom and barely moving). */
  bottomPauseS: number;
  /** Bottom pause ends → endT (concentric). */
  risingS: number;
  /** endT → next rep's startT; null for the last rep. */
  topPauseS: number | null;
  /** `lowering-pause-rising-topPause` in seconds with one decimal (e.g. "2.0-1.0-1.1-0.5"). */
  tempo: string;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Lowering / pause / rising from the hip-flexion series. "Barely moving" is |rate| below three
 * times the still threshold: a continuous turnaround passes through zero speed for only a few
 * hundredths of a second, while a deliberate pause stays slow for its whole length [H].
 */
export function repPhases(
  hip: Float64Array,
  rate: Float64Array,
  fsHz: number,
  rep: RepIndices,
  nextStartI: number | null,
  stillDegPerS: number,
): RepPhases {
  const { startI, bottomI, endI } = rep;
  const top = Math.min(hip[startI]!, hip[endI]!);
  const near = hip[bottomI]! - 0.1 * (hip[bottomI]! - top);
  const slow = 3 * stillDegPerS;
  const paused = (i: number) => hip[i]! >= near && Math.abs(rate[i]!) < slow;
  let p0 = bottomI;
  let p1 = bottomI;
  if (paused(bottomI)) {
    while (p0 > startI && paused(p0 - 1)) p0--;
    while (p1 < endI && paused(p1 + 1)) p1++;
  }
  if (rep.startKind === 'bottom') p0 = startI;
  const loweringS = (p0 - startI) / fsHz;
  const bottomPauseS = (p1 - p0) / fsHz;
  const risingS = (endI - p1) / fsHz;
  const topPauseS = nextStartI === null ? null : Math.max(0, nextStartI - endI) / fsHz;
  const f = (v: number | null) => (v === null ? '-' : v.toFixed(1));
  return {
    loweringS: r2(loweringS),
    bottomPauseS: r2(bottomPauseS),
    risingS: r2(risingS),
    topPauseS: topPauseS === null ? null : r2(topPauseS),
    tempo: `${f(loweringS)}-${f(bottomPauseS)}-${f(risingS)}-${f(topPauseS)}`,
  };
}
