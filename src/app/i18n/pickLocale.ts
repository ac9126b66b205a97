import { LOCALES, type Locale } from './catalogues.ts';

export { LOCALES, type Locale };

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
