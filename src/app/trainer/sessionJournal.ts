import { z } from 'zod';
import { annotationSchema, correctionSchema } from '../../core/session/sessionSchema.ts';
import type { SessionAuthored } from '../../core/session/session.ts';
import type { NoteDraft } from '../storage/trainerDb.ts';

/**
 * A synchronous last-chance copy of unsaved edits in localStorage, written on pagehide when an
 * IndexedDB write may not finish before the tab is gone (measured: a note typed and the tab closed
 * at once was lost without it). Replayed into IndexedDB on the next open, then removed.
 */
const key = (sessionId: string) => `hipcheck.journal.${sessionId}`;

const journalSchema = z.object({
  authored: z.object({ corrections: z.array(correctionSchema), annotations: z.array(annotationSchema) }),
  noteDraft: z.object({ t: z.number(), text: z.string() }).nullable(),
});

export type Journal = { authored: SessionAuthored; noteDraft: NoteDraft | null };

export function journalWrite(sessionId: string, j: Journal): void {
  try {
    localStorage.setItem(key(sessionId), JSON.stringify(j));
  } catch {
    // Storage full or disabled: the IndexedDB write already under way is all there is.
  }
}

export function journalRead(sessionId: string): Journal | null {
  try {
    const raw = localStorage.getItem(key(sessionId));
    if (!raw) return null;
    const r = journalSchema.safeParse(JSON.parse(raw));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

export function journalClear(sessionId: string): void {
  try {
    localStorage.removeItem(key(sessionId));
  } catch {
    // nothing to clear
  }
}
