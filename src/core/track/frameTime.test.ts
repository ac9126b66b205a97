import { describe, expect, it } from 'vitest';
import { seededRandom } from '../signal/seededRandom.ts';
import { frameAtTime, nearestFrame, seekTimeForFrame } from './frameTime.ts';

// Every case of the two frame↔time helpers this module replaces (review/frameAtTime.test.ts and
// player/frameIndexAt.test.ts; the player's frameIndexAt was nearestFrame, frameSeekTime was
// seekTimeForFrame), run against the one implementation.

describe('review cases', () => {
  const frames = [0, 0.0333, 0.0667, 0.1, 0.1667].map((t) => ({ t, kp: [] }));

  it('finds the frame on display at a media time', () => {
    expect(frameAtTime(frames, -0.01)).toBe(-1);
    expect(frameAtTime(frames, 0)).toBe(0);
    expect(frameAtTime(frames, 0.05)).toBe(1);
    expect(frameAtTime(frames, 0.0665)).toBe(2);
    expect(frameAtTime(frames, 10)).toBe(4);
  });

  it('finds the nearest frame to an evidence time', () => {
    expect(nearestFrame(frames, 0.06)).toBe(2);
    expect(nearestFrame(frames, 0.12)).toBe(3);
    expect(nearestFrame(frames, 0.14)).toBe(4);
    expect(nearestFrame([], 1)).toBe(-1);
  });

  it('seeks to the middle of a frame, also at an irregular gap and at the end', () => {
    expect(seekTimeForFrame(frames, 0, 30)).toBeCloseTo(0.01665, 5);
    expect(seekTimeForFrame(frames, 3, 30)).toBeCloseTo(0.13335, 5);
    expect(seekTimeForFrame(frames, 4, 30)).toBeCloseTo(0.1667 + 1 / 60, 5);
    expect(frameAtTime(frames, seekTimeForFrame(frames, 2, 30))).toBe(2);
  });
});

describe('skeleton player cases', () => {
  const frames = [0, 1 / 30, 2 / 30, 0.1 + 0.02].map((t) => ({ t }));

  it('finds exact and nearest frames', () => {
    expect(nearestFrame(frames, 0)).toBe(0);
    expect(nearestFrame(frames, 2 / 30 + 1e-7)).toBe(2);
    expect(nearestFrame(frames, 0.119)).toBe(3);
    expect(nearestFrame(frames, 99)).toBe(3);
    expect(nearestFrame(frames, -1)).toBe(0);
    expect(nearestFrame([], 1)).toBe(-1);
  });

  it('seeks to the middle of a frame interval, which maps back to that frame', () => {
    for (let i = 0; i < frames.length; i++) {
      const t = seekTimeForFrame(frames, i, 30);
      expect(t).toBeGreaterThan(frames[i]!.t);
      expect(nearestFrame(frames, frames[i]!.t)).toBe(i);
    }
    expect(seekTimeForFrame(frames, 0, 30)).toBeCloseTo(1 / 60, 9);
  });
});

describe('on irregular tracks', () => {
  /** Jittered frame times at `fps` (±30 % of a frame, so frames stay ≥ 1/(2.5·fps) apart), some dropped. */
  const track = (seed: number, fps: number, n: number) => {
    const rnd = seededRandom(seed);
    const t: number[] = [];
    for (let i = 0; i < n; i++) if (rnd() > 0.1) t.push(0.2 + (i + (rnd() - 0.5) * 0.6) / fps);
    return t.map((x) => ({ t: x }));
  };
  /** Nearest by brute force, a tie to the earlier frame (the skeleton player's old rule). */
  const nearestByScan = (frames: { t: number }[], tS: number) => {
    let best = frames.length ? 0 : -1;
    for (let i = 1; i < frames.length; i++)
      if (Math.abs(frames[i]!.t - tS) < Math.abs(frames[best]!.t - tS)) best = i;
    return best;
  };
  /** Last frame at or before tS by brute force (frameAtTime's definition, without the rounding slack). */
  const shownByScan = (frames: { t: number }[], tS: number) => frames.findLastIndex((f) => f.t <= tS);

  for (const fps of [24, 30, 60, 240]) {
    it(`${fps} fps: nearest and shown frame agree with a scan; seeking to a frame shows it (frameAtTime)`, () => {
      const frames = track(fps, fps, 300);
      const rnd = seededRandom(1000 + fps);
      for (let k = 0; k < 2000; k++) {
        const tS = -0.1 + rnd() * (frames.at(-1)!.t + 0.3);
        expect(nearestFrame(frames, tS)).toBe(nearestByScan(frames, tS));
        // Away from the half-millisecond slack the shown frame is exactly the last one at or before tS.
        const next = frames[shownByScan(frames, tS) + 1];
        if (!next || next.t - tS > 5e-4) expect(frameAtTime(frames, tS)).toBe(shownByScan(frames, tS));
      }
      frames.forEach((f, i) => {
        const seek = seekTimeForFrame(frames, i, fps);
        expect(seek).toBeGreaterThan(f.t);
        expect(frameAtTime(frames, seek)).toBe(i);
        // rVFC reports the shown frame's own time, up to µs rounding.
        expect(frameAtTime(frames, f.t - 1e-6)).toBe(i);
        expect(nearestFrame(frames, f.t + 1e-6)).toBe(i);
      });
    });
  }

  it('gives 0 as the seek time of a frame outside the track', () => {
    expect(seekTimeForFrame([{ t: 0.5 }], 3, 30)).toBe(0);
  });
});
