import { translate } from './messages.ts';
import type { Locale } from './pickLocale.ts';

/**
 * How a value is shown: the unit its metric name carries (metrics.md: …Deg, …Ratio, …T/…S, …Spm).
 * `ratio` is a length in leg lengths; `factor` a dimensionless quotient such as hip/knee flexion.
 */
export type UnitKind = 'deg' | 'ratio' | 'factor' | 's' | 'spm' | 'count' | 'percent' | 'mps' | 'lps';

/** Locale-aware number and unit formatting (Intl), one instance per language. */
export interface Formatters {
  locale: Locale;
  /** Plain number with a fixed number of decimals; "–" for null/NaN. */
  num(v: number | null | undefined, decimals?: number): string;
  /** Value with its unit, e.g. "12.3°", "0.25 秒", "169 歩/分". */
  unit(v: number | null | undefined, kind: UnitKind): string;
  /** Time in the video as m:ss.ss (seconds with two decimals). */
  clock(tS: number): string;
  /** A duration rounded up to whole seconds, e.g. "12 sec", "12 秒" (for time estimates). */
  wholeSeconds(s: number): string;
}

const DASH = '–';

const DECIMALS: Record<UnitKind, number> = {
  deg: 1,
  ratio: 2,
  factor: 2,
  s: 2,
  spm: 1,
  count: 0,
  percent: 0,
  mps: 2,
  lps: 2,
};

/** Builds the formatters for one language; Intl objects are created once. */
export function makeFormatters(locale: Locale): Formatters {
  const cache = new Map<string, Intl.NumberFormat>();
  const nf = (key: string, opts: Intl.NumberFormatOptions) => {
    let f = cache.get(key);
    if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, opts)));
    return f;
  };
  const fixed = (d: number) => nf(`f${d}`, { minimumFractionDigits: d, maximumFractionDigits: d });
  const ok = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  const num = (v: number | null | undefined, decimals = 1) => (ok(v) ? fixed(decimals).format(v) : DASH);
  const unit = (v: number | null | undefined, kind: UnitKind): string => {
    if (!ok(v)) return DASH;
    const d = DECIMALS[kind];
    switch (kind) {
      case 'deg':
        return nf('deg', {
          style: 'unit',
          unit: 'degree',
          unitDisplay: 'narrow',
          minimumFractionDigits: d,
          maximumFractionDigits: d,
        }).format(v);
      case 's':
        return nf('s', {
          style: 'unit',
          unit: 'second',
          unitDisplay: 'short',
          minimumFractionDigits: d,
          maximumFractionDigits: d,
        }).format(v);
      case 'percent':
        return nf('pct', { style: 'percent', maximumFractionDigits: 0 }).format(v);
      case 'spm':
        return `${fixed(d).format(v)} ${translate(locale, 'unit.spm')}`;
      case 'ratio':
        return `${fixed(d).format(v)} ${translate(locale, 'unit.leg')}`;
      case 'factor':
        return fixed(d).format(v);
      case 'count':
        return `${fixed(0).format(v)} ${translate(locale, 'unit.reps')}`;
      case 'mps':
        return nf('mps', {
          style: 'unit',
          unit: 'meter-per-second',
          unitDisplay: 'short',
          minimumFractionDigits: d,
          maximumFractionDigits: d,
        }).format(v);
      case 'lps':
        return `${fixed(d).format(v)} ${translate(locale, 'unit.legPerS')}`;
    }
  };
  const clock = (tS: number) => {
    if (!Number.isFinite(tS)) return DASH;
    const m = Math.floor(Math.max(0, tS) / 60);
    const s = Math.max(0, tS) - 60 * m;
    return `${m}:${nf('clk', { minimumIntegerDigits: 2, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(s)}`;
  };
  const wholeSeconds = (v: number) =>
    Number.isFinite(v)
      ? nf('ws', { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 0 }).format(
          Math.ceil(v),
        )
      : DASH;
  return { locale, num, unit, clock, wholeSeconds };
}
