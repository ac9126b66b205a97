import { pickEvidence } from './pickEvidence.ts';
import type { Flag, Severity } from './report.ts';

/** One of the findings a review shows first (issue 16: "a first screen that says what matters"). */
export interface TopFinding {
  /** Index of the flag in `report.flags`. */
  flagIndex: number;
  severity: Exclude<Severity, 'info'>;
  /** The evidence shown (pickEvidence: the clearest sample), its index and time (report clock, s). */
  evidenceIndex: number;
  t: number;
  /** Steps or reps the flag rests on, and how many it needs for full confidence (when known). */
  nEvents: number | null;
  minEvents: number | null;
  /** True when the flag rests on fewer events than it needs (the analysis already lowered it). */
  fewEvents: boolean;
  confidence: number | null;
}

const RANK: Record<Severity, number> = { alert: 0, warn: 1, info: 2 };

/**
 * The one to `max` things to work on, most important first: only warn and alert flags (an info is
 * an observation, not a task), ranked by severity, then by how sure the analysis is (a flag on too
 * few steps after one that is not; then the higher confidence, then the more steps), then by time.
 * Codes and indices only: the screen writes the words. An empty list is the "nothing to work on" state.
 */
export function topFindings(flags: readonly Flag[], max = 3): TopFinding[] {
  const rows = flags.flatMap((f, flagIndex): TopFinding[] => {
    if (f.severity === 'info') return [];
    const evidenceIndex = pickEvidence(f);
    const nEvents = typeof f.nEvents === 'number' ? f.nEvents : null;
    const minEvents = typeof f.minEvents === 'number' ? f.minEvents : null;
    return [
      {
        flagIndex,
        severity: f.severity,
        evidenceIndex,
        t: evidenceIndex >= 0 ? f.evidence[evidenceIndex]!.t : NaN,
        nEvents,
        minEvents,
        fewEvents: nEvents !== null && minEvents !== null && nEvents < minEvents,
        confidence: typeof f.confidence === 'number' ? f.confidence : null,
      },
    ];
  });
  const num = (v: number | null) => (v === null || !Number.isFinite(v) ? -1 : v);
  rows.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      Number(a.fewEvents) - Number(b.fewEvents) ||
      num(b.confidence) - num(a.confidence) ||
      num(b.nEvents) - num(a.nEvents) ||
      (Number.isFinite(a.t) ? a.t : Infinity) - (Number.isFinite(b.t) ? b.t : Infinity) ||
      a.flagIndex - b.flagIndex,
  );
  return rows.slice(0, max);
}
