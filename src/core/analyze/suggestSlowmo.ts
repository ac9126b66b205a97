import type { View } from '../report/report.ts';
import { RUN_CADENCE_MAX_SPM, SLOWMO_CADENCE_MAX_SPM } from '../run/gaitPlausibility.ts';
import { analyzeRun, type AnalyzeRunResult } from '../run/analyzeRun.ts';
import type { Track } from '../track/track.ts';
import { SLOWMO_CANDIDATES } from './slowmoCandidates.ts';
import { trackRealTime } from './trackQuality.ts';

/** Cadence band a re-timed clip must land in to count as running [H]. */
const RUN_MIN_SPM = 140;

/**
 * A run read in the file's own clock that does not look like running (no contacts found, or a
 * cadence far too slow) may be a slow-motion file. Each common factor is tried by re-timing the
 * track and running the whole running analysis again: the factor whose result is plausible
 * real-time running (cadence 140–240 steps/min, stance times found) is suggested. Factors double,
 * and the band is narrower than ×2, so at most one fits. Null when none does (or none is needed).
 */
export function suggestSlowmo(track: Track, first: AnalyzeRunResult, view: View, d: 1 | -1): number | null {
  const c = first.run.cadenceSpm;
  if (c !== null && c >= SLOWMO_CADENCE_MAX_SPM) return null;
  for (const f of SLOWMO_CANDIDATES) {
    const r = analyzeRun(trackRealTime(track, f), { view, d });
    const cf = r.run.cadenceSpm;
    if (r.running && cf !== null && cf >= RUN_MIN_SPM && cf <= RUN_CADENCE_MAX_SPM) return f;
  }
  return null;
}
