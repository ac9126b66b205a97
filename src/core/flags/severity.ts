import type { Severity } from '../report/report.ts';

/**
 * A configurable threshold pair for one flag metric. `warn`/`alert` are in the metric's own unit;
 * `higherIsWorse` says which side of the threshold is the problem. `source` is a citation or
 * "heuristic" (biomech-notes.md marks most running thresholds as heuristics [H]).
 */
export interface ThresholdSpec {
  warn: number;
  alert: number;
  higherIsWorse: boolean;
  unit: string;
  source: string;
}

/** Severity of a value against a threshold pair, or null when it does not cross `warn`. */
export function severityFor(
  value: number,
  spec: Pick<ThresholdSpec, 'warn' | 'alert' | 'higherIsWorse'>,
): Severity | null {
  if (!Number.isFinite(value)) return null;
  const worse = (a: number, b: number) => (spec.higherIsWorse ? a > b : a < b);
  if (worse(value, spec.alert)) return 'alert';
  if (worse(value, spec.warn)) return 'warn';
  return null;
}

const ORDER: Severity[] = ['info', 'warn', 'alert'];

/** One level lower (alert → warn → info); info stays info. */
export function severityDowngrade(s: Severity): Severity {
  return ORDER[Math.max(0, ORDER.indexOf(s) - 1)]!;
}

/** The more severe of two severities. */
export function severityMax(a: Severity, b: Severity): Severity {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/**
 * Threshold overrides: `overrides[key]` replaces `warn`, `overrides[key + '.alert']` the alert level
 * (the CLI/UI pass a flat Record<string, number>).
 */
export function thresholdResolve<K extends string>(
  defaults: Record<K, ThresholdSpec>,
  overrides: Record<string, number> | undefined,
): Record<K, ThresholdSpec> {
  const out = {} as Record<K, ThresholdSpec>;
  for (const k of Object.keys(defaults) as K[]) {
    const d = defaults[k];
    const w = overrides?.[k];
    const a = overrides?.[`${k}.alert`];
    const user = Number.isFinite(w) || Number.isFinite(a);
    out[k] = {
      ...d,
      warn: Number.isFinite(w) ? w! : d.warn,
      alert: Number.isFinite(a) ? a! : d.alert,
      source: user ? `user override (default: ${d.source})` : d.source,
    };
  }
  return out;
}
