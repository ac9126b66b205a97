import { useCallback, useContext } from 'react';
import { I18nContext } from '../i18n/i18nContext.ts';
import { trainerEn, trainerJa, type TrainerKey } from './strings.ts';

export type TrainerT = (key: TrainerKey, vars?: Readonly<Record<string, string | number>>) => string;

/**
 * Trainer strings in the app's current language (from U's I18nProvider; English without one).
 * Placeholders are filled as plain text: React renders the result as text, never markup.
 */
export function useTrainerT(): { t: TrainerT; locale: 'en' | 'ja' } {
  const locale = useContext(I18nContext)?.locale === 'ja' ? 'ja' : 'en';
  const t = useCallback<TrainerT>(
    (key, vars) => {
      const s: string = (locale === 'ja' ? trainerJa : trainerEn)[key];
      return vars ? s.replace(/\{(\w+)\}/g, (m, n: string) => (n in vars ? String(vars[n]) : m)) : s;
    },
    [locale],
  );
  return { t, locale };
}
