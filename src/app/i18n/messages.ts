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

/**
 * Label of a report metric in one language. Evidence can name a derived value as
 * `<metric>.<qualifier>` (e.g. `contactTimeS.leftMedian`): the qualifier is labelled too. Unknown
 * names get a generic "measured value".
 */
export function metricLabel(locale: Locale, metric: string): string {
  const [base, qualifier] = metric.split('.', 2) as [string, string | undefined];
  const m = MESSAGES[locale];
  const key = `metric.${base}` as MessageKey;
  const label = key in m ? m[key] : m['metric.other'];
  const qKey = `metric.q.${qualifier}` as MessageKey;
  return qualifier && qKey in m ? `${label} (${m[qKey]})` : label;
}

/** A metric name as its contract identifier (`peakKneeFlexionStanceDeg`), for finding it in text. */
const METRIC_ID = /\b([a-z][a-zA-Z]*(?:Deg|Ratio|Spm|S|T))\b/g;

/**
 * Replaces contract metric identifiers that the analysis writes into its explanations (e.g.
 * "(contactTimeS: 左 0.293、右 0.276)") with their labels in `locale`; unknown words stay.
 */
export function localizeMetricIds(locale: Locale, text: string): string {
  return text.replace(METRIC_ID, (id: string) => (`metric.${id}` in MESSAGES[locale] ? MESSAGES[locale][`metric.${id}` as MessageKey] : id));
}
