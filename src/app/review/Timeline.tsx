import { useEffect, useMemo, useRef } from 'react';
import type { Report } from '../../core/report/report.ts';
import { useI18n } from '../i18n/useI18n.ts';
import type { PlayheadStore } from '../player/playheadStore.ts';
import { timelineMarks } from './timelineMarks.ts';

interface Props {
  report: Report;
  /** Video (file) duration, seconds. */
  durationS: number;
  /** File seconds per report second (slow-motion factor; 1 for normal clips). */
  timeScale?: number;
  store: PlayheadStore;
  onSeek(tS: number): void;
  onFlag(flagIndex: number, evidenceT: number): void;
}

const W = 1000;
const SEV_COLOUR = { info: 'var(--sev-info)', warn: 'var(--sev-warn)', alert: 'var(--sev-alert)' } as const;

/** One strip for the whole clip: contacts (L above, R below) or rep bands, flag markers, playhead. */
export function Timeline({ report, durationS, timeScale = 1, store, onSeek, onFlag }: Props) {
  const { t, fmt, pick } = useI18n();
  const marks = useMemo(() => timelineMarks(report, durationS / timeScale), [report, durationS, timeScale]);
  const headRef = useRef<SVGLineElement>(null);
  const x = (tS: number) => (tS / marks.durationS) * W;

  useEffect(() => {
    const move = (tS: number) => {
      const xx = String((tS / timeScale / marks.durationS) * W);
      headRef.current?.setAttribute('x1', xx);
      headRef.current?.setAttribute('x2', xx);
    };
    move(store.get());
    return store.subscribe(move);
  }, [store, marks.durationS, timeScale]);

  const onClick = (e: React.MouseEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    onSeek(((e.clientX - r.left) / r.width) * marks.durationS * timeScale);
  };

  return (
    <section className="timeline" aria-label={t('timeline.title')}>
      <h3>{t('timeline.title')}</h3>
      <svg
        viewBox={`0 0 ${W} 64`}
        preserveAspectRatio="none"
        className="timeline-svg"
        onClick={onClick}
        role="img"
        aria-label={t('timeline.title')}
      >
        <rect x={0} y={0} width={W} height={64} className="timeline-bg" />
        {marks.reps.map((r) => (
          <g key={r.n}>
            <rect
              x={x(r.startT)}
              y={14}
              width={Math.max(2, x(r.endT) - x(r.startT))}
              height={30}
              className="timeline-rep"
            >
              <title>{t('timeline.rep', { n: r.n })}</title>
            </rect>
            <line x1={x(r.bottomT)} x2={x(r.bottomT)} y1={14} y2={44} className="timeline-bottom" />
          </g>
        ))}
        {marks.contacts.map((c, i) => (
          <rect
            key={i}
            x={x(c.t) - 1.5}
            width={3}
            y={c.side === 'left' ? 10 : 34}
            height={20}
            className={`timeline-contact ${c.side}`}
          >
            <title>{`${t(c.side === 'left' ? 'timeline.contactLeft' : 'timeline.contactRight')} ${fmt.clock(c.t)}`}</title>
          </rect>
        ))}
        {marks.flags.map((f, i) => (
          <path
            key={i}
            d={`M${x(f.t) - 7},0 L${x(f.t) + 7},0 L${x(f.t)},10 Z`}
            fill={SEV_COLOUR[f.severity]}
            className="timeline-flag"
            onClick={(e) => {
              e.stopPropagation();
              onFlag(f.flagIndex, f.t);
            }}
          >
            <title>{`${pick(report.flags[f.flagIndex]?.title)} ${fmt.clock(f.t)}`}</title>
          </path>
        ))}
        <line ref={headRef} x1={0} x2={0} y1={0} y2={64} className="timeline-head" />
      </svg>
      <p className="timeline-legend">
        {marks.contacts.length > 0 && (
          <>
            <span className="swatch left" /> {t('timeline.contactLeft')} <span className="swatch right" />{' '}
            {t('timeline.contactRight')}{' '}
          </>
        )}
        {marks.flags.length > 0 && (
          <>
            <span className="swatch sw-flag" /> {t('timeline.flag')}
          </>
        )}
      </p>
    </section>
  );
}
