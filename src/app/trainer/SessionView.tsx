import { useMemo, useRef, useState } from 'react';
import type { DrawingAnnotation, PointPx } from '../../core/session/annotation.ts';
import { correctedKeypointsByFrame, applyCorrections } from '../../core/session/applyCorrections.ts';
import type { Client, TrackAnalyzer } from '../../core/session/session.ts';
import { KEYPOINT_NAMES } from '../../core/track/keypoints.ts';
import { newId } from '../storage/sessionStore.ts';
import type { Tool } from './drawingGeometry.ts';
import { FrameStage } from './FrameStage.tsx';
import { MetricsTable } from './MetricsTable.tsx';
import { NotesPanel } from './NotesPanel.tsx';
import { SessionExport } from './SessionExport.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { useSessionEditor } from './useSessionEditor.ts';
import { useSessionVideo } from './useSessionVideo.ts';
import { errorMessage } from '../analysis/errorMessage.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { useUndoKeys } from './useUndoKeys.ts';
import { useFrameKeys } from '../player/useFrameKeys.ts';
import { createPlayheadStore } from '../player/playheadStore.ts';
import { usePlayer } from '../player/usePlayer.ts';
import { useFrameIndex } from '../player/useFrameIndex.ts';
import type { Track } from '../../core/track/track.ts';
import { drawingsByFrame } from './drawingsByFrame.ts';
import { ClientReport } from './ClientReport.tsx';

// Before the session is loaded the player has no frames.
const NO_FRAMES: Pick<Track, 'frames' | 'fps'> = { frames: [], fps: 30 };

const TOOLS: Tool[] = ['correct', 'line', 'arrow', 'angle', 'freehand', 'text'];

