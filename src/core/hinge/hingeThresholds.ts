import { CONSISTENCY_MIN_REPS } from './repConsistency.ts';

/**
 * Default thresholds of the hinge analysis. Every number is either taken from
 * `shared/reference/biomech-notes.md` (section given) or marked as our own heuristic [H]; almost none
 * is a published cut-off, so all of them can be overridden through `analyzeHinge(..., { thresholds })`.
 * Angles in degrees, distances as a fraction of leg length L, times in seconds.
 */
export interface HingeThresholds {
  // --- rep segmentation (biomech-notes §5.6, GT MANIFEST "Reps") ---
  /** A bottom must stand out from the tops by this fraction of the clip's hip-flexion range (§5.6: 35%). */
  repProminenceFrac: number;
  /** ... and by at least this many degrees of hip flexion (a bodyweight hinge drill reaches 45°+), so that a bob or standing still is never a rep [H]. */
  minRepRangeDeg: number;
  /** "Still": hip flexion changing by less than this, deg/s (metrics.md). */
  stillDegPerS: number;
  /** Start/end must lie within this fraction of the rep range of the standing level (GT MANIFEST: 25%). */
  standingZoneFrac: number;
  /** A top above this hip flexion is not "standing": the rep is incomplete [H]. */
  maxStandingHipFlexionDeg: number;

  // --- movement pattern (biomech-notes §5.2 2D classifier [H]) ---
  hingeMinRatio: number; // R ≥ 2.0 and shin < 15° → hinge
  hingeMaxShinDeg: number;
  squatMaxRatio: number; // R < 1.2, or knee > 70° with shin > 20° → squat
  squatMinKneeDeg: number;
  squatMinShinDeg: number;

  // --- squatting-the-hinge (§5.7) ---
  /** Set starting at the top (RDL, good morning, swing): warn when R < this (§5.7: R < 2). */
  squatFlagRatio: number;
  /** ... or when the shin is more inclined than this (§5.7: > 15°). */
  squatFlagShinDeg: number;
  /** Alert when R falls into squat territory (§5.2: R < 1.2) or the shin exceeds this [H]. */
  squatAlertRatio: number;
  squatAlertShinDeg: number;
  /** Deadlift from the floor: knee flexion at the start beyond the typical 60–110° (§5.2) [H]. */
  floorSquatKneeDeg: number;
  /**
   * Issue 13, bent-knee pull norms (liftKind 'deadlift'): squatting-the-hinge when the hip/knee ratio
   * at the bottom is below this (the knees bend more than the hips) or the shin passes deadliftSquatShinDeg.
   * Chosen on the tby66 side+oblique takes and coach demos: k (squatting) takes read ratio 0.7–0.8 and
   * shin 40–42°, every other clip >= 1.2 and <= 31°; 1.0 and 35° sit mid-gap, and leaving any one clip
   * out moves the mid-gap by <= 0.05 / 1° with the held-out clip still on its side.
   */
  deadliftSquatRatio: number;
  deadliftSquatShinDeg: number;
  /** Alert below this ratio [H]. */
  deadliftSquatAlertRatio: number;
  /** Deadlift from the floor: shin beyond the typical 5–20° at the start (§5.7) [H]. */
  floorSquatShinDeg: number;

  // --- hips-not-back [H] ---
  /** Only judged when the trunk tips at least this far forward at the bottom [H]. */
  hipsBackMinTrunkDeg: number;
  /** Warn when the hips moved back less than this fraction of L [H]. */
  hipsBackWarnRatio: number;
  /** Alert below this [H]. */
  hipsBackAlertRatio: number;

  // --- trunk-angle-drift (§5.3: > 10° trunk change; pose error 4–8°, §6) ---
  trunkDriftWarnDeg: number;
  trunkDriftAlertDeg: number;

  // --- lockout (§5.5, §5.7) ---
  leanBackWarnDeg: number; // trunk < −10°
  leanBackAlertDeg: number; // [H]
  incompleteHipDeg: number; // signed hip flexion > 10°
  incompleteKneeDeg: number; // knee flexion > 10°
  incompleteAlertDeg: number; // [H]
  /**
   * Issue 13: lockout hip or knee flexion beyond the lifter's own still standing posture (standingBaseline).
   * Chosen on the 13 good-labelled visible clips (LABELS.json): their median relative lockout reads up
   * to 12° at the hip (coach-demos kettlebell_deadlift, oblique) and 11° at the knee (formfit); 15°
   * keeps a margin; leave-one-clip-out (threshold = max of the other clips + 3°) holds for every clip
   * but formfit's knee (11.2° vs 11.0°). Faulty clips read the same range: this flag is not a fault detector for them.
   */
  incompleteVsStandingDeg: number;
  /** Issue 13: alert past this many degrees short of the standing posture [H]. */
  incompleteVsStandingAlertDeg: number;

