import { isOwnKey } from '../report/ownKey.ts';
import type { Report } from '../report/report.ts';
import { median } from '../signal/median.ts';
import { detectableChange, type ChangeVerdict } from './detectableChange.ts';

/** One row of the compare table: a metric (per side where it has one) in sessions A and B. */
export interface CompareRow {
  metric: string;
  side: 'left' | 'right' | null;
  a: number | null;
  b: number | null;
  /** b − a, null when either is missing. */
  diff: number | null;
  /**
   * For a per-step / per-rep metric: whether the difference exceeds what the two clips'
   * step-to-step noise explains (detectableChange.ts); null for clip-level values (cadence,
   * counts) and with fewer than 3 steps or reps in either clip.
   */
  change: ChangeVerdict | null;
}

const TIME_KEYS = new Set(['contactT', 'toeOffT', 'startT', 'bottomT', 'endT', 'confidence']);

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Clip-level and per-side values of a report, keyed `metric|side`: what the compare table lists. */
function reportValues(r: Report): Map<string, number | null> {
  const out = new Map<string, number | null>();
  if (r.run) {
    out.set('cadenceSpm|', num(r.run.cadenceSpm));
    out.set('stepCount|', r.run.steps.length);
    for (const side of ['left', 'right'] as const) {
      for (const [k, v] of Object.entries(r.run.summary[side] ?? {}))
        if (!TIME_KEYS.has(k)) out.set(`${k}|${side}`, num(v));
    }
  }
  if (r.hinge) {
    out.set('repCount|', r.hinge.repCount);
    const keys = new Set(r.hinge.reps.flatMap((rep) => Object.keys(rep)));
    for (const k of keys) {
      if (TIME_KEYS.has(k)) continue;
      const m = median(r.hinge.reps.map((rep) => (isOwnKey(rep, k) ? num(rep[k]) : null) ?? NaN));
      out.set(`${k}|`, Number.isFinite(m) ? m : null);
    }
  }
  out.set('flagCount|', r.flags.length);
  return out;
}

/** The per-step (run, per side) and per-rep (hinge) values behind each row, keyed as reportValues. */
function reportSamples(r: Report): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (key: string, v: unknown) => {
    const x = num(v);
    if (x === null) return;
    const list = out.get(key);
    if (list) list.push(x);
    else out.set(key, [x]);
  };
  for (const step of r.run?.steps ?? [])
    for (const [k, v] of Object.entries(step)) if (!TIME_KEYS.has(k)) add(`${k}|${step.side}`, v);
  for (const rep of r.hinge?.reps ?? [])
    for (const [k, v] of Object.entries(rep)) if (!TIME_KEYS.has(k)) add(`${k}|`, v);
  return out;
}

/**
 * Metrics of two reports in one table: the run summary per side (medians over steps, as the report
 * gives them), hinge metrics as the median over reps, plus cadence, step/rep and flag counts. Rows
 * are the union of both reports' metrics, in a stable order (A's first). Each per-step / per-rep
 * row says whether its difference is a real change or within the noise (detectableChange).
 */
export function compareReports(a: Report, b: Report): CompareRow[] {
  const va = reportValues(a);
  const vb = reportValues(b);
  const sa = reportSamples(a);
  const sb = reportSamples(b);
  const keys = [...new Set([...va.keys(), ...vb.keys()])];
  return keys.map((key) => {
    const [metric = '', side = ''] = key.split('|');
    const x = va.get(key) ?? null;
    const y = vb.get(key) ?? null;
    const diff = x !== null && y !== null ? y - x : null;
    const samplesA = sa.get(key);
    const samplesB = sb.get(key);
    const change = diff !== null && samplesA && samplesB ? detectableChange(samplesA, samplesB, diff) : null;
    return { metric, side: side === '' ? null : (side as 'left' | 'right'), a: x, b: y, diff, change };
  });
}
