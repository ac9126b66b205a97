import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Side } from '../../core/track/keypoints.ts';
import type { Track } from '../../core/track/track.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { drawSkeleton } from '../player/drawSkeleton.ts';
import { drawShapes } from '../overlay/drawShapes.ts';
import { overlayBackingSize } from '../player/overlayBackingSize.ts';
import { barTrail } from './barTrail.ts';
import { evidenceOverlay } from '../overlay/evidenceOverlay.ts';
import { frameAtTime } from '../../core/track/frameTime.ts';
import type { PlayheadStore } from '../player/playheadStore.ts';
import { SPEEDS, type Playback } from '../player/usePlayer.ts';

/** A flag's evidence the user asked to see ("Show me"). */
export interface ActiveEvidence {
  t: number;
  metric: string;
  side: Side | null;
  /** Formatted measured value drawn next to the line. */
  label: string;
  /** Index of the flag in the report (its title is looked up at render, in the current language). */
  flagIndex: number;
}

interface Props {
  /** Empty when the video is not at hand (a trainer session imported without it): the skeleton alone is drawn. */
  videoUrl: string;
  track: Track;
  store: PlayheadStore;
  playback: Playback;
  videoRef: RefObject<HTMLVideoElement | null>;
  evidence: ActiveEvidence | null;
  /** Title of the flag whose evidence is shown, in the current language. */
  evidenceTitle?: string;
  /** Issue 18: the reps of a side-view hinge (file seconds): the bar's path of the rep being played is drawn. */
  barReps?: readonly { startT: number; endT: number }[];
  /** Issue 18: while set, a click on the video picks a point (source pixels), e.g. a plate's edge. */
  onPick?: (xPx: number, yPx: number) => void;
  /** Points picked so far (source pixels), drawn with the line between them. */
  marks?: readonly (readonly [number, number])[];
}

