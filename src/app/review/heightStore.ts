import { rememberedEntry, type StoredEntry } from './rememberedEntry.ts';

/**
 * The lifter's height as typed (centimetres, or feet and inches: 5'9", 5 9, 5ft 9in), remembered in
 * this browser, for bar velocity in m/s (issue 18).
 */
export type StoredHeight = StoredEntry<'cm' | 'ftin'>;

const KEY = 'hipcheck.heightM';
/** Heights the input accepts, m: the range barPath.ts pxPerMFromHeight turns into a scale (0.5–2.6 m), narrowed to adults and children who lift. */
const MIN_M = 1.0;
const MAX_M = 2.5;
const FT_IN = /^(\d+(?:\.\d+)?)\s*(?:'|’|ft|feet)?\s*(?:(\d+(?:\.\d+)?)\s*(?:"|”|in|inches)?)?$/i;

export const { load: heightLoad, save: heightSave } = rememberedEntry<StoredHeight['unit']>(KEY, [
  'cm',
  'ftin',
]);

/**
 * The height in metres of what the user typed: undefined when empty, null when it is not a
 * plausible height (the input then says so), else the value.
 */
export function heightOf(h: StoredHeight): number | null | undefined {
  const text = h.text.trim().replace(',', '.');
  if (text === '') return undefined;
  let m = NaN;
  if (h.unit === 'cm') m = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) / 100 : NaN;
  else {
    const f = FT_IN.exec(text);
    const ft = f ? Number(f[1]) : NaN;
    const inch = f?.[2] !== undefined ? Number(f[2]) : 0;
    if (inch < 12) m = (ft * 12 + inch) * 0.0254;
  }
  return Number.isFinite(m) && m >= MIN_M && m <= MAX_M ? Math.round(m * 1000) / 1000 : null;
}
