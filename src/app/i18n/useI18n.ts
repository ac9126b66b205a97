import { useContext } from 'react';
import { I18nContext, type I18n } from './i18nContext.ts';

/** The current language, its strings and its number formatters (inside `<I18nProvider>`). */
export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n must be used inside <I18nProvider>');
  return v;
}
