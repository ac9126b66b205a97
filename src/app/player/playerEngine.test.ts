import { describe, expect, it } from 'vitest';
import { frameAtTime } from '../../core/track/frameTime.ts';
import { createPlayheadStore } from './playheadStore.ts';
import { createPlayer, type FrameTicker, type PlayerVideo } from './playerEngine.ts';

// The one player engine against a video that decodes like a browser's: a seek shows the last frame
// whose own timestamp is ≤ the time asked for, and the frame's timestamp is what
// requestVideoFrameCallback reports, after the seek has finished.

// A variable-frame-rate phone clip: intervals of 12, 33 and 50 ms, so a nominal 1/fps half-period is
// past the next frame after a 12 ms interval.
const INTERVALS_S = [0.033, 0.012, 0.05, 0.033, 0.033, 0.012, 0.012, 0.05, 0.033, 0.05];
const times: number[] = [];
for (let i = 0, t = 0; i < 40; i++) {
  times.push(Number(t.toFixed(6)));
  t += INTERVALS_S[i % INTERVALS_S.length]!;
}
const track = { fps: 30, frames: times.map((t) => ({ t, kp: [] })) };
// The decoder's own timestamps run up to 0.8 ms after the track's (container rounding): every third
// frame, so a seek to the frame's exact track time shows the frame before it.
const ptsS = times.map((t, i) => t + (i % 3 === 1 ? 0.0008 : i % 3 === 2 ? 0.0004 : 0));

type VfcCb = (now: number, meta: { mediaTime: number }) => void;

class FakeVideo implements PlayerVideo {
  paused = true;
  playbackRate = 1;
  private time = 0;
  private seeking = false;
  private nextId = 1;
  private vfc = new Map<number, VfcCb>();
  private listeners = new Map<string, Set<() => void>>();
  constructor(private readonly withVfc: boolean) {
    if (!withVfc) {
      this.requestVideoFrameCallback = undefined;
      this.cancelVideoFrameCallback = undefined;
    }
  }
  get currentTime() {
    return this.time;
  }
  set currentTime(t: number) {
    this.time = t;
    this.seeking = true;
  }
  play() {
    this.paused = false;
    this.emit('play');
  }
  pause() {
    if (this.paused) return;
    this.paused = true;
    this.emit('pause');
  }
  requestVideoFrameCallback?: (cb: VfcCb) => number = (cb) => {
    const id = this.nextId++;
    this.vfc.set(id, cb);
    return id;
  };
  cancelVideoFrameCallback?: (id: number) => void = (id) => {
    this.vfc.delete(id);
  };
  addEventListener(type: string, fn: () => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(fn);
  }
  removeEventListener(type: string, fn: () => void) {
    this.listeners.get(type)?.delete(fn);
  }
  private emit(type: string) {
    for (const fn of [...(this.listeners.get(type) ?? [])]) fn();
  }
  /** Index (in the decoder's timestamps) of the frame a seek to `tS` shows. */
  static shownAt(tS: number): number {
    let i = 0;
    while (i + 1 < ptsS.length && ptsS[i + 1]! <= tS) i++;
    return i;
  }
  /** Finishes the pending seek: the frame is decoded, 'seeked' fires, then the frame callbacks. */
  present() {
    if (!this.seeking) return;
    this.seeking = false;
    const i = FakeVideo.shownAt(this.time);
    this.emit('seeked');
    const cbs = [...this.vfc.values()];
    this.vfc.clear();
    for (const cb of cbs) cb(0, { mediaTime: ptsS[i]! });
  }
}

const noTicks: FrameTicker = { request: () => 0, cancel: () => undefined };

function videoPlayer(withVfc = true) {
  const store = createPlayheadStore(0);
  const video = new FakeVideo(withVfc);
  const player = createPlayer({ track, store, video, ticker: noTicks, rate: 1, onPlaying: () => undefined });
  const shown = () => frameAtTime(track.frames, store.get());
  return { store, video, player, shown };
}

