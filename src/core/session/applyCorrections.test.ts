import { describe, expect, it } from 'vitest';
import { applyCorrections, correctedKeypointsByFrame } from './applyCorrections.ts';
import { testTrack } from './testTrack.ts';

describe('applyCorrections', () => {
  it('moves the keypoint on the covered frames only and leaves the raw track untouched', () => {
    const raw = testTrack(10);
    const before = JSON.stringify(raw);
    const out = applyCorrections(raw, [
      { id: 'c1', keypoint: 15, fromFrame: 2, toFrame: 4, xPx: 50, yPx: 60 },
    ]);
    expect(JSON.stringify(raw)).toBe(before);
    for (let i = 0; i < 10; i++) {
      const p = out.frames[i]!.kp[15]!;
      if (i >= 2 && i <= 4) expect(p).toEqual([50, 60, 1]);
      else expect(p).toEqual(raw.frames[i]!.kp[15]);
    }
    // Other keypoints on a corrected frame keep their values.
    expect(out.frames[3]!.kp[14]).toEqual(raw.frames[3]!.kp[14]);
    // Untouched frames are shared, not copied.
    expect(out.frames[0]).toBe(raw.frames[0]);
    expect(out.frames[3]).not.toBe(raw.frames[3]);
  });

  it('applies in order (later wins), clips ranges and ignores bad keypoint indices', () => {
    const raw = testTrack(5);
    const out = applyCorrections(raw, [
      { id: 'a', keypoint: 0, fromFrame: -3, toFrame: 99, xPx: 1, yPx: 1 },
      { id: 'b', keypoint: 0, fromFrame: 2, toFrame: 2, xPx: 2, yPx: 2 },
      { id: 'c', keypoint: 17, fromFrame: 0, toFrame: 4, xPx: 9, yPx: 9 },
    ]);
    expect(out.frames.map((f) => f.kp[0]![0])).toEqual([1, 1, 2, 1, 1]);
    expect(out.frames.every((f) => f.kp.length === 17)).toBe(true);
  });

  it('gives a frame without a person 17 keypoints, only the corrected one seen', () => {
    const out = applyCorrections(testTrack(3, [1]), [
      { id: 'a', keypoint: 11, fromFrame: 1, toFrame: 1, xPx: 5, yPx: 6 },
    ]);
    const kp = out.frames[1]!.kp;
    expect(kp).toHaveLength(17);
    expect(kp[11]).toEqual([5, 6, 1]);
    expect(kp.filter((p) => p[2] > 0)).toHaveLength(1);
  });

  it('returns the same track when there are no corrections', () => {
    const raw = testTrack(3);
    expect(applyCorrections(raw, [])).toBe(raw);
  });

  it('lists the corrected keypoints per frame', () => {
    const m = correctedKeypointsByFrame(5, [
      { id: 'a', keypoint: 1, fromFrame: 1, toFrame: 2, xPx: 0, yPx: 0 },
      { id: 'b', keypoint: 3, fromFrame: 2, toFrame: 9, xPx: 0, yPx: 0 },
    ]);
    expect([...m.keys()].sort()).toEqual([1, 2, 3, 4]);
    expect([...m.get(2)!].sort()).toEqual([1, 3]);
  });
});
