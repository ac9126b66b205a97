import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Track } from '../../core/track/track.ts';
import { frameAtTime, nearestFrame, seekTimeForFrame } from '../../core/track/frameTime.ts';
import type { PlayheadStore } from './playheadStore.ts';

/** Playback speeds offered; 0.25× is the slowest the issue asks for. */
export const SPEEDS = [0.25, 0.5, 1, 1.5, 2] as const;

export interface Playback {
  playing: boolean;
  rate: number;
  setRate(r: number): void;
  toggle(): void;
  pause(): void;
  /** Seeks so that the frame nearest to `tS` is shown. */
  seek(tS: number): void;
  /** Moves `n` frames (negative: back) from the frame on display. */
  step(n: number): void;
}

type VideoWithRvfc = HTMLVideoElement & {
  requestVideoFrameCallback?: (cb: (now: number, meta: { mediaTime: number }) => void) => number;
  cancelVideoFrameCallback?: (id: number) => void;
};

/**
 * Drives a `<video>` for frame-accurate review. The playhead store gets the media time of the frame
 * actually presented (requestVideoFrameCallback's `mediaTime`), not `currentTime`, which runs ahead
 * of the picture; seeks go to the middle of a frame so the intended frame is the one decoded.
 */
export function usePlayback(
  videoRef: RefObject<HTMLVideoElement | null>,
  track: Track,
  store: PlayheadStore,
): Playback {
  const [playing, setPlaying] = useState(false);
  const [rate, setRateState] = useState(1);
  // Frame a step asked for that the video has not shown yet: quick key presses add up from it.
  const targetRef = useRef<number | null>(null);

  useEffect(() => {
    const v = videoRef.current as VideoWithRvfc | null;
    if (!v) return;
    let id = 0;
    let stopped = false;
    const onFrame = (_now: number, meta: { mediaTime: number }) => {
      store.set(meta.mediaTime);
      if (targetRef.current === frameAtTime(track.frames, meta.mediaTime)) targetRef.current = null;
      if (!stopped) id = v.requestVideoFrameCallback!(onFrame);
    };
    // Without requestVideoFrameCallback, the seek target is the best guess of the frame shown.
    const onSeeked = () => {
      if (!v.requestVideoFrameCallback) store.set(v.currentTime);
    };
    const onPlay = () => {
      targetRef.current = null;
      setPlaying(true);
    };
    const onPause = () => setPlaying(false);
    if (v.requestVideoFrameCallback) id = v.requestVideoFrameCallback(onFrame);
    v.addEventListener('seeked', onSeeked);
    v.addEventListener('play', onPlay);
    v.addEventListener('pause', onPause);
    return () => {
      stopped = true;
      if (id && v.cancelVideoFrameCallback) v.cancelVideoFrameCallback(id);
      v.removeEventListener('seeked', onSeeked);
      v.removeEventListener('play', onPlay);
      v.removeEventListener('pause', onPause);
    };
  }, [videoRef, store, track]);

  const seek = useCallback(
    (tS: number) => {
      const v = videoRef.current;
      if (!v) return;
      const i = Math.max(0, nearestFrame(track.frames, tS));
      targetRef.current = i;
      v.currentTime = seekTimeForFrame(track.frames, i, track.fps);
    },
    [videoRef, track],
  );
  const step = useCallback(
    (n: number) => {
      const v = videoRef.current;
      if (!v) return;
      v.pause();
      const cur = targetRef.current ?? Math.max(0, frameAtTime(track.frames, store.get()));
      const i = Math.min(track.frames.length - 1, Math.max(0, cur + n));
      targetRef.current = i;
      v.currentTime = seekTimeForFrame(track.frames, i, track.fps);
    },
    [videoRef, track, store],
  );
  const toggle = useCallback(() => {
    const v = videoRef.current;
    if (!v) return;
    if (v.paused) void v.play();
    else v.pause();
  }, [videoRef]);
  const pause = useCallback(() => videoRef.current?.pause(), [videoRef]);
  const setRate = useCallback(
    (r: number) => {
      setRateState(r);
      if (videoRef.current) videoRef.current.playbackRate = r;
    },
    [videoRef],
  );
  return { playing, rate, setRate, toggle, pause, seek, step };
}
