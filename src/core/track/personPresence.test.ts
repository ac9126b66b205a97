import { describe, expect, it } from 'vitest';
import { frameHasPerson, NO_PERSON_SHARE, PARTIAL_PERSON_SHARE, personFrameShare } from './personPresence.ts';
import type { KeypointTriple, TrackFrame } from './track.ts';

const frame = (score: number): TrackFrame => ({
  t: 0,
  kp: Array.from({ length: 17 }, (): KeypointTriple => [10, 10, score]),
});

describe('the one person-present rule', () => {
  it('counts a frame when the pose adapter kept any keypoint', () => {
    expect(frameHasPerson(frame(0))).toBe(false);
    expect(frameHasPerson({ t: 0, kp: [...frame(0).kp.slice(1), [5, 5, 0.31]] })).toBe(true);
    expect(frameHasPerson({ t: 0, kp: [] })).toBe(false);
  });

  it('gives the share of frames with a person, and orders the two thresholds', () => {
    const frames = [frame(0.5), frame(0), frame(0), frame(0.2)];
    expect(personFrameShare({ frames })).toBe(0.5);
    expect(personFrameShare({ frames: [] })).toBe(0);
    expect(NO_PERSON_SHARE).toBeLessThan(PARTIAL_PERSON_SHARE);
  });
});
