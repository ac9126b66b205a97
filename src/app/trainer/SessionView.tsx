import { useMemo, useRef, useState } from 'react';
import type { DrawingAnnotation, PointPx } from '../../core/session/annotation.ts';
import { correctedKeypointsByFrame, applyCorrections } from '../../core/session/applyCorrections.ts';
import type { Client, TrackAnalyzer } from '../../core/session/session.ts';
import type { Track } from '../../core/track/track.ts';
import { newId } from '../storage/sessionStore.ts';
import { errorMessage } from '../analysis/errorMessage.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { createPlayheadStore } from '../player/playheadStore.ts';
import { useFrameIndex } from '../player/useFrameIndex.ts';
import { useFrameKeys } from '../player/useFrameKeys.ts';
import { usePlayer } from '../player/usePlayer.ts';
import type { Tool } from './drawingGeometry.ts';
import { drawingsByFrame } from './drawingsByFrame.ts';
import { ClientReport } from './ClientReport.tsx';
import { CorrectionsList } from './CorrectionsList.tsx';
import { DrawingsList } from './DrawingsList.tsx';
import { DrawingTextForm } from './DrawingTextForm.tsx';
import { FrameStage } from './FrameStage.tsx';
import { NotesPanel } from './NotesPanel.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { SessionExport } from './SessionExport.tsx';
import { SessionMetrics } from './SessionMetrics.tsx';
import { SessionTools } from './SessionTools.tsx';
import { SessionTransport } from './SessionTransport.tsx';
import { SessionVideo } from './SessionVideo.tsx';
import { useSessionEditor } from './useSessionEditor.ts';
import { useSessionVideo } from './useSessionVideo.ts';
import { useUndoKeys } from './useUndoKeys.ts';

// Before the session is loaded the player has no frames.
const NO_FRAMES: Pick<Track, 'frames' | 'fps'> = { frames: [], fps: 30 };

/**
 * One session: composes the video and its stage, the transport, the tools, and the side panels (notes,
 * drawings, corrections, metrics, export) over the session editor and the app's one player.
 */
