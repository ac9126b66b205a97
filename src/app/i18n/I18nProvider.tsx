import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { makeFormatters } from './formatters.ts';
import { I18nContext, type I18n } from './i18nContext.ts';
import { localizeMetricIds, metricLabel, translate } from './messages.ts';
import { parseLocale, pickLocale, type Locale } from './pickLocale.ts';

const STORAGE_KEY = 'hipcheck.lang';

/** Language at start-up: `?lang=` in the URL, then the user's earlier choice, then the browser's list. */
function initialLocale(): Locale {
  const fromUrl = parseLocale(new URLSearchParams(window.location.search).get('lang'));
  let stored: Locale | null = null;
  try {
    stored = parseLocale(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    // Storage can be disabled (private mode); the browser's languages still apply.
  }
  return (
    fromUrl ?? stored ?? pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language])
  );
}

/** Provides the UI language; switching it re-renders everything and sets `<html lang>`. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(() => {
    const setLocale = (l: Locale) => {
      setLocaleState(l);
      try {
        window.localStorage.setItem(STORAGE_KEY, l);
      } catch {
        // Not persisted; the choice still holds for this visit.
      }
    };
    return {
      locale,
      setLocale,
      t: (key, vars) => translate(locale, key, vars),
      metric: (name) => metricLabel(locale, name),
      pick: (text) =>
        text ? localizeMetricIds(locale, (text as Partial<Record<Locale, string>>)[locale] || text.en) : '',
      fmt: makeFormatters(locale),
    };
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
