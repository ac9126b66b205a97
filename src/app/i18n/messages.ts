import { UI_WORDS, type MessageKey } from '../../text/languages.ts';
import type { Locale } from './pickLocale.ts';

export type { MessageKey };

/** A language's UI words: a string for every key of src/text/en.ts's `ui`. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** Every language's UI words (the `ui` part of its file in src/text/). */
export const MESSAGES: Readonly<Record<Locale, Catalogue>> = UI_WORDS;

/** Values substituted into `{name}` placeholders. */
export type MessageVars = Readonly<Record<string, string | number>>;

/**
 * A plural placeholder, ICU style: `{n, plural, one {# step} other {# steps}}`. Branches are
 * Intl.PluralRules categories (zero, one, two, few, many, other) or exact values (`=0`); `#` is the
 * number. A language with one form (Japanese) writes a plain `{n} 歩` instead.
 */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|\w+)\s*\{([^{}]*)\}/g;
const pluralRules = new Map<string, Intl.PluralRules>();

function pluralBranch(locale: Locale, branches: string, n: number): string | null {
  const forms = new Map([...branches.matchAll(BRANCH)].map((m) => [m[1]!, m[2]!] as const));
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return forms.get(`=${n}`) ?? forms.get(rules.select(n)) ?? forms.get('other') ?? null;
}

/** Names of the values a message takes (`{name}` and `{name, plural, …}`), sorted, once each. */
export function placeholders(message: string): string[] {
  const names = [...message.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]!);
  return [...new Set(names)].sort();
}

/**
 * Looks a key up in one language and fills its placeholders (plural ones by the language's rules);
 * unknown placeholders stay visible.
 */
export function translate(locale: Locale, key: MessageKey, vars?: MessageVars): string {
  const s = MESSAGES[locale][key];
  if (!vars) return s;
  return s
    .replace(PLURAL, (m, name: string, branches: string) => {
      const n = Number(vars[name]);
      const form = name in vars && Number.isFinite(n) ? pluralBranch(locale, branches, n) : null;
      return form === null ? m : form.replace(/#/g, String(vars[name]));
    })
    .replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
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
  return text.replace(METRIC_ID, (id: string) =>
    `metric.${id}` in MESSAGES[locale] ? MESSAGES[locale][`metric.${id}` as MessageKey] : id,
  );
}
