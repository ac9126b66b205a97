import { useEffect, useMemo, useRef, useState } from 'react';
import type { Track } from '../../core/track/track.ts';
import { trackStringify } from '../../pose/trackStringify.ts';
import { drawSkeleton } from './drawSkeleton.ts';
import { frameAtTime } from '../../core/track/frameTime.ts';
import { createPlayheadStore } from './playheadStore.ts';
import { useFrameIndex } from './useFrameIndex.ts';
import { useFrameKeys } from './useFrameKeys.ts';
import { usePlayer } from './usePlayer.ts';

/**
 * Plays the clip with the track's skeleton over it (the no-person view), on the app's one player
 * (usePlayer.ts): the overlay is redrawn from the media time of the frame shown, so it matches the
 * picture while playing, when paused and when stepping.
 */
export function SkeletonPlayer({ file, track }: { file: File; track: Track }) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  const store = useMemo(() => createPlayheadStore(0), []);
  const player = usePlayer(videoRef, track, store, url);
  useFrameKeys(player);
  const index = useFrameIndex(store, track.frames);

  useEffect(() => {
    const u = URL.createObjectURL(file);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [file]);

  useEffect(() => {
    const video = videoRef.current;
    const canvas = canvasRef.current;
    if (!video || !canvas) return;
    const draw = () => {
      const mediaTime = store.get();
      const i = frameAtTime(track.frames, mediaTime);
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
    };
    // The element's size is known once the picture is: draw then, on resize and on every frame shown.
    video.addEventListener('loadeddata', draw);
    video.addEventListener('resize', draw);
    draw();
    const off = store.subscribe(draw);
    return () => {
      off();
      video.removeEventListener('loadeddata', draw);
      video.removeEventListener('resize', draw);
    };
  }, [store, track, url]);

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
          <video ref={videoRef} src={url} muted playsInline preload="auto" aria-label="Analysed video" />
        )}
        <canvas ref={canvasRef} data-testid="skeleton" aria-hidden="true" />
      </div>
      <div className="controls">
        <button type="button" onClick={() => player.step(-1)} aria-label="Previous frame">
          ◀
        </button>
        <button type="button" onClick={player.toggle}>
          {player.playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => player.step(1)} aria-label="Next frame">
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
