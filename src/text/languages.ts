import * as en from './en.ts';
import type { ReportCatalogue } from './en.ts';
import * as ja from './ja.ts';

/*
 * Every language hipcheck speaks, English (the reference and the fallback) first. One file per
 * language holds all its words, as two exports typed by en.ts's `LanguageCatalogue`: `ui`, the
 * app's screens (review, trainer, live, errors), read by `t()`, the language switch and the
 * locale pick; `report`, the report's texts, read by localizeReport for the report's text pairs.
 * To add a language, e.g. German:
 *   1. write `de.ts` like ja.ts (the types make you give every key of en.ts, report entries with
 *      the same parameters; the tests check the UI's `{placeholders}` and the key sets);
 *   2. import it below and add `de: de.ui,` to UI_WORDS and `de: de.report,` to REPORT_WORDS (the
 *      types refuse one without the other).
 * Locale detection, plural rules (Intl.PluralRules) and number formats follow from the code.
 *
 * Two maps, not one object per language, so that each bundle takes only the half it reads: the
 * page the app's words, the analysis worker (and the CLI) the report's. One object per language
 * put the app's words into the analysis worker (139 -> 184 kB, over its 160 kB budget) and the
 * report's into the page (429 -> 472 kB), production build.
 */

/** The app's words per language (each file's `ui`). */
export const UI_WORDS = {
  en: en.ui,
  ja: ja.ui,
} as const;

/** A language code (`en`, `ja`). */
export type LanguageCode = keyof typeof UI_WORDS;

/** The report's words per language (each file's `report`): the same languages as UI_WORDS. */
export const REPORT_WORDS = {
  en: en.report,
  ja: ja.report,
} as const satisfies { readonly [L in LanguageCode]: ReportCatalogue };

export type { LanguageCatalogue, MessageKey, ReportCatalogue } from './en.ts';
