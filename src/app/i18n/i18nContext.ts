import { createContext } from 'react';
import type { Formatters } from './formatters.ts';
import type { MessageKey, MessageVars } from './messages.ts';
import type { Locale } from './pickLocale.ts';

/** What every component gets from `useI18n()`. */
export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** Translated string for `key` with placeholders filled. */
  t(key: MessageKey, vars?: MessageVars): string;
  /** Metric label in the current language. */
  metric(name: string): string;
  /**
   * Picks the current language's text of a report's `{en, ja}` pair, with the metric identifiers
   * the analysis writes into it replaced by their labels.
   */
  pick(text: { en: string; ja: string } | undefined): string;
  fmt: Formatters;
}

export const I18nContext = createContext<I18n | null>(null);
