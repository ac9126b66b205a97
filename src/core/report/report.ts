import type { RepBar } from '../hinge/barPath.ts';
import type { HingePattern } from '../hinge/hingePattern.ts';
import type { LegChoice } from '../hinge/legChoice.ts';
import type { LiftKind } from '../hinge/liftKind.ts';
import type { ConsistencyMetric } from '../hinge/repConsistency.ts';
import type { RepPhases } from '../hinge/repPhases.ts';
import type { IncompleteRep } from '../hinge/segmentReps.ts';
import type { StandingBaseline } from '../hinge/standingBaseline.ts';
import type { RunSpeed } from '../run/runNorms.ts';
import type { RunTrend } from '../run/runTrend.ts';
import type { Side } from '../track/keypoints.ts';

/** The `hipcheck-report` v1 (metrics.md, Report JSON). Missing values are null or absent, never invented. */
export type Activity = 'run' | 'hinge';
export type View = 'side' | 'rear' | 'front';
export type Severity = 'info' | 'warn' | 'alert';

export interface LocalizedText {
  en: string;
  ja: string;
}

/**
 * A user text as the core emits it (issue 14: the core holds no words): a key of the report
 * catalogues (src/text) and its parameters. The edge that writes the report (the analysis worker,
 * the CLI) turns every one into a `LocalizedText` with src/text's `localizeReport`.
 */
export interface TextRef {
  key: string;
  params?: Readonly<Record<string, TextParam>>;
}

/** A parameter of a text: a number or word the catalogue formats, or a nested text. */
export type TextParam = number | string | boolean | null | readonly number[] | TextRef | readonly TextRef[];

/** A text in one or more parts, read one after the other (a flag's detail, then a note on it). */
export type CoreText = TextRef | readonly TextRef[];

export interface FlagEvidence {
  /** Time of the evidence frame, seconds from the start of the video. */
  t: number;
  metric: string;
  value: number;
  /** Optional: the threshold the value was compared with. */
  threshold?: number;
  side?: Side | null;
}

/** `T`: `LocalizedText` in a written report, `CoreText` as the core emits it. */
export interface Drill<T = LocalizedText> {
  id: string;
  name: T;
  /** What it trains and why it fits the flag. */
  why: T;
}

export interface Flag<T = LocalizedText> {
  id: string;
  severity: Severity;
  side: Side | null;
  evidence: FlagEvidence[];
  title: T;
  detail: T;
  /** 0..1: how much the evidence can be trusted (steps/reps available, keypoint quality). */
  confidence?: number;
  drills?: Drill<T>[];
  /** Where the threshold comes from: a citation or "heuristic". */
  thresholdSource?: string;
  /** How many events (steps or reps) the flag rests on, and how many it needs for full confidence. */
  nEvents?: number;
  minEvents?: number;
}

/**
 * The per-step running metrics (metrics.md, side and rear/front view): a view that cannot measure
 * one leaves it null or absent. `RUN_STEP_METRICS` (runSummary.ts) lists them in summary order.
 */
export interface RunStepMetrics {
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
  /** How far the ankle is behind the hip midpoint at toe-off, `d·(x_hipMid − x_ankle)/L` (stepMetricsSide.ts). */
  trailingLegRatio?: number | null;
  pelvicDropDeg?: number | null;
  kneeFppaDeg?: number | null;
  stepWidthRatio?: number | null;
}

/** The name of a per-step running metric. */
export type RunMetric = keyof RunStepMetrics;

/** One running step (side and rear/front view metrics; those the view cannot measure are null/absent). */
export interface RunStep extends RunStepMetrics {
  side: Side;
  contactT: number;
  toeOffT?: number | null;
  /** True when the toe-off was estimated (the stance is cut by the clip's end); absent otherwise. */
  toeOffEstimated?: boolean;
  confidence?: number;
  /** Lowest model score of the leg's hip, knee and ankle at contact and toe-off (side view). */
  legScore?: number | null;
}

/** Times of one rep (metrics.md) and how it began. */
export interface HingeRepTimes {
  startT: number;
  bottomT: number;
  endT: number;
  /** 'top': began standing (RDL, squat, swing); 'bottom': began at the bottom (deadlift from the floor). */
  startKind: 'top' | 'bottom';
}