/** The video with the skeleton (toggle) and the evidence lines drawn over it, plus transport controls. */
export function ReviewPlayer({
  videoUrl,
  track,
  store,
  playback,
  videoRef,
  evidence,
  evidenceTitle,
  barReps,
  onPick,
  marks,
}: Props) {
  const { t } = useI18n();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  /** Draws the overlay again at the playhead (after its backing store was resized, which clears it). */
  const redrawRef = useRef<() => void>(() => undefined);
  const [showSkeleton, setShowSkeleton] = useState(true);
  const [showBar, setShowBar] = useState(true);
  const [frameIdx, setFrameIdx] = useState(0);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const period = 1 / (track.fps || 30);
    const draw = (tS: number) => {
      const i = frameAtTime(track.frames, tS);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      // Everything below is drawn in source pixels onto the displayed-size backing store; line widths
      // and text scale with the picture as they did when the canvas had the source size.
      ctx.setTransform(canvas.width / track.width, 0, 0, canvas.height / track.height, 0, 0);
      canvas.dataset.frameIndex = String(i);
      canvas.dataset.mediaTime = tS.toFixed(6);
      setFrameIdx(i);
      const f = track.frames[i];
      if (!f) return;
      if (showSkeleton)
        drawSkeleton(ctx, f.kp, (x, y) => [x, y], { scalePx: Math.max(1, track.height / 640) });
      // The bar's path so far in the rep being played (wrist mid-point), in green (yellow is the evidence lines' colour).
      const rep = showBar ? barReps?.find((r) => f.t >= r.startT - 1e-6 && f.t <= r.endT + 1e-6) : undefined;
      const trail = rep ? barTrail(track.frames, rep.startT, f.t) : [];
      canvas.dataset.barPoints = String(trail.filter(Boolean).length);
      if (trail.length > 1) {
        ctx.save();
        ctx.strokeStyle = '#5cff5c';
        ctx.lineWidth = Math.max(2, track.height / 320);
        ctx.beginPath();
        let pen = false;
        for (const p of trail) {
          if (!p) pen = false;
          else if (!pen) {
            ctx.moveTo(p[0], p[1]);
            pen = true;
          } else ctx.lineTo(p[0], p[1]);
        }
        ctx.stroke();
        ctx.restore();
      }
      if (marks?.length) {
        ctx.save();
        ctx.strokeStyle = ctx.fillStyle = '#4dd9ff';
        ctx.lineWidth = Math.max(2, track.height / 320);
        const r = Math.max(4, track.height / 120);
        ctx.beginPath();
        marks.forEach(([x, y], k) => (k ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
        ctx.stroke();
        for (const [x, y] of marks) {
          ctx.beginPath();
          ctx.arc(x, y, r, 0, 2 * Math.PI);
          ctx.fill();
        }
        ctx.restore();
      }
      if (evidence && Math.abs(f.t - evidence.t) <= 1.5 * period) {
        drawShapes(
          ctx,
          evidenceOverlay(f.kp, evidence.metric, evidence.side, evidence.label, track.height),
          1,
          track.height,
        );
      }
    };
    redrawRef.current = () => draw(store.get());
    draw(store.get());
    return store.subscribe(draw);
  }, [track, store, showSkeleton, evidence, showBar, barReps, marks]);

  // Issue 15: the overlay's backing store is the player's displayed size × devicePixelRatio, not the
  // video's (a 1080×1920 one, 8 MB, made the compositor's commit of the review's first frame a 57 ms
  // long task). A ResizeObserver reports the size after layout, before paint, forcing none.
  useEffect(() => {
    const box = boxRef.current;
    const canvas = canvasRef.current;
    if (!box || !canvas) return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries.at(-1);
      if (!entry) return;
      const { widthPx, heightPx } = overlayBackingSize(
        entry.contentRect.width,
        window.devicePixelRatio,
        track.width,
        track.height,
      );
      if (canvas.width === widthPx && canvas.height === heightPx) return;
      canvas.width = widthPx;
      canvas.height = heightPx;
      redrawRef.current();
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [track.width, track.height]);

  const n = track.frames.length;
  return (
    <section className="review-player" aria-label={t('player.keys')}>
      <div
        ref={boxRef}
        className="player-box"
        style={{
          aspectRatio: `${track.width} / ${track.height}`,
          width: `min(100%, calc(var(--player-max-h, 70vh) * ${(track.width / track.height).toFixed(4)}))`,
        }}
      >
        <video
          ref={videoRef}
          src={videoUrl || undefined}
          playsInline
          muted
          preload="auto"
          className="player-video"
        />
        <canvas
          ref={canvasRef}
          className={onPick ? 'player-overlay player-picking' : 'player-overlay'}
          aria-hidden="true"
          data-testid="skeleton"
          onClick={
            onPick
              ? (e) => {
                  const box = e.currentTarget.getBoundingClientRect();
                  onPick(
                    ((e.clientX - box.left) * track.width) / box.width,
                    ((e.clientY - box.top) * track.height) / box.height,
                  );
                }
              : undefined
          }
        />
        {evidence && <p className="player-evidence">{t('player.evidence', { flag: evidenceTitle ?? '' })}</p>}
      </div>
      <div className="player-controls">
        <button type="button" onClick={() => playback.step(-1)} aria-label={t('player.prev')}>
          ◀︎|
        </button>
        <button type="button" onClick={playback.toggle} className="primary">
          {playback.playing ? t('player.pause') : t('player.play')}
        </button>
        <button type="button" onClick={() => playback.step(1)} aria-label={t('player.next')}>
          |▶︎
        </button>
        <label>
          {t('player.speed')}{' '}
          <select value={playback.rate} onChange={(e) => playback.setRate(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <label className="toggle">
          <input type="checkbox" checked={showSkeleton} onChange={(e) => setShowSkeleton(e.target.checked)} />{' '}
          {t('player.skeleton')}
        </label>
        {barReps && barReps.length > 0 && (
          <label className="toggle">
            <input type="checkbox" checked={showBar} onChange={(e) => setShowBar(e.target.checked)} />{' '}
            {t('player.barPath')}
          </label>
        )}
        <span className="player-frame" aria-live="off">
          {t('player.frame', { i: frameIdx + 1, n })}
        </span>
      </div>
      <p className="hint">{t('player.keys')}</p>
    </section>
  );
}
