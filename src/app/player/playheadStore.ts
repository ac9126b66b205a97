/**
 * The playhead as a tiny external store: the video writes the time of the frame on display, and the
 * overlay, charts and timeline read it without re-rendering the React tree 30 times a second.
 */
export interface PlayheadStore {
  /** Media time of the frame on display, seconds. */
  get(): number;
  set(tS: number): void;
  subscribe(fn: (tS: number) => void): () => void;
}

export function createPlayheadStore(initialS = 0): PlayheadStore {
  let t = initialS;
  const subs = new Set<(tS: number) => void>();
  return {
    get: () => t,
    set(tS) {
      if (tS === t) return;
      t = tS;
      for (const fn of subs) fn(t);
    },
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
  };
}
