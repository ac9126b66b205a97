import { en } from './messages.en.ts';
import { ja } from './messages.ja.ts';

/**
 * Every UI language hipcheck ships: one message catalogue per language, for the whole app (review,
 * trainer, live, errors). To add a language, e.g. German:
 *   1. write `messages.de.ts`: `export const de: Catalogue = { 'app.tagline': '…', … }` (the type
 *      makes you translate every key of messages.en.ts, with the same `{placeholders}`);
 *   2. add the one line `de,` below.
 * Locale detection, the language switch (`app.languageName`), plural rules (Intl.PluralRules) and
 * number formats then follow from the locale code.
 */
export const CATALOGUES = {
  en,
  ja,
} as const;

export type Locale = keyof typeof CATALOGUES;

/** The shipped languages, English (the fallback) first. */
export const LOCALES = Object.keys(CATALOGUES) as Locale[];
