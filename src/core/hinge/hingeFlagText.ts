import type { CoreText, TextRef } from '../report/report.ts';

/**
 * The hinge flags' texts as keys and parameters: the words (English and Japanese, written for
 * hipcheck, not taken from the source articles) are in the report catalogues, `hinge.<name>.title`
 * and `hinge.<name>.detail` (src/text). 2D keypoints cannot see the spine, so nothing there claims
 * to measure spinal flexion. Numbers are set medians over the reps, formatted by the catalogue.
 */
export interface FlagText {
  title: CoreText;
  detail: CoreText;
}

const flagText = (name: string, params: Record<string, number | readonly TextRef[]>): FlagText => ({
  title: { key: `hinge.${name}.title` },
  detail: { key: `hinge.${name}.detail`, params },
});

export const hingeFlagText = {
  squattingTop: (ratio: number, shin: number, knee: number): FlagText =>
    flagText('squattingTop', { ratio, shin, knee }),
  squattingFloor: (knee: number, shin: number): FlagText => flagText('squattingFloor', { knee, shin }),
  hipsNotBack: (shift: number, trunk: number): FlagText => flagText('hipsNotBack', { shift, trunk }),
  trunkDrift: (drift: number): FlagText => flagText('trunkDrift', { drift }),
  barDrift: (devRatio: number, devCm: number): FlagText => flagText('barDrift', { devRatio, devCm }),
  hipsShootUp: (trunk: number, knee: number): FlagText => flagText('hipsShootUp', { trunk, knee }),
  leanBack: (trunk: number): FlagText => flagText('leanBack', { trunk }),
  /** Issue 13: lean-back against the lifter's own still standing posture in the clip. */
  leanBackVsStanding: (pastDeg: number): FlagText => flagText('leanBackVsStanding', { pastDeg }),
  /** Issue 13: lockout short of the lifter's own still standing posture in the clip. */
  incompleteVsStanding: (hipShortDeg: number, kneeShortDeg: number): FlagText =>
    flagText('incompleteVsStanding', { hipShortDeg, kneeShortDeg }),
  incompleteLockout: (hip: number, knee: number): FlagText => flagText('incompleteLockout', { hip, knee }),
  /** What drifts over the set (hinge.inconsistency.drift / .tempo), read one after the other. */
  inconsistency: (parts: readonly TextRef[]): FlagText => flagText('inconsistency', { parts }),
};
