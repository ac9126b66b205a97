import { expect, it } from 'vitest';
import { poseRunRates } from './poseRunRates.ts';

it('gives frames per wall second and clip seconds per wall second', () => {
  // 360 frames of a 12 s clip in 9 s: 40 frames/s, 1.33× real time.
  const r = poseRunRates(360, 9000, 12);
  expect(r).toEqual({ frames: 360, wallMs: 9000, fps: 40, realTimeRatio: 12 / 9 });
});
