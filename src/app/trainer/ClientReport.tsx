import { useMemo } from 'react';
import type { Report } from '../../core/report/report.ts';
import type { Annotation, DrawingAnnotation } from '../../core/session/annotation.ts';
import type { Client, Session } from '../../core/session/session.ts';
import type { Track } from '../../core/track/track.ts';
import { useTrackFrameImages } from '../player/useTrackFrameImages.ts';
import { framingCheck } from '../guide/framingCheck.ts';
import { ReviewScreen } from '../review/ReviewScreen.tsx';
import { seriesForCharts } from '../../core/report/seriesForCharts.ts';
import { drawingsByFrame } from './drawingsByFrame.ts';
import { MetricsTable } from './MetricsTable.tsx';
import { usePreviousReport } from './usePreviousReport.ts';
import { ShapeView } from './FrameStage.tsx';
import { useI18n } from '../i18n/useI18n.ts';

interface Props {
  session: Pick<Session, 'title' | 'date' | 'annotations' | 'video'> & { id?: string };
  client: Client | null;
  /** The corrected track and the report derived from it: what the client is told. */
  track: Track;
  report: Report;
  videoUrl: string | null;
  onBack(): void;
}

/**
 * The report a trainer hands the client: the review screen (cards, flags, charts, tables, print and
 * downloads) of the corrected track, with the trainer's notes, markers and marked-up frames above
 * the summary, on screen and in the printed page.
 */
export function ClientReport({ session, client, track, report, videoUrl, onBack }: Props) {
  const { t } = useI18n();
  const d = report.detected?.d;
  const series = useMemo(
    () => seriesForCharts(track, { activity: report.activity, ...(d ? { d } : {}) }),
    [track, report.activity, d],
  );
  const framing = useMemo(() => framingCheck(track, report.view), [track, report.view]);
  const previous = usePreviousReport(client?.id ?? null, session.date, report.activity, session.id);
  return (
    <div className="trainer-client-report" data-testid="client-report">
      <button type="button" onClick={onBack}>
        {t('trainer.backToSession')}
      </button>
      <ReviewScreen
        videoUrl={videoUrl ?? ''}
        track={track}
        report={report}
        series={series}
        framing={framing}
        aside={
          <>
            <TrainerNotes session={session} client={client} track={track} videoUrl={videoUrl} />
            {previous && (
              <section className="trainer-report-since" data-testid="client-report-since">
                <MetricsTable
                  t={t}
                  a={previous.report}
                  b={report}
                  labelA={previous.date}
                  labelB={session.date}
                  caption={t('trainer.report.since', { date: previous.date })}
                  testId="client-report-compare"
                  showSpread
                />
                <p className="muted">{t('trainer.report.sinceHow')}</p>
              </section>
            )}
          </>
        }
      />
    </div>
  );
}

function TrainerNotes({
  session,
  client,
  track,
  videoUrl,
}: {
  session: Props['session'];
  client: Client | null;
  track: Track;
  videoUrl: string | null;
}) {
  const { t } = useI18n();
  const timed = <A extends Annotation>(type: A['type']) =>
    session.annotations.filter((a): a is A => a.type === type).sort((a, b) => a.t - b.t);
  const notes = timed<Extract<Annotation, { type: 'note' }>>('note');
  const markers = timed<Extract<Annotation, { type: 'marker' }>>('marker');
  const groups = useMemo(
    () =>
      drawingsByFrame(
        track.frames,
        session.annotations.filter((a): a is DrawingAnnotation => a.type === 'drawing'),
      ),
    [track.frames, session.annotations],
  );
  const images = useTrackFrameImages(
    videoUrl,
    track,
    groups.map((g) => g.t),
  );
  const stroke = Math.max(2, track.width / 300);
  const at = (tS: number) => `${tS.toFixed(2)} s`;
  return (
    <section
      className="trainer-notes-report"
      aria-label={t('trainer.report.notes')}
      data-testid="trainer-notes-report"
    >
      <h3>{t('trainer.report.notes')}</h3>
      <p>
        {t('trainer.report.for', { client: client?.name ?? '–', title: session.title, date: session.date })}
      </p>
      {notes.length === 0 && markers.length === 0 && groups.length === 0 && (
        <p className="muted">{t('trainer.report.nothing')}</p>
      )}
      {notes.length > 0 && (
        <ul className="trainer-report-notes">
          {notes.map((n) => (
            <li key={n.id}>
              <span className="muted">{at(n.t)}</span> <span className="note-text">{n.text}</span>
            </li>
          ))}
        </ul>
      )}
      {markers.length > 0 && (
        <p>
          {t('trainer.markers')}: {markers.map((m) => `${m.label} (${at(m.t)})`).join(' · ')}
        </p>
      )}
      {groups.length > 0 && (
        <div className="trainer-report-frames" data-testid="trainer-report-frames">
          {groups.map((g, i) => (
            <figure key={g.frame}>
              <svg
                viewBox={`0 0 ${track.width} ${track.height}`}
                role="img"
                aria-label={t('trainer.report.frameAt', { t: at(g.t) })}
              >
                <rect width={track.width} height={track.height} fill="#111" />
                {images[i] && <image href={images[i]} width={track.width} height={track.height} />}
                <g fill="none" strokeWidth={stroke} strokeLinecap="round" strokeLinejoin="round">
                  {g.drawings.map((dr) => (
                    <ShapeView
                      key={dr.id}
                      id={dr.id}
                      shape={dr.shape}
                      color={dr.color ?? '#f3c'}
                      stroke={stroke}
                    />
                  ))}
                </g>
              </svg>
              <figcaption>
                {at(g.t)} · {g.drawings.map((dr) => t(`trainer.tool.${dr.shape.kind}`)).join(', ')}
              </figcaption>
            </figure>
          ))}
        </div>
      )}
    </section>
  );
}
