import type { CoreText } from '../core/report/report.ts';

/**
 * The words of one report text in one language: fixed words, or words built around the
 * parameters the core gave (`p`, typed per entry in the English catalogue); `t` gives the same
 * language's words for a nested text.
 */
export type TextEntry = string | ((p: never, t: (text: CoreText) => string) => string);

/** One language's report catalogue: every key the core emits, and its words. */
export type Catalogue = Readonly<Record<string, TextEntry>>;

/** Fixed-point numbers as the report's texts have always written them. */
export const f0 = (v: number): string => v.toFixed(0);
export const f1 = (v: number): string => v.toFixed(1);
export const f2 = (v: number): string => v.toFixed(2);
export const f3 = (v: number): string => v.toFixed(3);

/**
 * The word form for a count in a language (CLDR plural rules through `Intl.PluralRules`): English
 * "1 event" / "2 events"; a language without plural forms (Japanese) only has `other`.
 */
export function plural(
  lang: string,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
}
