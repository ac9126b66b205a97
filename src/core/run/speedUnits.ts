/** Speed units a treadmill display shows. */
export type SpeedUnit = 'kmh' | 'mph' | 'mps';

const TO_MPS: Record<SpeedUnit, number> = { kmh: 1 / 3.6, mph: 1609.344 / 3600, mps: 1 };

/** A speed in m/s from a value in `unit` (NaN for a non-positive or non-finite value). */
export function speedToMps(value: number, unit: SpeedUnit): number {
  return Number.isFinite(value) && value > 0 ? value * TO_MPS[unit] : NaN;
}

/**
 * Parses a speed as a person types it: `12kmh`, `12 km/h`, `7.5mph`, `3.3m/s`, `3.3mps` (case and
 * spaces ignored, a decimal comma accepted). Null when it is not a positive speed with a unit.
 */
export function speedParse(text: string): number | null {
  const m = /^(\d+(?:[.,]\d+)?)\s*(km\/?h|kph|mph|m\/s|mps)$/i.exec(text.trim());
  if (!m) return null;
  const v = Number(m[1]!.replace(',', '.'));
  const u = m[2]!.toLowerCase();
  const unit: SpeedUnit = u.startsWith('k') ? 'kmh' : u === 'mph' ? 'mph' : 'mps';
  const mps = speedToMps(v, unit);
  return Number.isFinite(mps) ? mps : null;
}