/** The side-view numbers of one rep: metrics.md's, then the additive ones (repMetrics.ts). */
export interface HingeRepSideMetrics {
  trunkAngleDeg: number | null;
  hipFlexionDeg: number | null;
  kneeFlexionDeg: number | null;
  hipKneeRatio: number | null;
  shinAngleDeg: number | null;
  hipBackShiftRatio: number | null;
  trunkDriftDeg: number | null;
  lockoutTrunkDeg: number | null;
  legs: LegChoice;
  /** Signed hip flexion φ_trunk + φ_thigh at endT (biomech-notes §5.1; negative = extended past neutral). */
  lockoutHipFlexionDeg: number | null;
  /**
   * Most backward trunk inclination held for ≥ 0.2 s while standing after the rep (endT up to the
   * next rep's start, at most 1.5 s): biomech-notes §5.5 asks for a lean "sustained for > 0.2 s",
   * and the trunk often keeps leaning back after endT, where the hip angle is already still.
   */
  lockoutLeanBackDeg: number | null;
  /** Knee flexion at endT. */
  lockoutKneeFlexionDeg: number | null;
  /** How far hipMid went down from the standing reference to the bottom, / L̄. */
  hipDropRatio: number | null;
  /** Direction of the hip path standing → bottom: 0° straight back, 90° straight down. */
  hipPathDeg: number | null;
  /** Early rise: max increase of trunk inclination (more horizontal) while the hips rise the first half (§5.3 "hips shoot up"). */
  earlyRiseTrunkChangeDeg: number | null;
  /** Knee extension over that same early-rise window. */
  earlyRiseKneeExtensionDeg: number | null;
  /**
   * Issue 13 (swing): highest the wrists get above the shoulders from the bottom until the next rep
   * starts, in torso lengths (0 = shoulder height, −1 ≈ hanging arms at the hips). A swing brings them
   * to shoulder height or above; a deadlift's hang at the hips.
   */
  wristTopVsShoulderRatio?: number | null;
  /** Issue 13 (swing): wrist height above the hips at the bottom, torso lengths (negative = below the hips, the bell between the legs). */
  wristBottomVsHipRatio?: number | null;
  /** Issue 13 (good morning, squat): wrist height above the shoulders at the bottom, torso lengths (≈ 0 with the load held at the shoulders, ≈ −1 with hanging arms). */
  wristBottomVsShoulderRatio?: number | null;
  /**
   * Issue 13 (hips-rise-first evidence): the bar-below-knee instant of the ascent, s: the last frame of
   * the rise from the bottom during which the wrist midpoint is still below knee height. null when the
   * wrists are not below the knees at the bottom (an RDL stopping above the knees, a good morning, a squat).
   */
  barBelowKneeRiseT?: number | null;
  /** Issue 13: lockoutLeanBackDeg minus the trunk inclination of the lifter's own still standing posture (standingBaseline); negative = leaning back past their own stance. null when no standing frame exists. */
  lockoutTrunkVsStandingDeg?: number | null;
  /** Issue 13: lockoutHipFlexionDeg minus the standing posture's signed hip flexion; positive = short of their own stance. */
  lockoutHipVsStandingDeg?: number | null;
  /** Issue 13: lockoutKneeFlexionDeg minus the standing posture's knee flexion; positive = short of their own stance. */
  lockoutKneeVsStandingDeg?: number | null;
}

/**
 * One rep: times, phases and tempo in every view; the side-view numbers (absent in a rear or front
 * view) and, issue 18, the bar (wrist mid-point) per rep (barPath.ts).
 */
export type HingeRep = HingeRepTimes & RepPhases & Partial<HingeRepSideMetrics> & Partial<RepBar>;

/** The name of a per-rep number (times included). */
export type HingeRepNumberKey = {
  [K in keyof HingeRep]-?: NonNullable<HingeRep[K]> extends number ? K : never;
}[keyof HingeRep];

/** The name of a per-rep number other than the rep's times (angles, ratios, phases, bar). */
export type HingeRepMetricKey = Exclude<HingeRepNumberKey, 'startT' | 'bottomT' | 'endT'>;

/** The per-rep numbers whose spread over the set is reported, and the rep duration. */
export type HingeSpreadKey = HingeRepMetricKey | 'repDurationS';

/** Spread of one per-rep number over the set. */
export interface MetricSpread {
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); null with fewer than 2 reps. */
  sd: number | null;
  min: number | null;
  max: number | null;
  /** Last rep minus first rep (a trend over the set, biomech-notes §5.3 (3)). */
  firstToLast: number | null;
}

export type RepSpread = Partial<Record<HingeSpreadKey, MetricSpread>>;

/** Per-side numbers of one kind for each running metric (absent where no step has the metric). */
export type MetricSummary = Partial<Record<RunMetric, number | null>>;

export interface SidePair<T> {
  left: T;
  right: T;
}

export interface RunSummary extends SidePair<MetricSummary> {
  /** Interquartile range per metric: the step-to-step spread. */
  spread?: SidePair<MetricSummary>;
  /** `left − right` of the medians and the index `|L − R| / mean(|L|, |R|)` (biomech-notes.md §8.4). */
  asymmetry?: Partial<Record<RunMetric, { diff: number | null; index: number | null }>>;
  stepsPerSide?: SidePair<number>;
  /** How many steps each median rests on. */
  count?: SidePair<Partial<Record<RunMetric, number>>>;
  /** Step-to-step sample standard deviation per metric. */
  sd?: SidePair<MetricSummary>;
}

