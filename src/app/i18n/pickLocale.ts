import { UI_WORDS, type LanguageCode } from '../../text/languages.ts';

/** A UI language: one of src/text/languages.ts, the one list of languages of the app and the report. */
export type Locale = LanguageCode;

/** The shipped languages, English (the fallback) first. */
export const LOCALES = Object.keys(UI_WORDS) as readonly Locale[];

/** Parses a stored or URL-given language (`?lang=ja`), or null when it is not one we ship. */
export function parseLocale(value: string | null | undefined): Locale | null {
  return LOCALES.find((l) => l === value) ?? null;
}

/**
 * Picks the UI language from the browser's preference list (`navigator.languages`, best first):
 * the first entry whose primary subtag we ship wins; English otherwise.
 */
export function pickLocale(preferred: readonly string[] | undefined): Locale {
  for (const tag of preferred ?? []) {
    const l = parseLocale(tag.toLowerCase().split(/[-_]/)[0]);
    if (l) return l;
  }
  return 'en';
}
