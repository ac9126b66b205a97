import { expect, it } from 'vitest';
import { frameAtTime, nearestFrame, seekTimeForFrame } from './frameAtTime.ts';

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