export interface RunSection {
  cadenceSpm: number | null;
  steps: RunStep[];
  summary: RunSummary;
  /**
   * False when the clip does not look like real-time running (walking, slow motion, too few
   * contacts): only the contacts are kept and no running flag is computed.
   */
  running?: boolean;
  /** First vs last third of the steps per leg (runTrend.ts); null when not running. */
  trend?: RunTrend | null;
  /** The running speed the norms used (runNorms.ts). */
  speed?: RunSpeed | null;
  legLengthPx?: SidePair<number>;
  d?: 1 | -1;
}

/** A bottom that did not make a complete rep, and why. */
export interface IncompleteRepReport {
  bottomT: number;
  reason: IncompleteRep['reason'];
}

/** The trend of one bottom-position metric over the set and its noise floor (repConsistency.ts). */
export interface ConsistencyTrend {
  n: number;
  changeDeg: number;
  noiseFloorDeg: number;
}

export interface HingeConsistency {
  repsCompared: number;
  tempoRobustCv: number | null;
  trends: Partial<Record<ConsistencyMetric, ConsistencyTrend>>;
}

export interface HingeSection {
  repCount: number;
  reps: HingeRep[];
  /** Which reps were counted: standing → bottom → standing, floor → lockout, both, or none. */
  repCountKind?: 'full' | 'concentric-only' | 'mixed' | 'none';
  sceneCount?: number;
  incompleteReps?: IncompleteRepReport[];
  spread?: RepSpread;
  /** The legs the side-view angles are read on; null in a rear or front view. */
  legs?: LegChoice | null;
  d?: 1 | -1;
  /** The lifter's own still standing posture (side view; null when they never stand still). */
  standing?: StandingBaseline | null;
  /** Issue 18: velocity loss across the set, % (barPath.ts velocityLossPct), and where the m/s scale came from. */
  velocityLossPct?: number | null;
  velocityScale?: 'plate' | 'subjectHeight' | null;
  pattern?: HingePattern;
  lift?: LiftKind | null;
  liftSource?: 'user' | 'movement';
  trunkNoiseFloorDeg?: number | null;
  cameraOffSideDeg?: number;
  consistency?: HingeConsistency;
}

export interface Quality<T = LocalizedText> {
  framesWithPose: number;
  meanScore: number;
  /** English, as metrics.md has it (empty as the core emits it: src/text fills it from warningText). */
  warnings: string[];
  /** The same warnings in the same order, in English and Japanese (absent in older reports). */
  warningText?: T[];
  /** Present when the cadence says the file is slow motion saved at this factor (4 or 8). */
  suggestedSlowmoFactor?: number;
}

export interface ReportSource {
  name: string;
  durationS: number;
  fps: number;
  /** Slow-motion clips: the factor applied and the file's own frame rate. */
  slowmoFactor?: number;
  fileFps?: number;
}

/** What analyzeTrack detected before analysing (view, direction, activity) and why. */
export interface Detected {
  view: View;
  /** Direction of travel / facing (+1 toward image +x), as detected (the analysis may be given another). */
  d: 1 | -1;
  viewConfidence: number;
  /** Hinge filmed off the side: the cues that decide it is analysed as a side view (hingeView.ts). */
  hingeTrunkLeanP90Deg?: number;
  hingeKneeForwardP90Ratio?: number;
  activity: Activity;
  feetMotionRatio: number;
  /** Swings of the feet against each other (detectActivity): a run alternates at every step. */
  feetAlternations?: number;
  secondPerson?: { jumps: number; otherFrames: number; keptShare: number };
  /** Running only: walking vs running from the pelvis phase, and the contact-free rhythm. */
  gait?: 'walking' | 'running' | null;
  rhythmCadenceSpm?: number | null;
  hipSpreadCorr?: number | null;
}

/**
 * `T`: `LocalizedText` in a written report (the contract); `CoreText` as the core emits it
 * (`CoreReport`), before src/text's `localizeReport` fills in the words.
 */
export interface Report<T = LocalizedText> {
  format: 'hipcheck-report';
  version: 1;
  activity: Activity;
  view: View;
  source: ReportSource;
  run?: RunSection;
  hinge?: HingeSection;
  flags: Flag<T>[];
  quality: Quality<T>;
  detected?: Detected;
}

/** A report as the core emits it: texts are keys and parameters (src/text localizes them). */
export type CoreReport = Report<CoreText>;
/** A flag as the core emits it. */
export type CoreFlag = Flag<CoreText>;
