/**
 * True when `k` names one of `o`'s own fields. Code that walks a report section's fields by name
 * (keys from Object.keys, or a metric name read from a table) reads them typed through it.
 */
export function isOwnKey<T extends object>(o: T, k: string): k is Extract<keyof T, string> {
  return Object.hasOwn(o, k);
}
