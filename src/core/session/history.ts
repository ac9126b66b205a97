/**
 * Undo/redo over immutable snapshots (the "past / present / future" pattern). The authored state
 * of a session is small and replaced, never mutated, so keeping whole snapshots is simple, shares
 * structure between steps and cannot drift the way inverse commands can.
 */
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
}

/** Default number of undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

export function historyCreate<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** Records a new present; clears the redo stack. A value identical to the present is a no-op. */
export function historyPush<T>(h: History<T>, next: T, limit = HISTORY_LIMIT): History<T> {
  if (Object.is(next, h.present)) return h;
  const past = [...h.past, h.present];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [] };
}

export function historyUndo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  const prev = h.past[h.past.length - 1] as T;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] };
}

export function historyRedo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  const [next, ...rest] = h.future as [T, ...T[]];
  return { past: [...h.past, h.present], present: next, future: rest };
}

export const historyCanUndo = <T>(h: History<T>): boolean => h.past.length > 0;
export const historyCanRedo = <T>(h: History<T>): boolean => h.future.length > 0;
