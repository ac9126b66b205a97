import type { Side } from '../track/keypoints.ts';
import { median } from '../signal/median.ts';

/**
 * Cadence as metrics.md defines it, `60·(n_IC − 1)/(t_last_IC − t_first_IC)` over the ICs of both
 * feet, in steps/min (2 decimals), with one repair: two consecutive contacts by the same foot that
 * lie 1.5–2.5 typical steps apart mean the other foot's contact between them was missed (noise, or
 * a leg hidden for a moment), and that gap is counted as the two steps it spans. Without it one
 * missed contact in a 2-s clip reads as a cadence 25 % too low, and a run as a walk. The typical
 * step is the median interval between contacts of alternating feet. Null with under 3 contacts.
 */
export function cadenceSpm(contacts: readonly { side: Side; contactT: number }[]): number | null {
  const n = contacts.length;
  if (n < 3) return null;
  const span = contacts[n - 1]!.contactT - contacts[0]!.contactT;
  if (!(span > 0)) return null;
  // Loops, not map/filter arrows (a per-call closure's optimized code is recompiled after every
  // full garbage collection: see byContactT.ts).
  const alt: number[] = [];
  for (let i = 1; i < n; i++)
    if (contacts[i]!.side !== contacts[i - 1]!.side)
      alt.push(contacts[i]!.contactT - contacts[i - 1]!.contactT);
  const step = alt.length ? median(alt) : NaN;
  let missed = 0;
  if (Number.isFinite(step))
    for (let i = 1; i < n; i++) {
      const dt = contacts[i]!.contactT - contacts[i - 1]!.contactT;
      if (contacts[i]!.side === contacts[i - 1]!.side && dt >= 1.5 * step && dt <= 2.5 * step) missed++;
    }
  return Math.round(((60 * (n - 1 + missed)) / span) * 100) / 100;
}
