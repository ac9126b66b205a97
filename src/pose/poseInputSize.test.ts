import { describe, expect, it } from 'vitest';
import { keypointsScale, POSE_INPUT_LONG_SIDE_PX, poseInputSize } from './poseInputSize.ts';

describe('poseInputSize', () => {
  it('scales the long side to the target, keeps the aspect, and maps back exactly', () => {
    const s = poseInputSize(720, 1280, POSE_INPUT_LONG_SIDE_PX.lightning);
    expect([s.width, s.height]).toEqual([324, 576]);
    expect([s.scaleX * s.width, s.scaleY * s.height]).toEqual([720, 1280]);
  });
  it('never upscales and rounds odd sizes to whole pixels', () => {
    expect(poseInputSize(320, 240, 576)).toEqual({ width: 320, height: 240, scaleX: 1, scaleY: 1 });
    const odd = poseInputSize(1281, 721, 576);
    expect([odd.width, odd.height]).toEqual([576, 324]);
    expect(odd.scaleY).toBeCloseTo(721 / 324, 12);
    expect(poseInputSize(720, 1280, Infinity).scaleX).toBe(1);
  });
  it('keypointsScale multiplies x and y and keeps the score', () => {
    expect(keypointsScale([[10, 20, 0.5]], 2, 3)).toEqual([[20, 60, 0.5]]);
  });
});
