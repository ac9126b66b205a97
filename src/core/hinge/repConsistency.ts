import { median, quantile } from '../signal/median.ts';
import { seededRandom } from '../signal/seededRandom.ts';
import type { HingeRepMetrics } from './repMetrics.ts';

/**
 * Is a change of the bottom position over the set real, or what this lifter's own rep-to-rep
 * variation produces anyway (issue 13, rep-inconsistency)?
 *
 * Measured on the visible labelled clips (shared/media/hinge, `scripts/flag-validity.ts`): the
 * frame-to-frame keypoint jitter at the bottom (raw minus filtered angle) is 0.2–1.1°, and the two
 * synced tby66 cameras disagree on a rep's bottom angle by about 1° (SD), yet healthy lifters' bottom
 * trunk and hip angles vary by 3–5° (robust SD) from rep to rep, the same in both cameras: that spread
 * is real movement, not keypoint noise, and a coach does not call it a fault. So a spread (SD) test
 * against keypoint noise would flag every clip, and the old fixed "SD > 5°" flagged 9 of 13 good
 * clips. What a coach does call inconsistent is a set that drifts (fatigue, technique breaking
 * down): that is tested here against a noise floor from the lifter's own variation, a permutation
 * test of the set's trend (a steady set is exchangeable in time), as runTrend does for running.
 */

/**
 * Fewest reps a trend test runs on: the smallest n at which a perfectly ordered set can beat its
 * 99.5 % permutation floor at all (2/n! < 0.005 ⇒ n ≥ 6; tests/hinge/repConsistency.test.ts checks it),
 * three reps in each half. Each test leaves one rep out, so a set needs one rep more (7). Not chosen on data.
 */
export const CONSISTENCY_MIN_REPS = 6;
/** Random reorderings of the reps for the noise floor. */
const PERMUTATIONS = 1000;
/**
 * Share of reorderings the real change must exceed: 99.5 %, i.e. 95 % with a Bonferroni correction
 * for the ~10 tests one report makes at once, the same as runTrend's NOISE_QUANTILE (so a steady set
 * is silent on all of them together). Not chosen on the hinge clips.
 */
const NOISE_QUANTILE = 0.995;

/** The per-rep numbers whose trend is tested. */
export const CONSISTENCY_METRICS = ['trunkAngleDeg', 'hipFlexionDeg'] as const;
export type ConsistencyMetric = (typeof CONSISTENCY_METRICS)[number];

export interface MetricTrendTest {
  n: number;
  /** trendChange of the winsorized values, first to last compared rep, from the leave-one-rep-out subset with the least margin over its floor. */
  changeDeg: number;
  /** 99.5th percentile of |change| over random reorderings of the same reps (same subset): what variation alone gives. */
  noiseFloorDeg: number;
  /** Median of the first and the last third of the reps, for the text. */
  firstDeg: number;
  lastDeg: number;
}

export interface RepConsistency {
  /** Reps compared: full reps (standing start) seen facing the clip's way; floor starts are another movement. */
  reps: HingeRepMetrics[];
  trends: Partial<Record<ConsistencyMetric, MetricTrendTest>>;
  /** Robust coefficient of variation of the compared reps' durations (1.4826·MAD / median). */
  tempoRobustCv: number;
}

/**
 * Change over the sequence: least-squares slope × (n − 1). (A Theil–Sen slope was tried first: its
 * median saturates, so nearly-ordered reshuffles reach the same value and no set of ≤ 11 reps, not even
 * a perfect line, beats its permutation floor.) Odd reps are tamed by `winsorize` first.
 */
export function trendChange(v: readonly number[]): number {
  const n = v.length;
  if (n < 2) return NaN;
  const mx = (n - 1) / 2;
  const my = v.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (i - mx) * (v[i]! - my);
    sxx += (i - mx) ** 2;
  }
  return (sxy / sxx) * (n - 1);
}

/**
 * Values clipped to median ± 3 robust SDs (1.4826·MAD), so one odd rep (tby66 rep 1 lifts the bell
 * off the floor; a swing set's first hike) cannot make a trend on its own. 3 SDs is the usual
 * outlier fence, not chosen on the clips.
 */
export function winsorize(v: readonly number[]): number[] {
  const m = median(v);
  const s = 3 * 1.4826 * median(v.map((x) => Math.abs(x - m)));
  return v.map((x) => Math.min(m + s, Math.max(m - s, x)));
}

/** 99.5th percentile of |trendChange| over random reorderings of `v`. */
export function trendNoiseFloor(v: readonly number[], seed = 1): number {
  const p = [...v];
  const r = seededRandom(seed);
  const d: number[] = [];
  for (let k = 0; k < PERMUTATIONS; k++) {
    for (let i = p.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [p[i], p[j]] = [p[j]!, p[i]!];
    }
    d.push(Math.abs(trendChange(p)));
  }
  return quantile(d, NOISE_QUANTILE);
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);

/**
 * The reps that can be compared and the trend test of each metric. A rep starting at the floor is a
 * concentric-only pull (another movement, another tempo), and a rep whose bottom trunk reads behind
 * the hips faces the other way (the lifter turned to the camera's other side): neither is compared.
 */
export function repConsistency(all: HingeRepMetrics[], minReps = CONSISTENCY_MIN_REPS): RepConsistency {
  const top = all.filter((r) => r.startKind === 'top' && Number.isFinite(num(r.trunkAngleDeg)));
  const reps = top.filter((r) => num(r.trunkAngleDeg) > 0);
  const trends: RepConsistency['trends'] = {};
  for (const m of CONSISTENCY_METRICS) {
    const raw = reps.map((r) => num(r[m])).filter(Number.isFinite);
    if (raw.length < minReps + 1) continue;
    const v = winsorize(raw);
    const k = Math.floor(v.length / 3);
    // Leave one rep out, each in turn: the trend of the set is the weakest of these (the smallest
    // margin over its own floor), so a "trend" that one rep makes alone (the first rep of a set
    // is often shallower while the lifter grooves in) is not called a trend.
    let worst: { c: number; f: number } | null = null;
    for (let i = 0; i < v.length; i++) {
      const sub = v.filter((_, j) => j !== i);
      const c = trendChange(sub) * ((v.length - 1) / (sub.length - 1));
      const f = trendNoiseFloor(sub) * ((v.length - 1) / (sub.length - 1));
      if (!worst || Math.abs(c) - f < Math.abs(worst.c) - worst.f) worst = { c, f };
    }
    trends[m] = {
      n: v.length,
      changeDeg: worst!.c,
      noiseFloorDeg: worst!.f,
      firstDeg: median(v.slice(0, k)),
      lastDeg: median(v.slice(v.length - k)),
    };
  }
  const dur = reps.map((r) => r.endT - r.startT);
  const md = median(dur);
  const tempoRobustCv =
    dur.length >= minReps && md > 0 ? (1.4826 * median(dur.map((x) => Math.abs(x - md)))) / md : NaN;
  return { reps, trends, tempoRobustCv };
}
