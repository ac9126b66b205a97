import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Report } from '../../core/report/report.ts';
import type { Track } from '../../core/track/track.ts';
import type { KeyFrameImage } from '../export/captureKeyFrames.ts';
import { ExportBar } from '../export/ExportBar.tsx';
import { PrintHeader, PrintKeyFrames } from '../export/PrintHeader.tsx';
import type { FramingIssue } from '../guide/framingCheck.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { pxPerMFromPlate } from '../../core/hinge/barPath.ts';
import { BarPanel } from './BarPanel.tsx';
import { DataTables } from './DataTables.tsx';
import { FlagsPanel } from './FlagsPanel.tsx';
import { metricUnit } from '../metrics/metricCatalog.ts';
import { createPlayheadStore } from '../player/playheadStore.ts';
import { QualityPanel } from './QualityPanel.tsx';
import { ReviewPlayer, type ActiveEvidence } from './ReviewPlayer.tsx';
import { SeriesCharts } from './SeriesCharts.tsx';
import type { ChartSeries } from '../../core/report/seriesForCharts.ts';
import { SummaryCards } from './SummaryCards.tsx';
import { Timeline } from './Timeline.tsx';
import { TopFindings } from './TopFindings.tsx';
import { useFrameKeys } from '../player/useFrameKeys.ts';
import { usePlayer } from '../player/usePlayer.ts';

interface Props {
  videoUrl: string;
  track: Track;
  /** The report, once the analysis worker has it: the video and the track come first. */
  report: Report | null;
  /** Chart series (from the analysis worker); charts appear when they arrive. */
  series: ChartSeries | null;
  framing: FramingIssue[];
  /** Shown while the report is not there yet (progress, cancel, or the analysis' error). */
  pending?: ReactNode;
  /** Shown above the summary cards whatever the state (the slow-motion setting). */
  aside?: ReactNode;
  /** Issue 18: a 45 cm plate marked on the video gives this px/m (null: forget it); absent, no marking is offered. */
  onPlateScale?: (pxPerM: number | null) => void;
}

/** The review screen: video + overlay, timeline, cards, flags with "Show me", charts, tables, export. */
export function ReviewScreen({
  videoUrl,
  track,
  report,
  series,
  framing,
  pending,
  aside,
  onPlateScale,
}: Props) {
  const { fmt, pick } = useI18n();
  const store = useMemo(() => createPlayheadStore(0), []);
  const videoRef = useRef<HTMLVideoElement>(null);
  const playerRef = useRef<HTMLDivElement>(null);
  const playback = usePlayer(videoRef, track, store, videoUrl);
  useFrameKeys(playback);
  const [evidence, setEvidence] = useState<ActiveEvidence | null>(null);
  const [keyFrames, setKeyFrames] = useState<KeyFrameImage[]>([]);
  const { seek, pause } = playback;
  // Report times are real time; a slow-motion file plays `k` times slower (analyzeTrack's slowmo).
  const k = typeof report?.source.slowmoFactor === 'number' ? report.source.slowmoFactor : 1;

  const seekTo = useCallback(
    (tS: number) => {
      setEvidence(null);
      seek(tS);
    },
    [seek],
  );
  const seekReportT = useCallback((tS: number) => seekTo(tS * k), [seekTo, k]);
  const showEvidence = useCallback(
    (flagIndex: number, evidenceIndex: number) => {
      const f = report?.flags[flagIndex];
      const e = f?.evidence[evidenceIndex];
      if (!f || !e) return;
      pause();
      setEvidence({
        t: e.t * k,
        metric: e.metric,
        side: e.side ?? f.side,
        label: fmt.unit(e.value, metricUnit(e.metric)),
        flagIndex,
      });
      seek(e.t * k);
      playerRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    },
    [report, fmt, seek, pause, k],
  );
  // Issue 18: the reps whose bar path the player draws (side-view hinge), in file seconds.
  const barReps = useMemo(
    () =>
      report?.activity === 'hinge' && report.view === 'side'
        ? (report.hinge?.reps ?? []).map((r) => ({ startT: r.startT * k, endT: r.endT * k }))
        : undefined,
    [report, k],
  );
  // Issue 18: marking a plate's two edges on the video (null: not marking).
  const [marks, setMarks] = useState<(readonly [number, number])[] | null>(null);
  const pickPlateEdge = useCallback(
    (x: number, y: number) => {
      const next = [...(marks ?? []), [x, y] as const];
      if (next.length < 2) return setMarks(next);
      setMarks(null);
      const pxPerM = pxPerMFromPlate(Math.hypot(next[1]![0] - next[0]![0], next[1]![1] - next[0]![1]));
      if (pxPerM !== null) onPlateScale?.(pxPerM);
    },
    [marks, onPlateScale],
  );
  // Issue 15: the parts below the first screen (charts, per-step tables, quality) are committed in
  // a later task than the rest of the review: React cannot split a commit, and the whole review
  // in one commit (DOM, layout read by the player and the charts) was a 60–100 ms main-thread task.
  const [belowShown, setBelowShown] = useState(false);
  useEffect(() => {
    if (!report || belowShown) return;
    const id = setTimeout(() => startTransition(() => setBelowShown(true)), 0);
    return () => clearTimeout(id);
  }, [report, belowShown]);
  const durationS = track.frames.length
    ? track.frames[track.frames.length - 1]!.t
    : (report?.source.durationS ?? 0);

  return (
    <div className="review" data-testid="review" data-activity={report?.activity} data-view={report?.view}>
      {report && <PrintHeader report={report} />}
      {report && (
        <TopFindings report={report} track={track} videoUrl={videoUrl} timeScale={k} onShow={showEvidence} />
      )}
      <div className="review-main">
        <div className="review-left" ref={playerRef}>
          <ReviewPlayer
            videoUrl={videoUrl}
            track={track}
            store={store}
            playback={playback}
            videoRef={videoRef}
            evidence={evidence}
            evidenceTitle={evidence ? pick(report?.flags[evidence.flagIndex]?.title) : undefined}
            barReps={barReps}
            {...(marks ? { onPick: pickPlateEdge, marks } : {})}
          />
          {report && (
            <Timeline
              report={report}
              durationS={durationS}
              timeScale={k}
              store={store}
              onSeek={seekTo}
              onFlag={(fi, tS) =>
                showEvidence(
                  fi,
                  Math.max(
                    0,
                    report.flags[fi]!.evidence.findIndex((e) => e.t === tS),
                  ),
                )
              }
            />
          )}
        </div>
        <div className="review-right">
          {pending}
          {aside}
          {report && <SummaryCards report={report} />}
          {report && <FlagsPanel report={report} onShow={showEvidence} />}
          {report && barReps && barReps.length > 0 && (
            <BarPanel
              report={report}
              track={track}
              timeScale={k}
              {...(onPlateScale
                ? {
                    plate: {
                      marking: marks !== null,
                      onStart: () => {
                        pause();
                        setMarks([]);
                      },
                      onCancel: () => setMarks(null),
                      onClear: () => onPlateScale(null),
                    },
                  }
                : {})}
            />
          )}
        </div>
      </div>
      <PrintKeyFrames frames={keyFrames} />
      {belowShown && report && series && (
        <SeriesCharts series={series} view={report.view} store={store} onSeek={seekTo} />
      )}
      {belowShown && report && <DataTables report={report} onSeek={seekReportT} />}
      {belowShown && report && <QualityPanel report={report} framing={framing} />}
      <ExportBar report={report} track={track} videoRef={videoRef} onKeyFrames={setKeyFrames} />
    </div>
  );
}
