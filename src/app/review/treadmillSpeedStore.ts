import { speedToMps } from '../../core/run/speedUnits.ts';
import { rememberedEntry, type StoredEntry } from './rememberedEntry.ts';

/** The treadmill speed as the user typed it, remembered in this browser (localStorage). */
export type StoredSpeed = StoredEntry<'kmh' | 'mph'>;

const KEY = 'hipcheck.treadmillSpeed';
/** Plausible running speeds: 3–40 km/h (0.83–11.1 m/s), the range the input accepts. */
const MIN_MPS = 3 / 3.6;
const MAX_MPS = 40 / 3.6;

export const { load: speedLoad, save: speedSave } = rememberedEntry<StoredSpeed['unit']>(KEY, ['kmh', 'mph']);

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
