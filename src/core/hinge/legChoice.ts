import { median } from '../signal/median.ts';
import type { HingeSeries, LegSeries } from './hingeSeries.ts';

/** Which leg(s) the per-rep angles come from. */
export type LegChoice = 'both' | 'left' | 'right';

/**
 * metrics.md: "where both legs are confidently seen, angles are the mean of both legs", else the
 * near-side leg. In a side view the near leg is the better-seen one (biomech-notes §0.3: the
 * occluded side is less accurate), so "near" = the higher median score. Two legs that disagree by
 * more than 20° of hip flexion on most frames are not both right (one is a mislabelled or hidden
 * leg): then the better-seen one is used alone [H].
 */
export function chooseLegs(s: HingeSeries, minScore: number): LegChoice {
  const better: LegChoice = s.left.score >= s.right.score ? 'left' : 'right';
  if (s.left.score < minScore || s.right.score < minScore) return better;
  const diff: number[] = [];
  for (let i = 0; i < s.t.length; i++) diff.push(Math.abs(s.left.hipFlexDeg[i]! - s.right.hipFlexDeg[i]!));
  const md = median(diff);
  return Number.isFinite(md) && md > 20 ? better : 'both';
}

/** Value of one per-leg series at sample i under the leg choice; falls back to the leg that is seen. */
export function legValue(
  s: HingeSeries,
  legs: LegChoice,
  pick: (l: LegSeries) => Float64Array,
  i: number,
): number {
  const l = pick(s.left)[i]!;
  const r = pick(s.right)[i]!;
  if (legs === 'both')
    return Number.isFinite(l) && Number.isFinite(r) ? (l + r) / 2 : Number.isFinite(l) ? l : r;
  const first = legs === 'left' ? l : r;
  return Number.isFinite(first) ? first : legs === 'left' ? r : l;
}

/** Whole series of `legValue`. */
export function legSeriesCombined(
  s: HingeSeries,
  legs: LegChoice,
  pick: (l: LegSeries) => Float64Array,
): Float64Array {
  const out = new Float64Array(s.t.length);
  for (let i = 0; i < out.length; i++) out[i] = legValue(s, legs, pick, i);
  return out;
}

/** Mean leg length L̄ of the two legs (metrics.md hipBackShiftRatio), px; one leg when only one is known. */
export function meanLegLengthPx(s: HingeSeries): number {
  const a = s.left.legLengthPx;
  const b = s.right.legLengthPx;
  return Number.isFinite(a) && Number.isFinite(b) ? (a + b) / 2 : Number.isFinite(a) ? a : b;
}
