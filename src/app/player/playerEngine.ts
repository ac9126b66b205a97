import type { Track } from '../../core/track/track.ts';
import { frameAtTime, nearestFrame, seekTimeForFrame } from '../../core/track/frameTime.ts';
import type { PlayheadStore } from './playheadStore.ts';

/** What the engine uses of an HTMLVideoElement (a fake one in the unit test). */
export interface PlayerVideo {
  currentTime: number;
  readonly paused: boolean;
  playbackRate: number;
  play(): Promise<void> | void;
  pause(): void;
  requestVideoFrameCallback?: (cb: (now: number, meta: { mediaTime: number }) => void) => number;
  cancelVideoFrameCallback?: (id: number) => void;
  addEventListener(type: 'seeked' | 'play' | 'pause' | 'loadeddata', fn: () => void): void;
  removeEventListener(type: 'seeked' | 'play' | 'pause' | 'loadeddata', fn: () => void): void;
}

/** requestAnimationFrame and its cancel (injected so the track clock can be tested). */
export interface FrameTicker {
  request(cb: (nowMs: number) => void): number;
  cancel(id: number): void;
}

export interface PlayerEngine {
  /** Shows the frame nearest to `tS` (seconds of the file). */
  seek(tS: number): void;
  /** Shows frame `i` (clamped to the track). */
  seekFrame(i: number): void;
  /** Pauses and moves `n` frames (negative: back) from the frame on display or the one last asked for. */
  step(n: number): void;
  toggle(): void;
  pause(): void;
  setRate(r: number): void;
  /** Stops listening to the video and the ticker. */
  dispose(): void;
}

export interface PlayerOptions {
  track: Pick<Track, 'frames' | 'fps'>;
  /** Gets the media time of the frame on display. */
  store: PlayheadStore;
  /** The video to drive; null: no video, the track's own clock plays the frames (skeleton alone). */
  video: PlayerVideo | null;
  ticker: FrameTicker;
  rate: number;
  onPlaying(playing: boolean): void;
}

/**
 * The one playback engine (issue 14: the review, the trainer and the no-person view each had one,
 * with three seek rules). With a video, the store gets the media time of the frame actually presented
 * (requestVideoFrameCallback's `mediaTime`; where that is missing, `currentTime` after a seek and on
 * each animation frame while playing), and seeks go to the middle of a frame's interval so the frame
 * asked for is the one decoded. Without a video, an animation-frame clock advances the store along the
 * track's own frame times.
 */
export function createPlayer(o: PlayerOptions): PlayerEngine {
  return o.video ? videoPlayer(o, o.video) : trackClockPlayer(o);
}

function clampFrame(frames: PlayerOptions['track']['frames'], i: number): number {
  return Math.min(frames.length - 1, Math.max(0, i));
}

function videoPlayer(o: PlayerOptions, v: PlayerVideo): PlayerEngine {
  const { track, store, ticker } = o;
  const rvfc = typeof v.requestVideoFrameCallback === 'function';
  // Frame a step or seek asked for that the video has not shown yet: quick key presses add up from it.
  let target: number | null = null;
  let stopped = false;
  let vfcId = 0;
  let tickId = 0;
  const shown = (tS: number) => {
    store.set(tS);
    if (target === frameAtTime(track.frames, tS)) target = null;
  };
  const onFrame = (_now: number, meta: { mediaTime: number }) => {
    shown(meta.mediaTime);
    if (!stopped) vfcId = v.requestVideoFrameCallback!(onFrame);
  };
  // Without requestVideoFrameCallback, the seek target is the best guess of the frame shown.
  const onSeeked = () => {
    if (!rvfc) shown(v.currentTime);
  };
  const tick = () => {
    shown(v.currentTime);
    tickId = ticker.request(tick);
  };
  const onPlay = () => {
    target = null;
    o.onPlaying(true);
    if (!rvfc && !tickId) tickId = ticker.request(tick);
  };
  const onPause = () => {
    o.onPlaying(false);
    if (tickId) ticker.cancel(tickId);
    tickId = 0;
  };
  const toFrame = (i: number) => {
    if (!track.frames.length) return;
    target = clampFrame(track.frames, i);
    v.currentTime = seekTimeForFrame(track.frames, target, track.fps);
  };
  // A video that arrives after a frame was chosen (the trainer's clip picked again) opens on that frame.
  const onLoaded = () => {
    if (store.get() > 0) toFrame(Math.max(0, frameAtTime(track.frames, store.get())));
  };
  v.playbackRate = o.rate;
  if (rvfc) vfcId = v.requestVideoFrameCallback!(onFrame);
  v.addEventListener('seeked', onSeeked);
  v.addEventListener('play', onPlay);
  v.addEventListener('pause', onPause);
  v.addEventListener('loadeddata', onLoaded);
  if (!v.paused) onPlay();
  return {
    seek: (tS) => toFrame(Math.max(0, nearestFrame(track.frames, tS))),
    seekFrame: toFrame,
    step(n) {
      v.pause();
      toFrame((target ?? Math.max(0, frameAtTime(track.frames, store.get()))) + n);
    },
    toggle() {
      if (v.paused) void v.play();
      else v.pause();
    },
    pause: () => v.pause(),
    setRate(r) {
      v.playbackRate = r;
    },
    dispose() {
      stopped = true;
      if (vfcId && v.cancelVideoFrameCallback) v.cancelVideoFrameCallback(vfcId);
      if (tickId) ticker.cancel(tickId);
      v.removeEventListener('seeked', onSeeked);
      v.removeEventListener('play', onPlay);
      v.removeEventListener('pause', onPause);
      v.removeEventListener('loadeddata', onLoaded);
    },
  };
}

function trackClockPlayer(o: PlayerOptions): PlayerEngine {
  const { track, store, ticker } = o;
  const frames = track.frames;
  let rate = o.rate;
  let tickId = 0;
  let lastMs: number | null = null;
  const endS = frames.length ? frames[frames.length - 1]!.t : 0;
  const stop = () => {
    if (!tickId) return;
    ticker.cancel(tickId);
    tickId = 0;
    o.onPlaying(false);
  };
  const tick = (nowMs: number) => {
    const tS = store.get() + (lastMs === null ? 0 : ((nowMs - lastMs) / 1000) * rate);
    lastMs = nowMs;
    if (tS >= endS) {
      store.set(endS);
      stop();
      return;
    }
    store.set(tS);
    tickId = ticker.request(tick);
  };
  const play = () => {
    if (tickId || frames.length < 2) return;
    // At the end, play starts again from the first frame, as a video's play does.
    if (frameAtTime(frames, store.get()) >= frames.length - 1) store.set(frames[0]!.t);
    lastMs = null;
    tickId = ticker.request(tick);
    o.onPlaying(true);
  };
  const toFrame = (i: number) => {
    if (frames.length) store.set(frames[clampFrame(frames, i)]!.t);
  };
  return {
    seek: (tS) => toFrame(Math.max(0, nearestFrame(frames, tS))),
    seekFrame: toFrame,
    step(n) {
      stop();
      toFrame(Math.max(0, frameAtTime(frames, store.get())) + n);
    },
    toggle: () => (tickId ? stop() : play()),
    pause: stop,
    setRate(r) {
      rate = r;
    },
    dispose() {
      if (tickId) ticker.cancel(tickId);
      tickId = 0;
    },
  };
}
