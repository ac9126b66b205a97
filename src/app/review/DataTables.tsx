import type { ReactNode } from 'react';
import type { Report } from '../../core/report/report.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { metricUnit } from './metricCatalog.ts';
import { metricsForReport } from './summaryRows.ts';

interface Props {
  report: Report;
  onSeek(tS: number): void;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Per-step (run) or per-rep (hinge) table; a row's time button jumps the video there. */
export function DataTables({ report, onSeek }: Props) {
  const { t, fmt } = useI18n();
  const metrics = metricsForReport(report);
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
        cols={metrics.filter((m) => reps.some((r) => m in r))}
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
      cols={metrics.filter((m) => steps.some((s) => num(s[m]) !== null))}
      leadCells={(s) => [t(`side.${s.side}`), seek(s.contactT)]}
      rowClass={(s) => `side-${s.side}`}
    />
  );
}

interface TableProps<R> {
  title: string;
  /** Headers of the leading columns; the first is the row number's. */
  lead: string[];
  rows: R[];
  /** Metric names, one column each. */
  cols: string[];
  /** Cells of the leading columns after the row number. */
  leadCells(row: R): ReactNode[];
  rowClass?(row: R): string;
}

/** A scrollable table: row number, leading cells, then one formatted column per metric. */
function MetricTable<R extends Record<string, unknown>>({
  title,
  lead,
  rows,
  cols,
  leadCells,
  rowClass,
}: TableProps<R>) {
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
                  <td key={m}>{fmt.unit(num(r[m]), metricUnit(m))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
