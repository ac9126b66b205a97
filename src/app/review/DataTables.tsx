import type { ReactNode } from 'react';
import type { Report } from '../../core/report/report.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { HINGE_METRICS, metricUnit } from '../metrics/metricCatalog.ts';
import { runMetricsFor } from './summaryRows.ts';

interface Props {
  report: Report;
  onSeek(tS: number): void;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Per-step (run) or per-rep (hinge) table; a row's time button jumps the video there. */
export function DataTables({ report, onSeek }: Props) {
  const { t, fmt } = useI18n();
  const seek = (tS: number) => (
    <button
      type="button"
      className="link"
      onClick={() => onSeek(tS)}
      aria-label={t('table.jump', { t: fmt.clock(tS) })}
    >
      {fmt.clock(tS)}
    </button>
  );
  if (report.activity === 'hinge') {
    const reps = report.hinge?.reps ?? [];
    return (
      <MetricTable
        title={t('table.reps')}
        lead={[t('table.rep'), t('table.start'), t('table.bottom'), t('table.end')]}
        rows={reps}
        cols={HINGE_METRICS.filter((m) => reps.some((r) => m in r))}
        value={(r, m) => r[m]}
        leadCells={(r) => [fmt.clock(r.startT), seek(r.bottomT), fmt.clock(r.endT)]}
      />
    );
  }
  const steps = report.run?.steps ?? [];
  return (
    <MetricTable
      title={t('table.steps')}
      lead={['#', t('table.side'), t('table.contact')]}
      rows={steps}
      cols={runMetricsFor(report).filter((m) => steps.some((s) => num(s[m]) !== null))}
      value={(s, m) => s[m]}
      leadCells={(s) => [t(`side.${s.side}`), seek(s.contactT)]}
      rowClass={(s) => `side-${s.side}`}
    />
  );
}

interface TableProps<R, K extends string> {
  title: string;
  /** Headers of the leading columns; the first is the row number's. */
  lead: string[];
  rows: R[];
  /** Metric names, one column each. */
  cols: K[];
  /** A row's value of one metric. */
  value(row: R, metric: K): number | null | undefined;
  /** Cells of the leading columns after the row number. */
  leadCells(row: R): ReactNode[];
  rowClass?(row: R): string;
}

/** A scrollable table: row number, leading cells, then one formatted column per metric. */
function MetricTable<R, K extends string>({
  title,
  lead,
  rows,
  cols,
  value,
  leadCells,
  rowClass,
}: TableProps<R, K>) {
  const { fmt, metric } = useI18n();
  return (
    <section className="table-wrap" aria-label={title}>
      <h3>{title}</h3>
      <div className="scroll-x">
        <table>
          <thead>
            <tr>
              {lead.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
              {cols.map((m) => (
                <th key={m} scope="col">
                  {metric(m)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} className={rowClass?.(r)}>
                <th scope="row">{fmt.num(i + 1, 0)}</th>
                {leadCells(r).map((c, k) => (
                  <td key={k}>{c}</td>
                ))}
                {cols.map((m) => (
                  <td key={m}>{fmt.unit(num(value(r, m)), metricUnit(m))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