  // --- rep-inconsistency (§5.3 (3): drift > 8° from rep 1 to the last; issue 13: and beyond the
  // lifter's own rep-to-rep noise floor, repConsistency.ts) ---
  inconsistencyDriftDeg: number;
  /** Robust rep-duration coefficient of variation above this is an uneven tempo [H]. */
  inconsistencyTempoCv: number;
  /** Reps a trend test runs on (repConsistency CONSISTENCY_MIN_REPS: below 6 no trend can beat a 99.5 % permutation floor); with one rep left out in turn, a set needs one more. Also the least reps for the tempo CV. */
  inconsistencyMinReps: number;

  // --- bar-drift (issue 18, seed 003: the load drifting away from the legs loads the lower back) ---
  /**
   * Warn when the set median of barPathMaxDeviationRatio (the wrist mid-point's farthest distance
   * from the vertical over the mid-foot, leg lengths) passes this; pulls only (lift 'deadlift' or
   * 'rdl'). Chosen on the visible labelled pulls (scripts/bar-drift-calibration.ts: every pull take,
   * good or faulty, reads 0.05–0.19 L, since none of them lets the bar drift), as their highest
   * set median plus a 0.10 L margin, rounded up; leaving any one clip out keeps it below the
   * threshold re-derived from the others. No visible clip shows a real drift, so the sensitivity is
   * known only on synthetic drift (the same script).
   */
  barDriftWarnRatio: number;
  /** Alert past this [H]. */
  barDriftAlertRatio: number;

  // --- leg choice ---
  /** Both legs are "confident" when the median score of their hip, knee and ankle is at least this [H]. */
  bothLegsMinScore: number;
}

export const DEFAULT_HINGE_THRESHOLDS: Readonly<HingeThresholds> = Object.freeze({
  repProminenceFrac: 0.35,
  minRepRangeDeg: 30,
  stillDegPerS: 5,
  standingZoneFrac: 0.25,
  maxStandingHipFlexionDeg: 45,

  hingeMinRatio: 2.0,
  hingeMaxShinDeg: 15,
  squatMaxRatio: 1.2,
  squatMinKneeDeg: 70,
  squatMinShinDeg: 20,

  squatFlagRatio: 2.0,
  squatFlagShinDeg: 15,
  squatAlertRatio: 1.2,
  squatAlertShinDeg: 25,
  floorSquatKneeDeg: 110,
  deadliftSquatRatio: 1.0,
  deadliftSquatShinDeg: 35,
  deadliftSquatAlertRatio: 0.85,
  floorSquatShinDeg: 20,

  hipsBackMinTrunkDeg: 30,
  hipsBackWarnRatio: 0.1,
  hipsBackAlertRatio: 0.03,

  trunkDriftWarnDeg: 10,
  trunkDriftAlertDeg: 15,

  leanBackWarnDeg: -10,
  leanBackAlertDeg: -15,
  incompleteHipDeg: 10,
  incompleteKneeDeg: 10,
  incompleteAlertDeg: 20,
  incompleteVsStandingDeg: 15,
  incompleteVsStandingAlertDeg: 25,

  inconsistencyDriftDeg: 8,
  inconsistencyTempoCv: 0.3,
  inconsistencyMinReps: CONSISTENCY_MIN_REPS,

  barDriftWarnRatio: 0.3,
  barDriftAlertRatio: 0.45,

  bothLegsMinScore: 0.5,
});

/** Where each flag's threshold comes from, quoted in the flag (`thresholdSource`). */
export const HINGE_THRESHOLD_SOURCES: Readonly<Record<string, string>> = Object.freeze({
  'squatting-the-hinge':
    'biomech-notes.md §5.2/§5.7 (hip/knee ratio < 2, shin > 15°; Schellenberg 2013 anchors); floor-start limits heuristic',
  'hips-not-back':
    'heuristic (hipBackShiftRatio with the trunk tipped ≥ 30°); not judged on a kettlebell swing',
  'trunk-angle-drift':
    "biomech-notes.md §5.3 (trunk change > 10°) and §6 pose error 4–8°, and above this clip's keypoint-noise floor; heuristic",
  'hips-rise-first':
    "biomech-notes.md §5.3 (hips shoot up: trunk tips > 10° forward, and above this clip's keypoint-noise floor, while the knees extend > 15° early in the ascent); heuristic",
  'lockout-lean-back': 'biomech-notes.md §5.5/§5.7 (trunk < −10° at lockout), heuristic',
  'incomplete-lockout': 'biomech-notes.md §5.5/§5.7 (hip or knee flexion > 10° at the top), heuristic',
  'bar-drift':
    'heuristic calibrated on 2D keypoints: the visible pulls (0.05–0.19 L, none drifting) plus a 0.10 L margin (scripts/bar-drift-calibration.ts); the wrist mid-point stands in for the bar',
  'rep-inconsistency':
    "biomech-notes.md §5.3 (drift > 8° over the set), beyond a 99.5 % permutation noise floor of the lifter's own reps; robust tempo CV heuristic",
});

/** Defaults overridden by the caller's partial thresholds. */
export function resolveHingeThresholds(partial?: Partial<HingeThresholds>): HingeThresholds {
  return { ...DEFAULT_HINGE_THRESHOLDS, ...(partial ?? {}) };
}
