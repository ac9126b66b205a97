import { en, type MessageKey } from './messages.en.ts';
import { ja } from './messages.ja.ts';
import type { Locale } from './pickLocale.ts';

export type { MessageKey };

export const MESSAGES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, ja };

/** Values substituted into `{name}` placeholders. */
export type MessageVars = Readonly<Record<string, string | number>>;

/** Looks a key up in one language and fills its placeholders; unknown placeholders stay visible. */
export function translate(locale: Locale, key: MessageKey, vars?: MessageVars): string {
  const s = MESSAGES[locale][key];
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Label of a report metric in one language (falls back to a generic "measured value"). */
export function metricLabel(locale: Locale, metric: string): string {
  const key = `metric.${metric}` as MessageKey;
  return key in MESSAGES[locale] ? MESSAGES[locale][key] : MESSAGES[locale]['metric.other'];
}
