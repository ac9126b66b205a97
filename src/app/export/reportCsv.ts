import type { Report } from '../../core/report/report.ts';

/**
 * CSV of the per-step (run) or per-rep (hinge) table, for spreadsheets: one row per step/rep, every
 * numeric or text field the report has (union over rows, first-seen order), RFC 4180 quoting, and
 * locale-independent numbers (a dot decimal, full precision) so the file reads the same everywhere.
 * Missing values are empty cells, never zeros.
 */
export function reportCsv(report: Report): string {
  const rows: Record<string, unknown>[] =
    report.activity === 'hinge'
      ? (report.hinge?.reps ?? []).map((r, i) => ({ rep: i + 1, ...r }))
      : (report.run?.steps ?? []).map((s, i) => ({ step: i + 1, ...s }));
  const cols: string[] = [];
  for (const r of rows)
    for (const [k, v] of Object.entries(r)) if (!cols.includes(k) && isCell(v)) cols.push(k);
  const lines = [cols.map(quote).join(','), ...rows.map((r) => cols.map((c) => cell(r[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}

/** File name for the CSV, from the clip's name. */
export function csvFileName(report: Report): string {
  return `${baseName(report.source.name)}.${report.activity === 'hinge' ? 'reps' : 'steps'}.csv`;
}

/** The clip's name without folders and extension (for download names). */
export function baseName(name: string): string {
  const file = name.split(/[\\/]/).pop() || 'hipcheck';
  return file.replace(/\.[^.]+$/, '') || 'hipcheck';
}

function isCell(v: unknown): boolean {
  return v === null || ['number', 'string', 'boolean'].includes(typeof v);
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return typeof v === 'string' ? quote(v) : '';
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
