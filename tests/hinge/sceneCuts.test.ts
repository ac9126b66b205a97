import { describe, expect, it } from 'vitest';
import { sceneCuts } from '../../src/core/hinge/sceneCuts.ts';
import type { KeypointTriple, TrackFrame } from '../../src/core/track/track.ts';

// A standing figure: 17 keypoints, torso (shoulder to hip) 100 px, shifted by (dx, dy).
const figure = (dx: number, dy: number, wobble = 0): KeypointTriple[] =>
  Array.from({ length: 17 }, (_, k) => {
    const y = k <= 4 ? 80 : k <= 6 ? 100 : k <= 10 ? 150 : k <= 12 ? 200 : k <= 14 ? 280 : 360;
    return [300 + dx + (k % 2) * 10 + wobble, y + dy, 0.9] as KeypointTriple;
  });
const clip = (at: (i: number) => KeypointTriple[], n = 60, fps = 30): TrackFrame[] =>
  Array.from({ length: n }, (_, i) => ({ t: i / fps, kp: at(i) }));

describe('sceneCuts', () => {
  it('finds a cut where the whole figure moves a torso length in one frame and stays', () => {
    expect(sceneCuts(clip((i) => figure(i < 30 ? 0 : 150, 0, Math.sin(i) * 2)))).toEqual([30]);
  });
  it('a one-frame jump (MoveNet on another person) is not a cut', () => {
    expect(sceneCuts(clip((i) => figure(i === 30 ? 150 : 0, 0)))).toEqual([]);
  });
  it('a steady movement of a few px per frame is not a cut', () => {
    expect(sceneCuts(clip((i) => figure(3 * i, 2 * i)))).toEqual([]);
  });
});
