import type { UnitKind } from '../i18n/formatters.ts';

/**
 * What the review screen knows about each report metric: its unit and the typical range shown next
 * to a value. Ranges are the "typical healthy" bands of biomech-notes.md (section in `source`); most
 * are heuristics [H] there, and the UI says "typical", never "normal". A metric with no published
 * band in its own unit has no range rather than an invented one.
 */
export interface MetricInfo {
  unit: UnitKind;
  /** Typical band [low, high]; null ends are open. */
  range?: readonly [number | null, number | null];
  source?: string;
}

export const METRICS: Readonly<Record<string, MetricInfo>> = {
  cadenceSpm: { unit: 'spm', range: [160, 190], source: '§4.8' },
  contactTimeS: { unit: 's', range: [0.2, 0.3], source: '§4.9' },
  kneeFlexionAtContactDeg: { unit: 'deg', range: [15, 25], source: '§4.4' },
  peakKneeFlexionStanceDeg: { unit: 'deg', range: [30, 50], source: '§4.5' },
  shankAngleAtContactDeg: { unit: 'deg', range: [0, 8], source: '§4.3' },
  footAheadOfHipRatio: { unit: 'ratio', range: [null, 0.3], source: '§4.3' },
  footAheadOfComRatio: { unit: 'ratio' },
  kneeForwardTravelRatio: { unit: 'ratio' },
  trunkLeanDeg: { unit: 'deg', range: [3, 15], source: '§4.7' },
  hipDropStanceRatio: { unit: 'ratio' },
  trailingLegRatio: { unit: 'ratio' },
  verticalOscillationRatio: { unit: 'ratio' },
  pelvicDropDeg: { unit: 'deg', range: [null, 7], source: '§4.1' },
  kneeFppaDeg: { unit: 'deg', range: [null, 10], source: '§4.2' },
  stepWidthRatio: { unit: 'ratio', range: [0.035, null], source: '§4.10' },
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
};

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
] as const;

/** Rear/front-view running metrics. */
export const RUN_FRONTAL_METRICS = ['contactTimeS', 'pelvicDropDeg', 'kneeFppaDeg', 'stepWidthRatio'] as const;

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
] as const;

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
export function inTypicalRange(name: string, v: number | null | undefined): boolean | null {
  const r = METRICS[name]?.range;
  if (!r || typeof v !== 'number' || !Number.isFinite(v)) return null;
  return (r[0] === null || v >= r[0]) && (r[1] === null || v <= r[1]);
}
