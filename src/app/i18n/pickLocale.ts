/** The UI languages hipcheck ships. */
export type Locale = 'en' | 'ja';

export const LOCALES: readonly Locale[] = ['en', 'ja'];

/**
 * Picks the UI language from the browser's preference list (`navigator.languages`, best first):
 * the first entry whose primary subtag we ship wins; English otherwise.
 */
export function pickLocale(preferred: readonly string[] | undefined): Locale {
  for (const tag of preferred ?? []) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'ja') return 'ja';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** Parses a stored or URL-given language (`?lang=ja`), or null when it is not one we ship. */
export function parseLocale(value: string | null | undefined): Locale | null {
  return value === 'en' || value === 'ja' ? value : null;
}
