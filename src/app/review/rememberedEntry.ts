/** What the user typed and in which unit, as this browser remembers it (localStorage). */
export interface StoredEntry<U extends string> {
  /** The number as typed ('' when none). */
  text: string;
  unit: U;
}

/**
 * Load and save of one remembered entry (treadmill speed, the lifter's height). Storage that is
 * unreadable or blocked (private mode) starts empty and saves nothing; the value still applies to
 * this analysis.
 */
export function rememberedEntry<U extends string>(
  key: string,
  units: readonly U[],
): { load(): StoredEntry<U>; save(e: StoredEntry<U>): void } {
  return {
    load() {
      try {
        const raw = JSON.parse(window.localStorage.getItem(key) ?? 'null') as Partial<StoredEntry<U>> | null;
        if (raw && typeof raw.text === 'string' && units.includes(raw.unit as U))
          return { text: raw.text, unit: raw.unit as U };
      } catch {
        /* unreadable or blocked storage: start empty */
      }
      return { text: '', unit: units[0]! };
    },
    save(e) {
      try {
        window.localStorage.setItem(key, JSON.stringify(e));
      } catch {
        /* storage blocked */
      }
    },
  };
}
