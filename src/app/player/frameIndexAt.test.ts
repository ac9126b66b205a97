import { describe, expect, it } from 'vitest';
import { frameIndexAt, frameSeekTime } from './frameIndexAt.ts';

const frames = [0, 1 / 30, 2 / 30, 0.1 + 0.02].map((t) => ({ t }));

describe('frameIndexAt', () => {
  it('finds exact and nearest frames', () => {
    expect(frameIndexAt(frames, 0)).toBe(0);
    expect(frameIndexAt(frames, 2 / 30 + 1e-7)).toBe(2);
    expect(frameIndexAt(frames, 0.119)).toBe(3);
    expect(frameIndexAt(frames, 99)).toBe(3);
    expect(frameIndexAt(frames, -1)).toBe(0);
    expect(frameIndexAt([], 1)).toBe(-1);
  });
  it('seeks to the middle of a frame interval, which maps back to that frame', () => {
    for (let i = 0; i < frames.length; i++) {
      const t = frameSeekTime(frames, i, 30);
      expect(t).toBeGreaterThan(frames[i]!.t);
      expect(frameIndexAt(frames, frames[i]!.t)).toBe(i);
    }
    expect(frameSeekTime(frames, 0, 30)).toBeCloseTo(1 / 60, 9);
  });
});