export function SessionView({
  sessionId,
  client,
  analyze,
  onBack,
}: {
  sessionId: string;
  client: Client | null;
  analyze: TrackAnalyzer;
  onBack(): void;
}) {
  const { t, locale } = useI18n();
  const ed = useSessionEditor(sessionId, analyze);
  const s = ed.loaded;
  const video = useSessionVideo(s?.video);
  const videoRef = useRef<HTMLVideoElement>(null);
  const [tool, setTool] = useState<Tool>('correct');
  const [rangeN, setRangeN] = useState(1);
  // Where the text tool was clicked; `n` counts the clicks so each one opens an empty field.
  const [textAt, setTextAt] = useState<{ at: PointPx; n: number } | null>(null);
  const [reportOpen, setReportOpen] = useState(false);
  useUndoKeys(ed.undo, ed.redo);

  const track = s?.track ?? NO_FRAMES;
  const frames = track.frames;
  const n = frames.length;
  // The app's one player: the session's video when it is at hand, else the track's own clock.
  const store = useMemo(() => createPlayheadStore(0), []);
  const player = usePlayer(videoRef, track, store, reportOpen ? null : video.url);
  const frame = useFrameIndex(store, frames);
  const { playing, seekFrame, seek } = player;
  useFrameKeys(player, !reportOpen);
  const timeS = frames[frame]?.t ?? 0;
  const corrected = useMemo(
    () => (s && ed.authored ? applyCorrections(s.track, ed.authored.corrections) : null),
    [s, ed.authored],
  );
  const correctedByFrame = useMemo(
    () => correctedKeypointsByFrame(n, ed.authored?.corrections ?? []),
    [n, ed.authored],
  );

  if (ed.loadError) return <p role="alert">{errorMessage(ed.loadError, locale)}</p>;
  if (!s || !ed.authored || !ed.report || !corrected) return <p aria-busy="true">…</p>;

  if (reportOpen)
    return (
      <ClientReport
        session={{ ...s, ...ed.authored }}
        client={client}
        track={corrected}
        report={ed.report}
        videoUrl={video.url}
        onBack={() => setReportOpen(false)}
      />
    );

  // The drawings made on this frame, by the client report's rule (the frame nearest each drawing's time).
  const drawings =
    drawingsByFrame(
      frames,
      ed.authored.annotations.filter((a): a is DrawingAnnotation => a.type === 'drawing'),
    ).find((g) => g.frame === frame)?.drawings ?? [];
  const formatT = (x: number) => `${x.toFixed(2)} s`;
  const editable = !playing;
  const addDrawing = (shape: DrawingAnnotation['shape']) =>
    ed.edit({ kind: 'add-annotation', annotation: { id: newId(), type: 'drawing', t: timeS, shape } });

  return (
    <article className="trainer-session" data-testid="session-view" data-session-id={s.id}>
      <header>
        <button type="button" onClick={onBack}>
          {t('trainer.back')}
        </button>
        <h2>{s.title}</h2>
        <span>
          {s.date} · {t(`activity.${s.activity}`)} · {t(`view.${s.view}`)}
        </span>
        <SaveStatus t={t} state={ed.save} />
        <button type="button" onClick={() => setReportOpen(true)}>
          {t('trainer.clientReport')}
        </button>
      </header>
      <div className="trainer-session-body">
        <div className="trainer-editor">
          <SessionVideo
            videoRef={videoRef}
            source={s.video}
            video={video}
            widthPx={s.track.width}
            heightPx={s.track.height}
          >
            <FrameStage
              widthPx={s.track.width}
              heightPx={s.track.height}
              frame={corrected.frames[frame]}
              corrected={correctedByFrame.get(frame) ?? new Set()}
              drawings={drawings}
              tool={tool}
              editable={editable}
              onDrawing={addDrawing}
              onTextAt={(at) => setTextAt((p) => ({ at, n: (p?.n ?? 0) + 1 }))}
              onMoveKeypoint={(keypoint, at) =>
                ed.edit({
                  kind: 'add-correction',
                  correction: {
                    id: newId(),
                    keypoint,
                    fromFrame: frame,
                    toFrame: Math.min(n - 1, frame + Math.max(1, rangeN) - 1),
                    xPx: at.xPx,
                    yPx: at.yPx,
                  },
                })
              }
            />
          </SessionVideo>
          <SessionTransport
            player={player}
            frame={frame}
            n={n}
            timeS={timeS}
            hasVideo={Boolean(video.url)}
            formatT={formatT}
          />
          <SessionTools
            tool={tool}
            onTool={setTool}
            rangeN={rangeN}
            onRangeN={setRangeN}
            n={n}
            canUndo={ed.canUndo}
            canRedo={ed.canRedo}
            onUndo={ed.undo}
            onRedo={ed.redo}
            playing={playing}
          />
          {textAt && (
            <DrawingTextForm
              key={textAt.n}
              onDone={(text) => {
                if (text) addDrawing({ kind: 'text', at: textAt.at, text });
                setTextAt(null);
              }}
            />
          )}
        </div>
        <div className="trainer-side">
          <NotesPanel
            t={t}
            annotations={ed.authored.annotations}
            timeS={timeS}
            draft={ed.noteDraft}
            formatT={formatT}
            onDraft={ed.setNoteDraft}
            onSave={(d) => {
              ed.edit({
                kind: 'add-annotation',
                annotation: { id: newId(), type: 'note', t: d.t, text: d.text },
              });
              ed.setNoteDraft(null);
            }}
            onAddMarker={() =>
              ed.edit({
                kind: 'add-annotation',
                annotation: {
                  id: newId(),
                  type: 'marker',
                  t: timeS,
                  label: t('trainer.markerLabel', {
                    n: ed.authored!.annotations.filter((a) => a.type === 'marker').length + 1,
                  }),
                },
              })
            }
            onRemove={(id) => ed.edit({ kind: 'remove-annotation', id })}
            onSeek={seek}
          />
          <DrawingsList
            annotations={ed.authored.annotations}
            formatT={formatT}
            onSeek={seek}
            onRemove={(id) => ed.edit({ kind: 'remove-annotation', id })}
          />
          <CorrectionsList
            corrections={ed.authored.corrections}
            onSeekFrame={seekFrame}
            onRemove={(id) => ed.edit({ kind: 'remove-correction', id })}
          />
          <SessionMetrics
            rawReport={ed.rawReport}
            report={ed.report}
            analysing={ed.analysing}
            analyzeMs={ed.analyzeMs}
          />
          <SessionExport t={t} session={{ ...s, ...ed.authored, report: ed.report }} client={client} />
        </div>
      </div>
    </article>
  );
}
