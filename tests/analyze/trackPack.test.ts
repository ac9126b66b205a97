import { expect, it } from 'vitest';
import { trackPack, trackUnpack } from '../../src/core/track/trackPack.ts';
import { trackCreate } from '../../src/core/track/track.ts';

it('a packed track unpacks to the same track: frames without a person, authored keypoints, exact numbers', () => {
  const track = trackCreate({ source: { kind: 'synthetic', name: 'x' }, width: 640, height: 480, fps: 30 });
  const kp = (s: number) =>
    Array.from(
      { length: 17 },
      (_, k) => [0.1 + k * 1.0000000001 + s, 2 / 3 + s, 0.3] as [number, number, number],
    );
  track.frames.push({ t: 0, kp: kp(1) }, { t: 1 / 30, kp: [] }, { t: 2 / 30, kp: kp(2), authored: [3, 15] });
  (track as { subject?: { heightM: number } }).subject = { heightM: 1.8 };
  const back = trackUnpack(trackPack(track));
  expect(back).toEqual(track);
  expect(back.frames[0]!.kp[5]![0]).toBe(track.frames[0]!.kp[5]![0]);
  expect('authored' in back.frames[0]!).toBe(false);
});
