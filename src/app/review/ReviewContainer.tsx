import { useEffect, useMemo, useState } from 'react';
import type { Track } from '../../core/track/track.ts';
import type { AnalysisRequest } from '../../../workers/analysisApi.ts';
import { framingCheck } from '../guide/framingCheck.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { localizedError } from '../analysis/errorMessage.ts';
import { ReviewScreen } from './ReviewScreen.tsx';
import { SlowMotionPanel } from './SlowMotionPanel.tsx';
import { useReportAnalysis } from './useReportAnalysis.ts';

interface Props {
  file: File;
  track: Track;
  request: AnalysisRequest;
}

/**
 * After the pose pass: shows the video and skeleton at once, runs the analysis in its worker, and
 * fills in the review as soon as the report is there. Remounted (by key) for each new clip.
 */
export function ReviewContainer({ file, track, request: asked }: Props) {
  const { t, locale } = useI18n();
  const { state, run, cancel } = useReportAnalysis();
  const [url, setUrl] = useState<string | null>(null);
  // The slow-motion factor is a property of this clip: changing it re-runs only the analysis.
  const [slowmo, setSlowmo] = useState(asked.slowmo ?? 1);
  // Issue 18: a plate marked on this clip's video scales the bar velocity (this clip only: the
  // camera distance differs from clip to clip).
  const [plate, setPlate] = useState<number | null>(null);
  const request = useMemo<AnalysisRequest>(
    () => ({
      activity: asked.activity,
      view: asked.view,
      ...(slowmo > 1 ? { slowmo } : {}),
      ...(asked.speedMps ? { speedMps: asked.speedMps } : {}),
      ...(asked.lift && asked.lift !== 'auto' ? { lift: asked.lift } : {}),
      ...(asked.heightM ? { heightM: asked.heightM } : {}),
      ...(plate ? { plateScalePxPerM: plate } : {}),
    }),
    [asked.activity, asked.view, slowmo, asked.speedMps, asked.lift, asked.heightM, plate],
  );

  useEffect(() => {
    const u = URL.createObjectURL(file);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [file]);
  useEffect(() => {
    // Issue 15: in a task of its own, not in the one where React runs every effect of the newly
    // shown review (packing and posting the track to the analysis worker takes ~10–20 ms).
    const id = setTimeout(() => void run(track, request), 0);
    return () => clearTimeout(id);
  }, [run, track, request]);

  const report = state.phase === 'done' ? state.report : null;
  const framing = useMemo(() => (report ? framingCheck(track, report.view) : []), [track, report]);
  const pending =
    state.phase === 'running' ? (
      <section className="progress-card" aria-live="polite" data-testid="report-pending">
        <p>{t('analysis.analysing')}</p>
        <div>
          <button type="button" onClick={cancel}>
            {t('analysis.cancel')}
          </button>
        </div>
      </section>
    ) : state.phase === 'error' ? (
      <p role="alert" className="alert">
        {t('analysis.failed', { msg: localizedError(state, locale) })}
      </p>
    ) : state.phase === 'cancelled' ? (
      <section className="progress-card">
        <p>{t('analysis.cancelled')}</p>
        <div>
          <button type="button" onClick={() => void run(track, request)}>
            {t('analysis.title')}
          </button>
        </div>
      </section>
    ) : null;

  if (!url) return null;
  return (
    <ReviewScreen
      videoUrl={url}
      track={track}
      report={report}
      series={state.phase === 'done' ? state.series : null}
      framing={framing}
      pending={pending}
      aside={<SlowMotionPanel report={report} fileFps={track.fps} factor={slowmo} onFactor={setSlowmo} />}
      onPlateScale={setPlate}
    />
  );
}
