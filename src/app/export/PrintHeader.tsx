import type { Report } from '../../core/report/report.ts';
import { useI18n } from '../i18n/useI18n.ts';
import type { KeyFrameImage } from './captureKeyFrames.ts';

/** Parts of the printed page that the screen does not show: title, clip, date, key frames. */
export function PrintHeader({ report }: { report: Report }) {
  const { t, fmt, locale } = useI18n();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  return (
    <header className="print-only print-header">
      <h1>{t('print.title')}</h1>
      <p>{t('print.clip', { name: report.source.name, dur: fmt.unit(report.source.durationS, 's') })}</p>
      <p>{t('print.generated', { date })}</p>
    </header>
  );
}

export function PrintKeyFrames({ frames }: { frames: KeyFrameImage[] }) {
  const { t, fmt } = useI18n();
  if (!frames.length) return null;
  return (
    <section className="print-only print-keyframes">
      <h3>{t('print.keyFrames')}</h3>
      <div className="keyframe-grid">
        {frames.map((f, i) => (
          <figure key={i}>
            <img src={f.dataUrl} alt={f.caption} />
            <figcaption>
              {fmt.clock(f.t)} · {f.caption}
            </figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}
