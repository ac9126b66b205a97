import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Track } from '../../core/track/track.ts';
import type { PlayheadStore } from './playheadStore.ts';
import { createPlayer, type FrameTicker, type PlayerEngine } from './playerEngine.ts';

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
  /** Seeks so that frame `i` is shown. */
  seekFrame(i: number): void;
  /** Pauses and moves `n` frames (negative: back) from the frame on display. */
  step(n: number): void;
}

const animationFrames: FrameTicker = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (id) => cancelAnimationFrame(id),
};

/**
 * The app's one player (review, trainer, no-person view): the engine of playerEngine.ts on the
 * `<video>` in `videoRef`, or on the track's own clock when `videoUrl` is empty (no video at hand).
 * `videoUrl` is the source of the video element on screen: when it changes (or the element comes
 * and goes) the engine is attached again.
 */
export function usePlayer(
  videoRef: RefObject<HTMLVideoElement | null>,
  track: Pick<Track, 'frames' | 'fps'>,
  store: PlayheadStore,
  videoUrl: string | null | undefined,
): Playback {
  const [playing, setPlaying] = useState(false);
  const [rate, setRateState] = useState(1);
  const rateRef = useRef(rate);
  const engine = useRef<PlayerEngine | null>(null);

  useEffect(() => {
    const video = videoUrl ? videoRef.current : null;
    const e = createPlayer({
      track,
      store,
      video,
      ticker: animationFrames,
      rate: rateRef.current,
      onPlaying: setPlaying,
    });
    engine.current = e;
    return () => {
      e.dispose();
      if (engine.current === e) engine.current = null;
      setPlaying(false);
    };
  }, [videoRef, track, store, videoUrl]);

  const setRate = useCallback((r: number) => {
    rateRef.current = r;
    setRateState(r);
    engine.current?.setRate(r);
  }, []);
  const seek = useCallback((tS: number) => engine.current?.seek(tS), []);
  const seekFrame = useCallback((i: number) => engine.current?.seekFrame(i), []);
  const step = useCallback((n: number) => engine.current?.step(n), []);
  const toggle = useCallback(() => engine.current?.toggle(), []);
  const pause = useCallback(() => engine.current?.pause(), []);
  return useMemo(
    () => ({ playing, rate, setRate, toggle, pause, seek, seekFrame, step }),
    [playing, rate, setRate, toggle, pause, seek, seekFrame, step],
  );
}
