import { afterEach, describe, expect, it, vi } from 'vitest';
import { nearestFrame, seekTimeForFrame } from '../../core/track/frameTime.ts';
import { KEYPOINT_NAMES } from '../../core/track/keypoints.ts';
import type { KeypointTriple, Track } from '../../core/track/track.ts';
import { captureTrackFrames } from './captureTrackFrames.ts';
import { openOffscreenVideo, releaseVideo } from './useTrackFrameImages.ts';

// The one frame grabber, with a recording canvas and a video that seeks like a browser's: each
// frame is drawn only after the seek to the middle of that frame has finished.

const kp = (x: number): KeypointTriple[] => Array.from({ length: 17 }, (_, i) => [x + i, 50 + 3 * i, 0.9]);
const track = (times: number[]): Track => ({
  format: 'hipcheck-track',
  version: 1,
  source: { kind: 'video', name: 'x.mp4' },
  width: 720,
  height: 1280,
  fps: 30,
  keypoints: KEYPOINT_NAMES,
  frames: times.map((t, i) => ({ t, kp: kp(10 * i) })),
});

/** A video element whose seeks finish a tick later; records the time of every seek and draw. */
class FakeVideo extends EventTarget {
  seeks: number[] = [];
  paused = false;
  private time = 0;
  /** The time the picture shows: it changes only when the seek has finished. */
  shown = 0;
  get currentTime() {
    return this.time;
  }
  set currentTime(t: number) {
    this.time = t;
    this.seeks.push(t);
    setTimeout(() => {
      this.shown = t;
      this.dispatchEvent(new Event('seeked'));
    }, 1);
  }
  pause() {
    this.paused = true;
  }
}

function fakeDocument() {
  const draws: { what: string; args: unknown[] }[] = [];
  const rec =
    (what: string) =>
    (...args: unknown[]) =>
      draws.push({ what, args });
  const ctx = {
    drawImage: (v: FakeVideo, ...rest: unknown[]) =>
      draws.push({ what: 'drawImage', args: [v.shown, ...rest] }),
    fillRect: rec('fillRect'),
    beginPath: rec('beginPath'),
    moveTo: rec('moveTo'),
    lineTo: rec('lineTo'),
    stroke: rec('stroke'),
    arc: rec('arc'),
    fill: rec('fill'),
  };
  const canvas = {
    width: 0,
    height: 0,
    getContext: () => ctx,
    toDataURL: (type: string) => `data:${type};base64,${draws.length}`,
  };
  vi.stubGlobal('document', { createElement: (tag: string) => (tag === 'canvas' ? canvas : null) });
  return { canvas, draws };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('captureTrackFrames', () => {
  const times = [0, 1 / 30, 2 / 30, 0.1 + 0.02, 0.2];
  const tr = track(times);

  it('seeks to the middle of the nearest frame, draws the picture after the seek, then the skeleton and the overlay', async () => {
    const { canvas, draws } = fakeDocument();
    const video = new FakeVideo();
    video.currentTime = 0.05; // the playhead before
    video.seeks = [];
    await new Promise((r) => setTimeout(r, 5));
    const asked = [0.12, 0.01, 0.19];
    const overlays: [number, number, number][] = [];
    const out = await captureTrackFrames(
      video as unknown as HTMLVideoElement,
      tr,
      asked,
      (_ctx, i, k, scale) => overlays.push([i, k, scale]),
      480,
    );
    const idx = asked.map((t) => nearestFrame(tr.frames, t));
    expect(idx).toEqual([3, 0, 4]);
    expect(video.paused).toBe(true);
    // One seek per asked time to its frame's middle, then back to where the playhead was.
    expect(video.seeks).toEqual([...idx.map((i) => seekTimeForFrame(tr.frames, i, tr.fps)), 0.05]);
    // The picture drawn is the one the seek landed on.
    const pictures = draws.filter((d) => d.what === 'drawImage');
    expect(pictures.map((d) => d.args[0])).toEqual(idx.map((i) => seekTimeForFrame(tr.frames, i, tr.fps)));
    expect(canvas.height).toBe(480);
    expect(canvas.width).toBe(270);
    expect(pictures[0]!.args.slice(1)).toEqual([0, 0, 270, 480]);
    // Skeleton lines between the picture and the next picture.
    const firstLine = draws.findIndex((d) => d.what === 'lineTo');
    expect(firstLine).toBeGreaterThan(draws.indexOf(pictures[0]!));
    expect(firstLine).toBeLessThan(draws.indexOf(pictures[1]!));
    expect(overlays).toEqual(idx.map((i, k) => [i, k, 480 / 1280]));
    expect(out.map((f) => [f.timeIndex, f.t])).toEqual(idx.map((i, k) => [k, tr.frames[i]!.t]));
    expect(out.every((f) => f.dataUrl.startsWith('data:image/jpeg;base64,'))).toBe(true);
    expect(new Set(out.map((f) => f.dataUrl)).size).toBe(3);
  });

  it('draws a dark frame behind the skeleton without a video, and skips times of an empty track', async () => {
    const { draws } = fakeDocument();
    const out = await captureTrackFrames(null, tr, [0.07]);
    expect(out.map((f) => f.t)).toEqual([2 / 30]);
    expect(draws.some((d) => d.what === 'fillRect')).toBe(true);
    expect(draws.some((d) => d.what === 'drawImage')).toBe(false);
    expect(draws.some((d) => d.what === 'lineTo')).toBe(true);
    expect(await captureTrackFrames(null, track([]), [0.07])).toEqual([]);
  });
});

describe('openOffscreenVideo', () => {
  const fakeVideoElement = () => {
    const el = Object.assign(new EventTarget(), {
      muted: false,
      preload: '',
      src: '',
      loads: 0,
      removeAttribute(name: string) {
        if (name === 'src') el.src = '';
      },
      load() {
        el.loads++;
      },
    });
    vi.stubGlobal('document', { createElement: () => el });
    return el;
  };

  it('is ready when the first frame loads, not when the video cannot be played, and is released', async () => {
    let el = fakeVideoElement();
    let open = openOffscreenVideo('blob:ok');
    expect([el.muted, el.preload, el.src]).toEqual([true, 'auto', 'blob:ok']);
    el.dispatchEvent(new Event('loadeddata'));
    expect(await open.ready).toBe(true);
    releaseVideo(open.video);
    expect([el.src, el.loads]).toEqual(['', 1]);

    el = fakeVideoElement();
    open = openOffscreenVideo('blob:bad');
    el.dispatchEvent(new Event('error'));
    expect(await open.ready).toBe(false);
  });
});
