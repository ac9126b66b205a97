import type { Flag } from '../../core/report/report.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { metricUnit } from '../metrics/metricCatalog.ts';
import { pickEvidence } from '../../core/report/pickEvidence.ts';

interface Props {
  flag: Flag;
  index: number;
  onShow(flagIndex: number, evidenceIndex: number): void;
}

const MAX_ROWS = 6;

/** One flag: severity, what was measured against which threshold, why it matters, drills, "Show me". */
export function FlagCard({ flag, index, onShow }: Props) {
  const { t, fmt, pick, metric } = useI18n();
  const best = pickEvidence(flag);
  const heuristic = !flag.thresholdSource || /heuristic|\[H\]/i.test(flag.thresholdSource);
  const rows = flag.evidence.slice(0, MAX_ROWS);
  return (
    <article
      className={`flag sev-${flag.severity}`}
      data-flag-id={flag.id}
      aria-labelledby={`flag-${index}-title`}
    >
      <header>
        <span className={`badge sev-${flag.severity}`}>{t(`flags.severity.${flag.severity}`)}</span>
        <h4 id={`flag-${index}-title`}>
          {pick(flag.title)}
          {flag.side && <small> · {t(`side.${flag.side}`)}</small>}
        </h4>
      </header>
      <p>{pick(flag.detail)}</p>
      {typeof flag.nEvents === 'number' &&
        typeof flag.minEvents === 'number' &&
        flag.nEvents < flag.minEvents && (
          <p className="flag-few" data-testid="flag-few-events">
            {t('flags.fewEvents', { n: flag.nEvents, min: flag.minEvents })}
          </p>
        )}
      {rows.length > 0 && (
        <table className="evidence">
          <thead>
            <tr>
              <th scope="col">{t('flags.measured')}</th>
              <th scope="col">{t('flags.threshold')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((e, i) => (
              <tr key={i}>
                <td>
                  {metric(e.metric)} <strong>{fmt.unit(e.value, metricUnit(e.metric))}</strong>
                </td>
                <td>{typeof e.threshold === 'number' ? fmt.unit(e.threshold, metricUnit(e.metric)) : '–'}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => onShow(index, i)}
                    aria-label={t('table.jump', { t: fmt.clock(e.t) })}
                  >
                    {t('flags.at', { t: fmt.clock(e.t) })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="flag-meta">
        {typeof flag.confidence === 'number' && (
          <span>{t('flags.confidence', { p: fmt.unit(flag.confidence, 'percent') })} · </span>
        )}
        {heuristic ? (
          t('flags.heuristic')
        ) : (
          <>
            {t('flags.source', { src: '' })}
            <cite lang="en">{flag.thresholdSource}</cite>
          </>
        )}
      </p>
      {best >= 0 && (
        <button type="button" className="primary show-me" onClick={() => onShow(index, best)}>
          {t('flags.showMe')}
        </button>
      )}
      {flag.drills && flag.drills.length > 0 && (
        <details className="drills" open>
          <summary>{t('flags.drills')}</summary>
          <ul>
            {flag.drills.map((d) => (
              <li key={d.id}>
                <strong>{pick(d.name)}</strong> — {pick(d.why)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
