import { useCallback, useEffect, useRef, useState } from 'react';
import type { Track } from '../../core/track/track.ts';
import { trackStringify } from '../../pose/trackStringify.ts';
import { drawSkeleton } from './drawSkeleton.ts';
import { nearestFrame, seekTimeForFrame } from '../../core/track/frameTime.ts';

/**
 * Plays the clip with the track's skeleton over it. The overlay is redrawn from
 * requestVideoFrameCallback's `mediaTime` (the shown frame's own time), so it matches the picture
 * while playing, when paused and when stepping. Stepping seeks to the middle of the frame's
 * interval, never to its start (which lands on the previous frame about a third of the time).
 */
export function SkeletonPlayer({ file, track }: { file: File; track: Track }) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const indexRef = useRef(0);
  // Frame a step asked for and the video has not shown yet: quick key presses add up from it.
  const targetRef = useRef<number | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    const u = URL.createObjectURL(file);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [file]);

  const draw = useCallback(
    (mediaTime: number) => {
      const video = videoRef.current;
      const canvas = canvasRef.current;
      if (!video || !canvas) return;
      const i = nearestFrame(track.frames, mediaTime);
      const dpr = window.devicePixelRatio || 1;
      const cw = video.clientWidth;
      const ch = video.clientHeight;
      canvas.width = Math.round(cw * dpr);
      canvas.height = Math.round(ch * dpr);
      canvas.style.width = `${cw}px`;
      canvas.style.height = `${ch}px`;
      const ctx = canvas.getContext('2d');
      if (!ctx || i < 0) return;
      // object-fit: contain — the picture may be letterboxed inside the element.
      const s = Math.min(cw / track.width, ch / track.height);
      const ox = (cw - track.width * s) / 2;
      const oy = (ch - track.height * s) / 2;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, cw, ch);
      drawSkeleton(ctx, track.frames[i]!.kp, (x, y) => [ox + x * s, oy + y * s]);
      canvas.dataset.frameIndex = String(i);
      canvas.dataset.mediaTime = mediaTime.toFixed(6);
      indexRef.current = i;
      if (targetRef.current === i) targetRef.current = null;
      setIndex(i);
    },
    [track],
  );

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !url) return;
    let handle = 0;
    const onFrame = (_now: number, meta: VideoFrameCallbackMetadata) => {
      draw(meta.mediaTime);
      handle = video.requestVideoFrameCallback(onFrame);
    };
    handle = video.requestVideoFrameCallback(onFrame);
    return () => video.cancelVideoFrameCallback(handle);
  }, [draw, url]);

  const step = useCallback(
    (delta: number) => {
      const video = videoRef.current;
      if (!video || track.frames.length === 0) return;
      video.pause();
      const i = Math.min(
        track.frames.length - 1,
        Math.max(0, (targetRef.current ?? indexRef.current) + delta),
      );
      targetRef.current = i;
      video.currentTime = seekTimeForFrame(track.frames, i, track.fps);
    },
    [track],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const tag = (e.target as HTMLElement | null)?.tagName;
      if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
      if (e.key === 'ArrowLeft' || e.key === ',') step(-1);
      else if (e.key === 'ArrowRight' || e.key === '.') step(1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  const download = () => {
    const blob = new Blob([trackStringify(track)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${file.name.replace(/\.[^.]+$/, '')}.track.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const frame = track.frames[index];
  return (
    <section aria-label="Video with skeleton">
      <div className="player">
        {url && (
          <video
            ref={videoRef}
            src={url}
            muted
            playsInline
            preload="auto"
            onPlay={() => {
              targetRef.current = null;
              setPlaying(true);
            }}
            onPause={() => setPlaying(false)}
            aria-label="Analysed video"
          />
        )}
        <canvas ref={canvasRef} data-testid="skeleton" aria-hidden="true" />
      </div>
      <div className="controls">
        <button type="button" onClick={() => step(-1)} aria-label="Previous frame">
          ◀
        </button>
        <button
          type="button"
          onClick={() => (playing ? videoRef.current?.pause() : void videoRef.current?.play())}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => step(1)} aria-label="Next frame">
          ▶
        </button>
        <span className="status" data-testid="frame-status">
          Frame {index + 1} / {track.frames.length}
          {frame ? ` · ${frame.t.toFixed(3)} s` : ''}
        </span>
        <button type="button" onClick={download}>
          Download track
        </button>
      </div>
    </section>
  );
}
