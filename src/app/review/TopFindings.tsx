import { useEffect, useMemo, useRef } from 'react';
import type { Report } from '../../core/report/report.ts';
import { topFindings } from '../../core/report/topFindings.ts';
import type { Track } from '../../core/track/track.ts';
import { useTrackFrameImages } from '../player/useTrackFrameImages.ts';
import { useI18n } from '../i18n/useI18n.ts';

interface Props {
  report: Report;
  track: Track;
  videoUrl: string;
  /** Report times are real time; the file plays `timeScale` times slower (slow motion). */
  timeScale: number;
  onShow(flagIndex: number, evidenceIndex: number): void;
}

/** The first sentence of a flag's text (what and why), in either language. */
function firstSentence(text: string): string {
  const m = /^.*?[.。!?！？](?=\s|$)/su.exec(text.trim());
  return m ? m[0] : text;
}

/**
 * The review's first screen (issue 16): the one to three things to work on, most important first
 * (core/report/topFindings.ts), each with its evidence frame, one sentence, how sure the analysis is
 * and a click that shows the frame in the player; or a clean "nothing to work on". It takes the top
 * of the page when the report arrives; everything else follows below.
 */
export function TopFindings({ report, track, videoUrl, timeScale, onShow }: Props) {
  const { t, fmt, pick } = useI18n();
  const top = useMemo(() => topFindings(report.flags), [report]);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'start' });
  }, [report]);

  // Evidence frames from a video element of their own (the player is not moved), with the same
  // frame grabber as the printed report's key frames.
  const times = useMemo(() => top.map((f) => f.t * timeScale), [top, timeScale]);
  const images = useTrackFrameImages(videoUrl, track, times, 160);

  const unit = report.activity === 'hinge' ? 'top.reps' : 'top.steps';
  return (
    <section
      className="top-findings"
      ref={ref}
      aria-labelledby="top-findings-title"
      data-testid="top-findings"
      data-count={top.length}
    >
      <h3 id="top-findings-title">{t('top.title')}</h3>
      {top.length === 0 ? (
        <p className="top-none" data-testid="top-none">
          {report.run?.running === false ? t('top.notRunning') : t('top.none')}
        </p>
      ) : (
        <ol>
          {top.map((f, rank) => {
            const flag = report.flags[f.flagIndex]!;
            const sure = [
              f.fewEvents
                ? t('top.few', { n: f.nEvents ?? 0, min: f.minEvents ?? 0 })
                : f.nEvents !== null
                  ? t(unit, { n: f.nEvents })
                  : '',
              f.confidence !== null ? t('top.confidence', { p: fmt.unit(f.confidence, 'percent') }) : '',
            ].filter(Boolean);
            return (
              <li
                key={f.flagIndex}
                className={`top-finding sev-${f.severity}`}
                data-flag-id={flag.id}
                data-rank={rank + 1}
              >
                <button
                  type="button"
                  className="top-thumb"
                  onClick={() => onShow(f.flagIndex, f.evidenceIndex)}
                  aria-label={t('top.show', { t: fmt.clock(f.t) })}
                  disabled={f.evidenceIndex < 0}
                >
                  {images[rank] ? <img src={images[rank]} alt="" /> : <span className="top-thumb-empty" />}
                </button>
                <div className="top-text">
                  <p className="top-head">
                    <span className={`badge sev-${f.severity}`}>{t(`flags.severity.${f.severity}`)}</span>{' '}
                    <strong>{pick(flag.title)}</strong>
                    {flag.side && <small> · {t(`side.${flag.side}`)}</small>}
                  </p>
                  <p className="top-why">{firstSentence(pick(flag.detail))}</p>
                  {sure.length > 0 && <p className="top-sure">{sure.join(' · ')}</p>}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <p className="top-more">{t('top.more')}</p>
    </section>
  );
}
