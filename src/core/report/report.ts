import type { Side } from '../track/keypoints.ts';

/** The `hipcheck-report` v1 (metrics.md, Report JSON). Missing values are null or absent, never invented. */
export type Activity = 'run' | 'hinge';
export type View = 'side' | 'rear' | 'front';
export type Severity = 'info' | 'warn' | 'alert';

export interface LocalizedText {
  en: string;
  ja: string;
}

export interface FlagEvidence {
  /** Time of the evidence frame, seconds from the start of the video. */
  t: number;
  metric: string;
  value: number;
  /** Optional: the threshold the value was compared with. */
  threshold?: number;
  side?: Side | null;
}

export interface Drill {
  id: string;
  name: LocalizedText;
  /** What it trains and why it fits the flag. */
  why: LocalizedText;
}

export interface Flag {
  id: string;
  severity: Severity;
  side: Side | null;
  evidence: FlagEvidence[];
  title: LocalizedText;
  detail: LocalizedText;
  /** 0..1: how much the evidence can be trusted (steps/reps available, keypoint quality). */
  confidence?: number;
  drills?: Drill[];
  /** Where the threshold comes from: a citation or "heuristic". */
  thresholdSource?: string;
  /** How many events (steps or reps) the flag rests on, and how many it needs for full confidence. */
  nEvents?: number;
  minEvents?: number;
}

/** One running step (side and rear/front view metrics; those the view cannot measure are null/absent). */
export interface RunStep {
  side: Side;
  contactT: number;
  toeOffT?: number | null;
  kneeFlexionAtContactDeg?: number | null;
  peakKneeFlexionStanceDeg?: number | null;
  shankAngleAtContactDeg?: number | null;
  footAheadOfHipRatio?: number | null;
  footAheadOfComRatio?: number | null;
  kneeForwardTravelRatio?: number | null;
  trunkLeanDeg?: number | null;
  hipDropStanceRatio?: number | null;
  verticalOscillationRatio?: number | null;
  contactTimeS?: number | null;
  pelvicDropDeg?: number | null;
  kneeFppaDeg?: number | null;
  stepWidthRatio?: number | null;
  confidence?: number;
  [metric: string]: unknown;
}

export interface HingeRep {
  startT: number;
  bottomT: number;
  endT: number;
  trunkAngleDeg?: number | null;
  hipFlexionDeg?: number | null;
  kneeFlexionDeg?: number | null;
  hipKneeRatio?: number | null;
  shinAngleDeg?: number | null;
  hipBackShiftRatio?: number | null;
  trunkDriftDeg?: number | null;
  lockoutTrunkDeg?: number | null;
  /** Issue 18: the bar (wrist mid-point) per rep; barPath.ts. */
  barPathMaxDeviationRatio?: number | null;
  barPathMaxDeviationCm?: number | null;
  barPathMaxDeviationT?: number | null;
  barMidfootXPx?: number | null;
  barConcentricMeanVelocityMps?: number | null;
  barConcentricPeakVelocityMps?: number | null;
  barConcentricMeanVelocityLps?: number | null;
  barConcentricStartT?: number | null;
  barConcentricEndT?: number | null;
  [metric: string]: unknown;
}

export type MetricSummary = Record<string, number | null>;

export interface RunSection {
  cadenceSpm: number | null;
  steps: RunStep[];
  summary: { left: MetricSummary; right: MetricSummary; [k: string]: unknown };
  /**
   * False when the clip does not look like real-time running (walking, slow motion, too few
   * contacts): only the contacts are kept and no running flag is computed.
   */
  running?: boolean;
  [key: string]: unknown;
}

export interface HingeSection {
  repCount: number;
  reps: HingeRep[];
  /** Issue 18: velocity loss across the set, % (barPath.ts velocityLossPct), and where the m/s scale came from. */
  velocityLossPct?: number | null;
  velocityScale?: 'plate' | 'subjectHeight' | null;
  [key: string]: unknown;
}

export interface Quality {
  framesWithPose: number;
  meanScore: number;
  /** English, as metrics.md has it. */
  warnings: string[];
  /** The same warnings in the same order, in English and Japanese (absent in older reports). */
  warningText?: LocalizedText[];
  /** Present when the cadence says the file is slow motion saved at this factor (4 or 8). */
  suggestedSlowmoFactor?: number;
  [key: string]: unknown;
}

export interface Report {
  format: 'hipcheck-report';
  version: 1;
  activity: Activity;
  view: View;
  source: { name: string; durationS: number; fps: number; [key: string]: unknown };
  run?: RunSection;
  hinge?: HingeSection;
  flags: Flag[];
  quality: Quality;
  [key: string]: unknown;
}
