import type { CoreFlag, CoreText, FlagEvidence, Severity } from '../report/report.ts';
import { textParts } from '../report/textParts.ts';
import type { Side } from '../track/keypoints.ts';
import { drillsFor, type DrillId } from './drills.ts';
import { severityDowngrade } from './severity.ts';

/** Events per side needed for a stable mean (Dingenen et al. 2018: ≥ 7 steps; biomech-notes.md §7). */
export const MIN_EVENTS_FOR_FULL_CONFIDENCE = 7;

/**
 * Confidence 0..1 of a flag from how many events back it and how good the keypoints were:
 * `min(1, n / minEvents) × clamp((meanScore − 0.2) / 0.5)`. A mean keypoint score of 0.7 or more
 * counts as fully trustworthy, 0.2 or less as worthless (MoveNet scores; pose-runtime-notes).
 */
export function flagConfidence(
  nEvents: number,
  meanScore: number,
  minEvents = MIN_EVENTS_FOR_FULL_CONFIDENCE,
): number {
  const n = Math.min(1, Math.max(0, nEvents) / minEvents);
  const q = Number.isFinite(meanScore) ? Math.min(1, Math.max(0, (meanScore - 0.2) / 0.5)) : 0.5;
  return Math.round(n * q * 100) / 100;
}

export interface FlagInput {
  id: string;
  severity: Severity;
  side: Side | null;
  evidence: FlagEvidence[];
  title: CoreText;
  detail: CoreText;
  drills: readonly DrillId[];
  /** Events (steps or reps) the flag rests on, per side where it is per side. */
  nEvents: number;
  meanScore: number;
  thresholdSource: string;
  /** Events needed for full confidence/severity (default 7). */
  minEvents?: number;
}

/**
 * Builds a report flag. With fewer than `minEvents` events the severity is lowered one level and
 * the detail says so (biomech-notes.md: average at least 7 steps per side before trusting a mean).
 */
export function makeFlag(f: FlagInput): CoreFlag {
  const minEvents = f.minEvents ?? MIN_EVENTS_FOR_FULL_CONFIDENCE;
  const few = f.nEvents < minEvents;
  const detail = few
    ? [...textParts(f.detail), { key: 'flag.fewEvents', params: { n: f.nEvents, minEvents } }]
    : f.detail;
  return {
    id: f.id,
    severity: few ? severityDowngrade(f.severity) : f.severity,
    side: f.side,
    evidence: f.evidence,
    title: f.title,
    detail,
    confidence: flagConfidence(f.nEvents, f.meanScore, minEvents),
    drills: drillsFor(f.drills),
    thresholdSource: f.thresholdSource,
    nEvents: f.nEvents,
    minEvents,
  };
}
