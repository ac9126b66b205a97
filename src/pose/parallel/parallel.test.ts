import { describe, expect, it } from 'vitest';
import { createTrackBuilder } from '../trackBuilder.ts';
import { planSegments, segmentOwns, type SegmentSample } from './segmentPlan.ts';
import { posePoolPlan } from './posePoolPlan.ts';
import { segmentStitch } from './segmentStitch.ts';

/**
 * A sample table like x264's with B-frames: decode order I P B B P B B ..., presentation times
 * reordered, a keyframe every `gop` frames, and `hidden` leading samples the edit list hides (tS < 0).
 */
function samples(frames: number, gop: number, fps = 30, hidden = 0): SegmentSample[] {
  const out: SegmentSample[] = [];
  const pts: number[] = [];
  for (let g = 0; g < frames; g += gop) {
    const n = Math.min(gop, frames - g);
    // I, then groups of P (at +3) followed by its two B frames (+1, +2)
    pts.push(g);
    for (let k = 1; k < n; k += 3) {
      const p = Math.min(k + 2, n - 1);
      pts.push(g + p);
      for (let b = k; b < p; b++) pts.push(g + b);
    }
  }
  pts.forEach((p, i) => out.push({ tS: (p - hidden) / fps, isSync: p % gop === 0 && i >= 0 }));
  return out;
}

describe('planSegments', () => {
  it('covers every shown frame exactly once, in order, and each segment decodes from a sync sample', () => {
    for (const [frames, gop, n] of [
      [360, 250, 2],
      [390, 60, 4],
      [100, 30, 8],
      [361, 17, 3],
    ] as const) {
      const s = samples(frames, gop);
      const segs = planSegments(s, n, { minFrames: 20 });
      expect(segs.length).toBeGreaterThan(0);
      const owners = s.map((x) => segs.filter((g) => segmentOwns(g, x.tS)));
      for (const o of owners) expect(o.length).toBe(1);
      for (const g of segs) {
        expect(s[g.decodeFrom]!.isSync).toBe(true);
        // every owned sample lies in the decoded range
        s.forEach((x, i) => {
          if (segmentOwns(g, x.tS)) {
            expect(i).toBeGreaterThanOrEqual(g.decodeFrom);
            expect(i).toBeLessThan(g.decodeTo);
          }
        });
        expect(g.frames).toBe(s.filter((x) => segmentOwns(g, x.tS)).length);
      }
      expect(segs.reduce((a, g) => a + g.frames, 0)).toBe(frames);
    }
  });

  it('moves a boundary onto a nearby keyframe and otherwise decodes from the keyframe before', () => {
    const aligned = planSegments(samples(240, 60), 4, { minFrames: 20 });
    expect(aligned.map((g) => g.keyframeAligned)).toEqual([true, true, true, true]);
    expect(aligned.map((g) => g.frames)).toEqual([60, 60, 60, 60]);
    // male_side.mp4: keyframes at 0 and 8.33 s (frame 250) only: the second half decodes from frame 0
    const long = planSegments(samples(360, 250), 2);
    expect(long.map((g) => g.frames)).toEqual([180, 180]);
    expect(long[1]!.keyframeAligned).toBe(false);
    expect(long[1]!.decodeFrom).toBe(0);
  });

  it('makes fewer segments for a short clip and none for an empty one', () => {
    expect(planSegments(samples(100, 30), 8).length).toBe(1);
    expect(planSegments(samples(130, 30), 8).length).toBe(2);
    expect(planSegments([], 4)).toEqual([]);
  });

  it('never gives a segment the frames the edit list hides', () => {
    const s = samples(200, 50, 30, 2);
    const segs = planSegments(s, 3, { minFrames: 20 });
    const shown = s.filter((x) => x.tS >= 0);
    expect(segs.reduce((a, g) => a + g.frames, 0)).toBe(shown.length);
  });
});

describe('posePoolPlan', () => {
  it('gives one worker per core on a CPU backend, threads only for cores a cap leaves over', () => {
    expect(posePoolPlan({ cores: 2, frames: Infinity, backend: 'wasm' })).toEqual({
      workers: 2,
      threadsPerWorker: 1,
      limit: 'cores',
    });
    expect(posePoolPlan({ cores: 16, frames: Infinity, backend: 'wasm' })).toMatchObject({
      workers: 8,
      threadsPerWorker: 2,
    });
    expect(posePoolPlan({ cores: 8, frames: Infinity, backend: 'wasm', maxWorkers: 2 })).toMatchObject({
      workers: 2,
      threadsPerWorker: 4,
      limit: 'cap',
    });
  });
  it('is limited by memory, clip length and a GPU backend', () => {
    expect(posePoolPlan({ cores: 8, deviceMemoryGb: 2, frames: Infinity, backend: 'wasm' })).toMatchObject({
      workers: 3,
      limit: 'memory',
    });
    expect(posePoolPlan({ cores: 8, frames: 150, backend: 'wasm' })).toMatchObject({
      workers: 2,
      limit: 'clip length',
    });
    expect(posePoolPlan({ cores: 8, frames: 30, backend: 'wasm' })).toMatchObject({ workers: 1 });
    expect(posePoolPlan({ cores: 8, frames: Infinity, backend: 'webgl' })).toEqual({
      workers: 1,
      threadsPerWorker: 1,
      limit: 'backend',
    });
    expect(posePoolPlan({ cores: 0, frames: Infinity, backend: 'wasm' }).workers).toBe(1);
  });
});

describe('segmentStitch', () => {
  const seg = (index: number, ts: number[]) => ({
    index,
    t: Float64Array.from(ts),
    kp: Float64Array.from(ts.flatMap((t) => Array.from({ length: 51 }, (_, k) => t * 100 + k))),
  });
  it('joins segments in index order whatever order they arrive in', () => {
    const b = createTrackBuilder({
      name: 'x.mp4',
      model: 'movenet-lightning',
      width: 10,
      height: 10,
      fps: 30,
    });
    segmentStitch(b, [seg(1, [0.1, 0.2]), seg(0, [0, 0.05])]);
    const tr = b.finish();
    expect(tr.frames.map((f) => f.t)).toEqual([0, 0.05, 0.1, 0.2]);
    expect(tr.frames[2]!.kp[1]).toEqual([13, 14, 15]);
  });
  it('throws on a missing segment or times that go backwards', () => {
    const b = () =>
      createTrackBuilder({ name: 'x.mp4', model: 'movenet-lightning', width: 10, height: 10, fps: 30 });
    expect(() => segmentStitch(b(), [seg(0, [0]), seg(2, [1])])).toThrow(/missing/);
    expect(() => segmentStitch(b(), [seg(0, [0, 0.5]), seg(1, [0.2])])).toThrow(/backwards/);
  });
});
