import { speedToMps } from '../../core/run/speedUnits.ts';

/** The treadmill speed as the user typed it, remembered in this browser (localStorage). */
export interface StoredSpeed {
  /** The number as typed ('' when none). */
  text: string;
  unit: 'kmh' | 'mph';
}

const KEY = 'hipcheck.treadmillSpeed';
/** Plausible running speeds: 3–40 km/h (0.83–11.1 m/s), the range the input accepts. */
const MIN_MPS = 3 / 3.6;
const MAX_MPS = 40 / 3.6;

export function speedLoad(): StoredSpeed {
  try {
    const raw = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Partial<StoredSpeed> | null;
    if (raw && typeof raw.text === 'string' && (raw.unit === 'kmh' || raw.unit === 'mph'))
      return { text: raw.text, unit: raw.unit };
  } catch {
    /* unreadable or blocked storage: start empty */
  }
  return { text: '', unit: 'kmh' };
}

export function speedSave(s: StoredSpeed): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    /* storage blocked (private mode): the speed still applies to this analysis */
  }
}

/**
 * The speed in m/s of what the user typed: undefined when empty, null when it is not a plausible
 * running speed (the input then says so), else the value.
 */
export function speedOf(s: StoredSpeed): number | null | undefined {
  const text = s.text.trim().replace(',', '.');
  if (text === '') return undefined;
  const v = speedToMps(Number(text), s.unit);
  return Number.isFinite(v) && v >= MIN_MPS && v <= MAX_MPS ? v : null;
}
