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
  const { t, fmt, metric } = useI18n();
  const metrics = metricsForReport(report);
  if (report.activity === 'hinge') {
    const reps = report.hinge?.reps ?? [];
    const cols = metrics.filter((m) => reps.some((r) => m in r));
    return (
      <section className="table-wrap" aria-label={t('table.reps')}>
        <h3>{t('table.reps')}</h3>
        <div className="scroll-x">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('table.rep')}</th>
                <th scope="col">{t('table.start')}</th>
                <th scope="col">{t('table.bottom')}</th>
                <th scope="col">{t('table.end')}</th>
                {cols.map((m) => (
                  <th key={m} scope="col">
                    {metric(m)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {reps.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{fmt.num(i + 1, 0)}</th>
                  <td>{fmt.clock(r.startT)}</td>
                  <td>
                    <button type="button" className="link" onClick={() => onSeek(r.bottomT)} aria-label={t('table.jump', { t: fmt.clock(r.bottomT) })}>
                      {fmt.clock(r.bottomT)}
                    </button>
                  </td>
                  <td>{fmt.clock(r.endT)}</td>
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
  const steps = report.run?.steps ?? [];
  const cols = metrics.filter((m) => steps.some((s) => num(s[m]) !== null));
  return (
    <section className="table-wrap" aria-label={t('table.steps')}>
      <h3>{t('table.steps')}</h3>
      <div className="scroll-x">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('table.side')}</th>
              <th scope="col">{t('table.contact')}</th>
              {cols.map((m) => (
                <th key={m} scope="col">
                  {metric(m)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {steps.map((s, i) => (
              <tr key={i} className={`side-${s.side}`}>
                <th scope="row">{fmt.num(i + 1, 0)}</th>
                <td>{t(`side.${s.side}`)}</td>
                <td>
                  <button type="button" className="link" onClick={() => onSeek(s.contactT)} aria-label={t('table.jump', { t: fmt.clock(s.contactT) })}>
                    {fmt.clock(s.contactT)}
                  </button>
                </td>
                {cols.map((m) => (
                  <td key={m}>{fmt.unit(num(s[m]), metricUnit(m))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
