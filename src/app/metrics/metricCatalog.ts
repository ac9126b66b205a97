import type { HingeRepMetricKey, RunMetric } from '../../core/report/report.ts';
import {
  contactTimeHighS,
  expectedCadenceSpm,
  normLevels,
  RUN_SPEED_NORMS,
  type RunSpeed,
  type SpeedNorm,
} from '../../core/run/runNorms.ts';
import { RUN_THRESHOLDS } from '../../core/run/runThresholds.ts';
import type { UnitKind } from '../i18n/formatters.ts';

/**
 * What the review screen knows about each report metric: its unit and the typical range shown next
 * to a value. Running bands are the SAME norms the flags use (runThresholds.ts, runNorms.ts), in
 * the 2D metrics as this product measures them, from the healthy mocap runners
 * (scripts/flag-calibration.ts): a value outside the band is what would raise a flag. Where the
 * norm depends on running speed the band does too (metricRange); a metric with no 2D norm (knee
 * flexion at contact: 0–11° on a healthy runner, 19–30° on another) has no band rather than an
 * invented one. The UI says "typical", never "normal".
 */
export interface MetricInfo {
  unit: UnitKind;
  /** Typical band [low, high]; null ends are open. */
  range?: readonly [number | null, number | null];
  source?: string;
}

const TH = RUN_THRESHOLDS;
const CAL = 'scripts/flag-calibration.ts';

export const METRICS: Readonly<Record<string, MetricInfo>> = {
  cadenceSpm: { unit: 'spm' },
  contactTimeS: { unit: 's' },
  kneeFlexionAtContactDeg: { unit: 'deg' },
  peakKneeFlexionStanceDeg: {
    unit: 'deg',
    range: [30, TH.peakKneeFlexionStanceDeg.warn],
    source: `§4.5; ${CAL}`,
  },
  shankAngleAtContactDeg: { unit: 'deg' },
  footAheadOfHipRatio: { unit: 'ratio' },
  footAheadOfComRatio: { unit: 'ratio' },
  kneeForwardTravelRatio: { unit: 'ratio' },
  trunkLeanDeg: { unit: 'deg', range: [0, 15], source: '§4.7 (healthy sprinter at 0.4–2°)' },
  hipDropStanceRatio: { unit: 'ratio', range: [null, TH.hipDropStanceRatio.warn], source: CAL },
  trailingLegRatio: { unit: 'ratio' },
  verticalOscillationRatio: { unit: 'ratio', range: [null, TH.verticalOscillationRatio.warn], source: CAL },
  pelvicDropDeg: { unit: 'deg', range: [null, TH.pelvicDropDeg.warn], source: `§4.1; ${CAL}` },
  kneeFppaDeg: { unit: 'deg', range: [null, TH.kneeFppaDeg.warn], source: '§4.2' },
  stepWidthRatio: { unit: 'ratio', range: [TH.stepWidthRatio.warn, null], source: `§4.10; ${CAL}` },
  trunkAngleDeg: { unit: 'deg' },
  hipFlexionDeg: { unit: 'deg' },
  kneeFlexionDeg: { unit: 'deg' },
  hipKneeRatio: { unit: 'factor', range: [2, null], source: '§5.2' },
  shinAngleDeg: { unit: 'deg', range: [null, 15], source: '§5.7' },
  hipBackShiftRatio: { unit: 'ratio' },
  trunkDriftDeg: { unit: 'deg' },
  lockoutTrunkDeg: { unit: 'deg', range: [-5, 5], source: '§5.5' },
  // Issue 13: lockout against the lifter's own still standing posture in the clip.
  lockoutTrunkVsStandingDeg: { unit: 'deg' },
  lockoutHipVsStandingDeg: { unit: 'deg' },
  lockoutKneeVsStandingDeg: { unit: 'deg' },
  // Issue 18: the bar (wrist mid-point).
  barPathMaxDeviationRatio: { unit: 'ratio' },
  barConcentricMeanVelocityMps: { unit: 'mps' },
  barConcentricPeakVelocityMps: { unit: 'mps' },
  barConcentricMeanVelocityLps: { unit: 'lps' },
};

/** The speed the run's norms used (report.run.speed): given by the user or estimated from cadence. */
export type NormSpeed = RunSpeed;

const r3 = (v: number) => Math.round(v * 1000) / 1000;

/**
 * The typical band of a metric at the run's speed: the speed norms (foot ahead of hip, shank,
 * trailing leg: up to the flag's warn level; contact time: up to its upper end; cadence: not far
 * below the cadence expected at a speed the user gave), else the static band of METRICS.
 */
export function metricRange(name: string, speed?: NormSpeed | null): MetricInfo['range'] {
  const n = (RUN_SPEED_NORMS as Record<string, SpeedNorm>)[name];
  if (n) return speed ? [null, r3(normLevels(n, speed.mps).warn)] : undefined;
  if (name === 'contactTimeS') return speed ? [null, contactTimeHighS(speed.mps)] : undefined;
  if (name === 'cadenceSpm')
    return speed?.source === 'user'
      ? [Math.round(expectedCadenceSpm(speed.mps) - TH.cadenceLowSpm.warn), null]
      : undefined;
  return METRICS[name]?.range;
}

/** Side-view running metrics, in the order the cards and the step table show them. */
export const RUN_SIDE_METRICS = [
  'contactTimeS',
  'kneeFlexionAtContactDeg',
  'peakKneeFlexionStanceDeg',
  'shankAngleAtContactDeg',
  'footAheadOfHipRatio',
  'kneeForwardTravelRatio',
  'trunkLeanDeg',
  'hipDropStanceRatio',
  'verticalOscillationRatio',
  'trailingLegRatio',
] as const satisfies readonly RunMetric[];

/** Rear/front-view running metrics. */
export const RUN_FRONTAL_METRICS = [
  'contactTimeS',
  'pelvicDropDeg',
  'kneeFppaDeg',
  'stepWidthRatio',
] as const satisfies readonly RunMetric[];

/** Hinge per-rep metrics, in table order. */
export const HINGE_METRICS = [
  'trunkAngleDeg',
  'hipFlexionDeg',
  'kneeFlexionDeg',
  'hipKneeRatio',
  'shinAngleDeg',
  'hipBackShiftRatio',
  'trunkDriftDeg',
  'lockoutTrunkDeg',
  'lockoutTrunkVsStandingDeg',
  'lockoutHipVsStandingDeg',
  'lockoutKneeVsStandingDeg',
  'barPathMaxDeviationRatio',
  'barConcentricMeanVelocityMps',
  'barConcentricPeakVelocityMps',
  'barConcentricMeanVelocityLps',
] as const satisfies readonly HingeRepMetricKey[];

/** Unit of any metric name: from the catalog, else from the suffix the contract's names carry. */
export function metricUnit(metric: string): UnitKind {
  const name = metric.split('.')[0]!;
  const known = METRICS[name];
  if (known) return known.unit;
  if (name.endsWith('Deg')) return 'deg';
  if (name.endsWith('Spm')) return 'spm';
  if (name.endsWith('S') || name.endsWith('T')) return 's';
  return 'ratio';
}

/** Whether `v` lies inside the metric's typical band (null when the metric has none or v is missing). */
export function inTypicalRange(
  name: string,
  v: number | null | undefined,
  speed?: NormSpeed | null,
): boolean | null {
  const r = metricRange(name, speed);
  if (!r || typeof v !== 'number' || !Number.isFinite(v)) return null;
  return (r[0] === null || v >= r[0]) && (r[1] === null || v <= r[1]);
}
