import type { I18n } from '../i18n/i18nContext.ts';
import type { MessageKey } from '../i18n/messages.ts';

const KNOWN = ['EmptyFileError', 'NotAVideoError', 'UnsupportedCodecError', 'UnsupportedContainerError', 'VideoDecodeError', 'PoseModelLoadError'] as const;

/**
 * The pipeline's error in the current language. English keeps the pipeline's own message (it names
 * the codec and other specifics); other languages get the translation chosen by the error's name.
 */
export function localizedError(t: I18n['t'], e: { message: string; name?: string }, locale: string = 'en'): string {
  if (locale === 'en') return e.message;
  const name = e.name === 'BackendUnavailableError' ? 'PoseModelLoadError' : e.name;
  const known = KNOWN.find((k) => k === name);
  return t(known ? (`error.${known}` as MessageKey) : 'error.other');
}
