import type { ThresholdSpec } from '../flags/severity.ts';

/**
 * Default running flag thresholds (override any with `thresholds: { key: warn, 'key.alert': alert }`).
 * Sources: biomech-notes.md; almost all are heuristics [H] because published cut-offs rarely exist
 * (Souza 2016: "a sliding scale"). Ratios are in units of leg length L.
 */
export const RUN_THRESHOLDS = {
  peakKneeFlexionStanceDeg: { warn: 45, alert: 50, higherIsWorse: true, unit: 'deg', source: 'heuristic (biomech-notes §4.5: > 45° in the knee-dominant composite, > 50° "sitting")' },
  trunkLeanUprightDeg: { warn: 5, alert: 3, higherIsWorse: false, unit: 'deg', source: 'heuristic (biomech-notes §4.5/4.7: < 5° upright; < 3° very upright; Teng & Powers 2014)' },
  kneeForwardTravelRatio: { warn: 0.35, alert: 0.45, higherIsWorse: true, unit: 'L', source: 'heuristic' },
  hipDropStanceRatio: { warn: 0.1, alert: 0.13, higherIsWorse: true, unit: 'L', source: 'heuristic' },
  verticalOscillationRatio: { warn: 0.12, alert: 0.15, higherIsWorse: true, unit: 'L', source: 'heuristic (biomech-notes §4.6: VO > 6 % of height ≈ 0.12 L)' },
  shankAngleAtContactDeg: { warn: 10, alert: 15, higherIsWorse: true, unit: 'deg', source: 'heuristic (biomech-notes §4.3: tibia angle at IC > 10°)' },
  kneeFlexionAtContactDeg: { warn: 12, alert: 8, higherIsWorse: false, unit: 'deg', source: 'heuristic (biomech-notes §4.4: < 12° extended-knee landing; Bramah 2018)' },
  footAheadOfHipRatio: { warn: 0.3, alert: 0.38, higherIsWorse: true, unit: 'L', source: 'heuristic (biomech-notes §4.3: > 0.30 L; Lieberman 2015 for the hip reference)' },
  cadenceLowSpm: { warn: 160, alert: 150, higherIsWorse: false, unit: 'steps/min', source: 'heuristic (biomech-notes §4.8: < 160 only together with overstride; Heiderscheit 2011)' },
  trailingLegRatio: { warn: 0.6, alert: 0.7, higherIsWorse: true, unit: 'L', source: 'heuristic (our metric: ankle behind hip-mid at toe-off)' },
  pelvicDropDeg: { warn: 7, alert: 9, higherIsWorse: true, unit: 'deg', source: 'heuristic (biomech-notes §4.1: mean > 7–8°; Bramah 2018 OR 1.8 per degree)' },
  kneeFppaDeg: { warn: 10, alert: 15, higherIsWorse: true, unit: 'deg', source: 'heuristic (biomech-notes §4.2: > 10° over ≥ 7 steps; screening cue only)' },
  stepWidthRatio: { warn: 0.035, alert: 0, higherIsWorse: false, unit: 'L', source: 'heuristic (biomech-notes §4.10: < 3 cm ≈ 0.035 L; ≤ 0 on the midline)' },
  asymmetryDeg: { warn: 5, alert: 8, higherIsWorse: true, unit: 'deg', source: 'heuristic (above 2D angle SDD 2.3–4.8°, Dingenen 2018)' },
  asymmetryRatio: { warn: 0.05, alert: 0.08, higherIsWorse: true, unit: 'L', source: 'heuristic' },
  asymmetryContactIndex: { warn: 0.05, alert: 0.1, higherIsWorse: true, unit: 'index', source: 'heuristic (biomech-notes §4.9: L–R contact time > 4–5 %)' },
  breakdownDeg: { warn: 4, alert: 7, higherIsWorse: true, unit: 'deg', source: 'heuristic (first vs last third, above step-to-step noise)' },
  breakdownRatio: { warn: 0.02, alert: 0.04, higherIsWorse: true, unit: 'L', source: 'heuristic' },
  breakdownCadencePct: { warn: 3, alert: 6, higherIsWorse: true, unit: '%', source: 'heuristic' },
} satisfies Record<string, ThresholdSpec>;

export type RunThresholdKey = keyof typeof RUN_THRESHOLDS;