/** One session: video with skeleton and drawings, tools, notes, corrections, metrics, export. */
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
  const [textAt, setTextAt] = useState<PointPx | null>(null);
  const [text, setText] = useState('');
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
          <div className="trainer-stage-wrap" style={{ aspectRatio: `${s.track.width} / ${s.track.height}` }}>
            {video.url ? (
              <video ref={videoRef} src={video.url} muted playsInline preload="auto" />
            ) : (
              <div className="trainer-no-video" />
            )}
            <FrameStage
              widthPx={s.track.width}
              heightPx={s.track.height}
              frame={corrected.frames[frame]}
              corrected={correctedByFrame.get(frame) ?? new Set()}
              drawings={drawings}
              tool={tool}
              editable={editable}
              onDrawing={addDrawing}
              onTextAt={(at) => (setTextAt(at), setText(''))}
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
          </div>
          {!video.url && (
            <p className="muted">
              {t('trainer.videoMissing', { name: s.video.name })}{' '}
              <label>
                {t('trainer.chooseVideo')}{' '}
                <input
                  type="file"
                  accept="video/*"
                  onChange={(e) => e.currentTarget.files?.[0] && video.provide(e.currentTarget.files[0])}
                />
              </label>
            </p>
          )}
          {video.mismatch && (
            <p role="alert">{t('trainer.videoMismatch', { name: s.video.name, size: s.video.sizeBytes })}</p>
          )}
          <div className="trainer-transport">
            <button type="button" onClick={() => player.step(-1)} aria-label={t('player.prev')}>
              ◀
            </button>
            {video.url && (
              <button type="button" onClick={player.toggle}>
                {playing ? t('player.pause') : t('player.play')}
              </button>
            )}
            <button type="button" onClick={() => player.step(1)} aria-label={t('player.next')}>
              ▶
            </button>
            <input
              type="range"
              aria-label={t('charts.time')}
              min={0}
              max={Math.max(0, n - 1)}
              value={frame}
              onChange={(e) => seekFrame(Number(e.currentTarget.value))}
            />
            <span data-testid="frame-counter" data-frame={frame}>
              {t('player.frame', { i: frame + 1, n })} · {formatT(timeS)}
            </span>
          </div>
          <div className="trainer-tools" role="toolbar" aria-label={t('trainer.tools')}>
            {TOOLS.map((k) => (
              <button key={k} type="button" aria-pressed={tool === k} onClick={() => setTool(k)}>
                {t(`trainer.tool.${k}`)}
              </button>
            ))}
            <label>
              {t('trainer.correctFrames')}{' '}
              <input
                type="number"
                min={1}
                max={n}
                value={rangeN}
                onChange={(e) => setRangeN(Math.max(1, Number(e.currentTarget.value) || 1))}
              />
            </label>
            <button type="button" disabled={!ed.canUndo} onClick={ed.undo}>
              {t('trainer.undo')}
            </button>
            <button type="button" disabled={!ed.canRedo} onClick={ed.redo}>
              {t('trainer.redo')}
            </button>
          </div>
          {playing && <p className="muted">{t('trainer.pauseToEdit')}</p>}
          {tool === 'angle' && <p className="muted">{t('trainer.angleHint')}</p>}
          {textAt && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (text.trim()) addDrawing({ kind: 'text', at: textAt, text });
                setTextAt(null);
              }}
            >
              <label>
                {t('trainer.drawingText')}{' '}
                <input type="text" value={text} autoFocus onChange={(e) => setText(e.currentTarget.value)} />
              </label>
              <button type="submit">{t('trainer.addText')}</button>
            </form>
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
            onSeek={(x) => seek(x)}
          />
          <section aria-label={t('trainer.drawings')}>
            <h3>{t('trainer.drawings')}</h3>
            <ul data-testid="drawings">
              {ed.authored.annotations.map((a) =>
                a.type === 'drawing' ? (
                  <li key={a.id} data-kind={a.shape.kind}>
                    <button type="button" className="link" onClick={() => seek(a.t)}>
                      {formatT(a.t)}
                    </button>{' '}
                    {t(`trainer.tool.${a.shape.kind}`)}{' '}
                    <button type="button" onClick={() => ed.edit({ kind: 'remove-annotation', id: a.id })}>
                      {t('trainer.remove')}
                    </button>
                  </li>
                ) : null,
              )}
            </ul>
          </section>
          <section aria-label={t('trainer.corrections')}>
            <h3>{t('trainer.corrections')}</h3>
            {ed.authored.corrections.length === 0 ? (
              <p className="muted">{t('trainer.noCorrections')}</p>
            ) : (
              <ul data-testid="corrections">
                {ed.authored.corrections.map((c) => (
                  <li key={c.id}>
                    <button type="button" className="link" onClick={() => seekFrame(c.fromFrame)}>
                      {t('trainer.correctionItem', {
                        kp: t(`trainer.kp.${KEYPOINT_NAMES[c.keypoint] ?? 'nose'}`),
                        from: c.fromFrame + 1,
                        to: c.toFrame + 1,
                      })}
                    </button>{' '}
                    <button type="button" onClick={() => ed.edit({ kind: 'remove-correction', id: c.id })}>
                      {t('trainer.remove')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-label={t('trainer.metrics')} aria-busy={ed.analysing} data-testid="session-analysis">
            <h3>{t('trainer.metrics')}</h3>
            {ed.rawReport && (
              <MetricsTable
                t={t}
                a={ed.rawReport}
                b={ed.report}
                labelA={t('trainer.model')}
                labelB={t('trainer.corrected')}
                caption={t('trainer.metrics')}
                testId="session-metrics"
              />
            )}
            {ed.analyzeMs !== null && (
              <p className="muted" data-testid="analyze-ms" data-ms={ed.analyzeMs.toFixed(1)}>
                {t('trainer.analyzeMs', { ms: ed.analyzeMs.toFixed(0) })}
              </p>
            )}
          </section>
          <SessionExport t={t} session={{ ...s, ...ed.authored, report: ed.report }} client={client} />
        </div>
      </div>
    </article>
  );
}
