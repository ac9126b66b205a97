import { useEffect, useState, type RefObject } from 'react';
import type { Report } from '../../core/report/report.ts';
import type { Track } from '../../core/track/track.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { metricUnit } from '../metrics/metricCatalog.ts';
import { captureKeyFrames, type KeyFrameImage } from './captureKeyFrames.ts';
import { downloadText } from './download.ts';
import { keyShots } from './keyShots.ts';
import { csvFileName, reportCsv } from './reportCsv.ts';
import { reportFileName, reportJsonText, trackFileName, trackJsonText } from './reportJson.ts';
import { baseName } from './reportCsv.ts';
import { openSimFiles } from '../../core/export/openSimFiles.ts';

interface Props {
  /** Null while the analysis runs: the track can already be saved. */
  report: Report | null;
  track: Track;
  videoRef: RefObject<HTMLVideoElement | null>;
  /** Receives the key frames to lay out in the printed page. */
  onKeyFrames(frames: KeyFrameImage[]): void;
}

/** Downloads (report JSON, CSV, keypoint track) and "Print report" with key frames. */
export function ExportBar({ report, track, videoRef, onKeyFrames }: Props) {
  const { t, fmt, pick, metric } = useI18n();
  const [printing, setPrinting] = useState<'idle' | 'capturing' | 'ready'>('idle');

  useEffect(() => {
    if (printing !== 'ready') return;
    // Print after React has laid the key frames out.
    const id = requestAnimationFrame(() => {
      window.print();
      setPrinting('idle');
    });
    return () => cancelAnimationFrame(id);
  }, [printing]);

  // OpenSim files (issue 18): the keypoints (.trc, metres when the track has the subject's height)
  // and the per-frame angles (.mot), built on click.
  const openSim = (kind: 'trc' | 'mot') => {
    const stem = baseName(track.source.name);
    downloadText(openSimFiles(track, report, stem)[kind], `${stem}.${kind}`, 'text/plain');
  };

  const print = async () => {
    if (!report) return;
    const video = videoRef.current;
    setPrinting('capturing');
    try {
      const shots = keyShots(report, {
        pick,
        metric,
        value: (m, v) => fmt.unit(v, metricUnit(m)),
        contact: (side, tS) =>
          `${t(side === 'left' ? 'timeline.contactLeft' : 'timeline.contactRight')} ${fmt.clock(tS)}`,
        rep: (n) => t('timeline.rep', { n }),
      });
      onKeyFrames(video ? await captureKeyFrames(video, track, shots) : []);
    } finally {
      setPrinting('ready');
    }
  };

  return (
    <section className="export no-print" aria-label={t('export.title')}>
      <h3>{t('export.title')}</h3>
      <div className="export-buttons">
        {report && (
          <>
            <button
              type="button"
              onClick={() => downloadText(reportJsonText(report), reportFileName(report), 'application/json')}
            >
              {t('export.json')}
            </button>
            <button
              type="button"
              onClick={() => downloadText(reportCsv(report), csvFileName(report), 'text/csv')}
            >
              {t('export.csv')}
            </button>
          </>
        )}
        <button
          type="button"
          onClick={() => downloadText(trackJsonText(track), trackFileName(track), 'application/json')}
        >
          {t('export.track')}
        </button>
        <button type="button" data-testid="export-trc" onClick={() => openSim('trc')}>
          {t('export.trc')}
        </button>
        <button type="button" data-testid="export-mot" onClick={() => openSim('mot')}>
          {t('export.mot')}
        </button>
        {report && (
          <button
            type="button"
            className="primary"
            onClick={() => void print()}
            disabled={printing === 'capturing'}
          >
            {t('export.print')}
          </button>
        )}
      </div>
      {printing === 'capturing' && <p role="status">{t('export.preparing')}</p>}
    </section>
  );
}