describe('the player engine with a video', () => {
  it('shows exactly the frame asked for on every frame of a variable-frame-rate clip', () => {
    for (const withVfc of [true, false]) {
      const { video, player, shown } = videoPlayer(withVfc);
      const got: number[] = [];
      for (let i = 0; i < times.length; i++) {
        player.seekFrame(i);
        video.present();
        got.push(shown());
        // The picture itself (the decoder's choice) is that frame too, not only the store.
        expect(FakeVideo.shownAt(video.currentTime)).toBe(i);
      }
      expect(got).toEqual(times.map((_, i) => i));
    }
  });

  it('seeks a time to the nearest frame', () => {
    const { video, player, shown } = videoPlayer();
    // Frame 1 starts at 33 ms and lasts 12 ms: 38 ms is nearer frame 1, 41 ms nearer frame 2.
    player.seek(0.038);
    video.present();
    expect(shown()).toBe(1);
    player.seek(0.041);
    video.present();
    expect(shown()).toBe(2);
    player.seek(-1);
    video.present();
    expect(shown()).toBe(0);
  });

  it('steps ±1 frame, quick presses add up before the video shows them, and pauses', () => {
    const { video, player, shown } = videoPlayer();
    player.seekFrame(5);
    video.present();
    video.play();
    player.step(1);
    expect(video.paused).toBe(true);
    player.step(1);
    player.step(1);
    video.present();
    expect(shown()).toBe(8);
    player.step(-1);
    video.present();
    expect(shown()).toBe(7);
  });

  it('clamps at both ends', () => {
    const { video, player, shown } = videoPlayer();
    const last = times.length - 1;
    player.step(-1);
    video.present();
    expect(shown()).toBe(0);
    player.seekFrame(last);
    video.present();
    expect(shown()).toBe(last);
    player.step(1);
    video.present();
    expect(shown()).toBe(last);
    player.step(1000);
    video.present();
    expect(shown()).toBe(last);
    player.step(-3);
    video.present();
    expect(shown()).toBe(last - 3);
  });
});

describe('the player engine on the track clock (no video)', () => {
  /** A ticker the test drives: each `advance` runs the pending callback at a later time. */
  function manualTicker() {
    let pending: ((nowMs: number) => void) | null = null;
    let nowMs = 1000;
    const ticker: FrameTicker = {
      request: (cb) => ((pending = cb), 1),
      cancel: () => void (pending = null),
    };
    const advance = (ms: number) => {
      nowMs += ms;
      const cb = pending;
      pending = null;
      cb?.(nowMs);
    };
    return { ticker, advance, running: () => pending !== null };
  }

  it('steps and seeks onto frame times, clamped to the track', () => {
    const store = createPlayheadStore(0);
    const player = createPlayer({
      track,
      store,
      video: null,
      ticker: noTicks,
      rate: 1,
      onPlaying: () => undefined,
    });
    const shown = () => frameAtTime(track.frames, store.get());
    player.step(1);
    expect(shown()).toBe(1);
    player.step(-5);
    expect(shown()).toBe(0);
    player.seekFrame(times.length + 3);
    expect(shown()).toBe(times.length - 1);
    player.step(1);
    expect(shown()).toBe(times.length - 1);
    player.seek(0.041);
    expect(shown()).toBe(2);
  });

  it('plays at the chosen rate and stops on the last frame', () => {
    const store = createPlayheadStore(0);
    const { ticker, advance, running } = manualTicker();
    const playing: boolean[] = [];
    const player = createPlayer({
      track,
      store,
      video: null,
      ticker,
      rate: 0.5,
      onPlaying: (p) => playing.push(p),
    });
    player.toggle();
    advance(0);
    advance(200); // 0.5× for 200 ms: 100 ms of the clip.
    expect(store.get()).toBeCloseTo(0.1, 9);
    expect(frameAtTime(track.frames, store.get())).toBe(frameAtTime(track.frames, 0.1));
    player.setRate(2);
    for (let k = 0; k < 100 && running(); k++) advance(100);
    expect(running()).toBe(false);
    expect(frameAtTime(track.frames, store.get())).toBe(times.length - 1);
    expect(playing).toEqual([true, false]);
  });
});
