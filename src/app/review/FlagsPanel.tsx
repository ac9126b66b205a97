import type { Report, Severity } from '../../core/report/report.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { FlagCard } from './FlagCard.tsx';

const ORDER: Record<Severity, number> = { alert: 0, warn: 1, info: 2 };

/** All flags, the most serious first, with the not-a-diagnosis notice always visible. */
export function FlagsPanel({
  report,
  onShow,
}: {
  report: Report;
  onShow(flagIndex: number, evidenceIndex: number): void;
}) {
  const { t } = useI18n();
  const order = report.flags
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity]);
  return (
    <section className="flags" aria-labelledby="flags-title">
      <h3 id="flags-title">{t('flags.title')}</h3>
      <p className="disclaimer" role="note">
        {t('flags.disclaimer')}
      </p>
      {order.length === 0 && <p>{report.run?.running === false ? t('flags.notRunning') : t('flags.none')}</p>}
      {order.map(({ f, i }) => (
        <FlagCard key={i} flag={f} index={i} onShow={onShow} />
      ))}
    </section>
  );
}
