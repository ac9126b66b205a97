import type { ThresholdSpec } from '../flags/severity.ts';

/**
 * Running flag thresholds in the 2D metrics as this product measures them (override any with
 * `thresholds: { key: warn, 'key.alert': alert }`). The speed-dependent ones (foot placement,
 * shank, trailing leg) are in runNorms.ts; an override of those keys replaces the speed norm.
 *
 * Each level below is `healthy high + margin`: the healthy high is the largest (smallest, for
 * lower-is-worse) ground-truth step value of the healthy runners of the visible mocap fixtures
 * (Hamner s04 2–5 m/s treadmill, Dorn JA1 7.0/9.4 m/s overground), the margin the metric's
 * accepted measurement error (shared/tools/score.py tolerance). `scripts/flag-calibration.ts`
 * prints both and the leave-one-speed/subject-out check. The 3D literature cut-offs of
 * biomech-notes.md are named where they agree; where they do not, the 2D data win (a 2D
 * keypoint knee near full extension reads 0–11° on a healthy runner: no threshold on it can
 * separate anything, so `kneeFlexionAtContactDeg` is no longer an overstride sign).
 */
export const RUN_THRESHOLDS = {
  // Healthy GT max 52.5° (Hamner 4 m/s) + 4° tolerance; biomech-notes §4.5 "> 50° sitting" (3D).
  peakKneeFlexionStanceDeg: {
    warn: 56,
    alert: 60,
    higherIsWorse: true,
    unit: 'deg',
    source:
      '2D calibrated: healthy mocap max 52.5° + 4° error (scripts/flag-calibration.ts); biomech-notes §4.5',
  },
  // A support sign only (healthy sprinter Dorn 7 m/s runs at 0.4–2.2°: upright alone is no fault).
  trunkLeanUprightDeg: {
    warn: 5,
    alert: 3,
    higherIsWorse: false,
    unit: 'deg',
    source: 'biomech-notes §4.5/4.7: < 5° upright (Teng & Powers 2014); support sign only',
  },
  // Healthy GT max 0.097 L (Hamner 2 m/s) + 0.02 tolerance.
  hipDropStanceRatio: {
    warn: 0.12,
    alert: 0.14,
    higherIsWorse: true,
    unit: 'L',
    source: '2D calibrated: healthy mocap max 0.097 L + 0.02 (scripts/flag-calibration.ts)',
  },
  // Healthy GT max 0.112 L (Hamner 2–4 m/s) + 0.02 tolerance; biomech-notes §4.6: VO > 6 % of height ≈ 0.12 L.
  verticalOscillationRatio: {
    warn: 0.13,
    alert: 0.15,
    higherIsWorse: true,
    unit: 'L',
    source:
      '2D calibrated: healthy mocap max 0.112 L + 0.02 (scripts/flag-calibration.ts); biomech-notes §4.6',
  },
  // Speed norms (runNorms.ts); these static values are used only as user overrides' defaults.
  shankAngleAtContactDeg: {
    warn: NaN,
    alert: NaN,
    higherIsWorse: true,
    unit: 'deg',
    source: '2D calibrated speed norm (runNorms.ts, scripts/flag-calibration.ts)',
  },
  footAheadOfHipRatio: {
    warn: NaN,
    alert: NaN,
    higherIsWorse: true,
    unit: 'L',
    source: '2D calibrated speed norm (runNorms.ts, scripts/flag-calibration.ts)',
  },
  trailingLegRatio: {
    warn: NaN,
    alert: NaN,
    higherIsWorse: true,
    unit: 'L',
    source: '2D calibrated speed norm (runNorms.ts, scripts/flag-calibration.ts)',
  },
  // Cadence this many steps/min below the expected cadence at the user's speed (Hamner s04 fit
  // 123.5 + 13.1·v steps/min; between-runner spread [H]); only with a speed the user gave.
  cadenceLowSpm: {
    warn: 15,
    alert: 25,
    higherIsWorse: true,
    unit: 'steps/min below expected',
    source:
      'heuristic (biomech-notes §4.8: low cadence only together with overstride); expected cadence from Hamner s04',
  },
  // Rear view. Healthy GT max per-side median 9.2° (Dorn 9.4 m/s; Hamner ≤ 6.1°) + 2° tolerance.
  pelvicDropDeg: {
    warn: 11,
    alert: 13,
    higherIsWorse: true,
    unit: 'deg',
    source:
      '2D calibrated: healthy mocap per-side median max 9.2° + 2° (scripts/flag-calibration.ts); biomech-notes §4.1',
  },
  kneeFppaDeg: {
    warn: 10,
    alert: 15,
    higherIsWorse: true,
    unit: 'deg',
    source: 'heuristic (biomech-notes §4.2: > 10°; screening cue only; healthy mocap is varus, −17 to −2°)',
  },
  // Healthy GT min −0.021 L (Hamner 5 m/s: feet land on the midline at speed) − 0.04 tolerance.
  stepWidthRatio: {
    warn: -0.06,
    alert: -0.1,
    higherIsWorse: false,
    unit: 'L',
    source:
      '2D calibrated: healthy mocap min −0.021 L − 0.04 (scripts/flag-calibration.ts); biomech-notes §4.10',
  },
  // Rear view only (a side view's far leg is not comparable with its near leg). Healthy GT
  // max |L − R| of per-side medians: pelvic drop 5.3° (Dorn 9.4 m/s) + 2√2° (two medians' error).
  asymmetryDeg: {
    warn: 8,
    alert: 11,
    higherIsWorse: true,
    unit: 'deg',
    source: '2D calibrated: healthy mocap max L−R 5.3° + 2.8° (scripts/flag-calibration.ts)',
  },
  asymmetryRatio: {
    warn: 0.08,
    alert: 0.12,
    higherIsWorse: true,
    unit: 'L',
    source:
      '2D calibrated: healthy mocap max L−R 0.019 L (step width) + 0.04√2 (scripts/flag-calibration.ts)',
  },
  asymmetryContactIndex: {
    warn: 0.1,
    alert: 0.15,
    higherIsWorse: true,
    unit: 'index',
    source: 'heuristic (biomech-notes §4.9: L–R contact time > 4–5 %, doubled for 30 fps timing)',
  },
  breakdownDeg: {
    warn: 4,
    alert: 7,
    higherIsWorse: true,
    unit: 'deg',
    source: 'heuristic (first vs last third, and beyond the step-to-step permutation noise floor)',
  },
  breakdownRatio: {
    warn: 0.02,
    alert: 0.04,
    higherIsWorse: true,
    unit: 'L',
    source: 'heuristic (and beyond the step-to-step permutation noise floor)',
  },
  breakdownCadencePct: { warn: 3, alert: 6, higherIsWorse: true, unit: '%', source: 'heuristic' },
} satisfies Record<string, ThresholdSpec>;

export type RunThresholdKey = keyof typeof RUN_THRESHOLDS;
