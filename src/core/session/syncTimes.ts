import type { Report } from '../report/report.ts';

export type SyncMode = 'contact' | 'rep';

/** Event times (seconds) to sync on: foot contacts of a run, rep starts of a hinge; sorted. */
export function syncEventTimes(report: Report, mode: SyncMode): number[] {
  const t =
    mode === 'contact'
      ? (report.run?.steps ?? []).map((s) => s.contactT)
      : (report.hinge?.reps ?? []).map((r) => r.startT);
  return t.filter(Number.isFinite).sort((x, y) => x - y);
}

/**
 * Maps a time in session A to the matching time in session B: the k-th event of A to the k-th
 * event of B, linear in between (so a slower stride in B plays stretched), and a constant offset
 * from the nearest matched event outside them. With no events in common, times map unchanged.
 */
export function syncMapTime(eventsA: readonly number[], eventsB: readonly number[], tA: number): number {
  const n = Math.min(eventsA.length, eventsB.length);
  if (n === 0) return tA;
  const a = (i: number) => eventsA[i] as number;
  const b = (i: number) => eventsB[i] as number;
  if (tA <= a(0) || n === 1) return tA + (b(0) - a(0));
  if (tA >= a(n - 1)) return tA + (b(n - 1) - a(n - 1));
  let i = 0;
  while (i < n - 2 && tA > a(i + 1)) i++;
  const spanA = a(i + 1) - a(i);
  const f = spanA > 0 ? (tA - a(i)) / spanA : 0;
  return b(i) + f * (b(i + 1) - b(i));
}
