import { errorMessage } from '../analysis/errorMessage.ts';
import type { I18n } from '../i18n/i18nContext.ts';
import type { Locale } from '../i18n/pickLocale.ts';

/**
 * The pipeline's error in the current language. English keeps the pipeline's own message (it names
 * the codec and other specifics); other languages get the translation chosen by the error's name
 * (analysis/errorMessage.ts, the one place errors get their words).
 */
export function localizedError(
  _t: I18n['t'],
  e: { message: string; name?: string },
  locale: Locale = 'en',
): string {
  return locale === 'en' ? e.message : errorMessage({ name: e.name }, locale);
}
