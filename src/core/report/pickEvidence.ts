import type { Flag, FlagEvidence } from './report.ts';

/**
 * The evidence "Show me" jumps to: the sample furthest from its threshold (the clearest example;
 * the report does not say on which side of a threshold "bad" lies, so the distance counts), else the
 * one with the largest magnitude, else the first. −1 when the flag has no evidence.
 */
export function pickEvidence(flag: Flag): number {
  const ev = flag.evidence;
  if (!ev.length) return -1;
  const score = (e: FlagEvidence) =>
    typeof e.threshold === 'number' && Number.isFinite(e.threshold)
      ? Math.abs(e.value - e.threshold)
      : Math.abs(e.value);
  let best = 0;
  ev.forEach((e, i) => {
    if (score(e) > score(ev[best]!)) best = i;
  });
  return best;
}
