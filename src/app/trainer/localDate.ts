/**
 * A date as YYYY-MM-DD in the device's own time zone (the calendar day the trainer sees).
 * `toISOString().slice(0, 10)` gives the UTC day instead: in Japan, yesterday until 09:00.
 */
export function localDateIso(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getFullYear(), 4)}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
