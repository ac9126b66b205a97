import type { Report } from '../../core/report/report.ts';
import { compareReports } from '../../core/session/compareReports.ts';
import type { I18n } from '../i18n/i18nContext.ts';
import { useMetricLabel } from './useMetricLabel.ts';

interface Props {
  t: I18n['t'];
  a: Report;
  b: Report;
  labelA: string;
  labelB: string;
  caption: string;
  testId: string;
  /** Issue 18 (client report): also print each clip's spread (SD and n) under the verdict. */
  showSpread?: boolean;
}

/**
 * A difference that would need more than this many times the steps already filmed to tell from the
 * noise (e.g. 0.01° of trunk lean: ~450,000 more steps) is called too small to matter, not "film
 * more" (a UI choice, not fitted to data).
 */
const TOO_MANY_TIMES = 10;

/** Rows that count things: shown as whole numbers. */
const COUNTS = new Set(['stepCount', 'repCount', 'flagCount']);

/**
 * Two reports' metrics in one table with the difference b − a (model vs corrected, or A vs B) and,
 * for per-step / per-rep metrics, whether it is a real change or within the clips' noise.
 */
export function MetricsTable(p: Props) {
  const label = useMetricLabel(p.t);
  const rows = compareReports(p.a, p.b);
  const fmt = (metric: string, v: number | null) =>
    v === null
      ? '–'
      : COUNTS.has(metric)
        ? String(Math.round(v))
        : Math.abs(v) >= 10
          ? v.toFixed(1)
          : v.toFixed(3);
  if (rows.length === 0) return <p>{p.t('trainer.noMetrics')}</p>;
  return (
    <table className="trainer-metrics" data-testid={p.testId}>
      <caption>{p.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{p.t('trainer.metric')}</th>
          <th scope="col">{p.labelA}</th>
          <th scope="col">{p.labelB}</th>
          <th scope="col">{p.t('trainer.difference')}</th>
          <th scope="col">{p.t('trainer.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={`${r.metric}|${r.side ?? ''}`}
            data-metric={r.metric}
            data-side={r.side ?? ''}
            data-a={r.a ?? ''}
            data-b={r.b ?? ''}
            data-changed={r.diff !== null && Math.abs(r.diff) > 1e-9 ? 'true' : undefined}
          >
            <th scope="row">
              {label(r.metric)}
              {r.side ? ` (${p.t(`trainer.side.${r.side}`)})` : ''}
            </th>
            <td>{fmt(r.metric, r.a)}</td>
            <td>{fmt(r.metric, r.b)}</td>
            <td>{r.diff === null ? '–' : (r.diff > 0 ? '+' : '') + fmt(r.metric, r.diff)}</td>
            <td
              data-change={r.change ? (r.change.real ? 'real' : 'noise') : undefined}
              title={
                r.change
                  ? p.t('trainer.change.how', {
                      mdc: fmt(r.metric, r.change.mdc),
                      na: r.change.nA,
                      nb: r.change.nB,
                    })
                  : undefined
              }
            >
              {!r.change
                ? '–'
                : r.change.real
                  ? p.t('trainer.change.real')
                  : r.change.moreSteps === null
                    ? p.t('trainer.change.same')
                    : r.change.moreSteps > TOO_MANY_TIMES * Math.max(r.change.nA, r.change.nB)
                      ? p.t('trainer.change.tiny')
                      : p.t('trainer.change.noise', { n: r.change.moreSteps })}
              {p.showSpread && r.change && (
                <div className="muted" data-testid="change-spread">
                  {p.t('trainer.change.spread', {
                    sda: fmt(r.metric, r.change.sdA),
                    sdb: fmt(r.metric, r.change.sdB),
                    na: r.change.nA,
                    nb: r.change.nB,
                  })}
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
