import { describe, expect, it } from 'vitest';
import { KEYPOINT_NAMES } from './keypoints.ts';
import { trackParse, TrackFormatError } from './trackParse.ts';

const good = () => ({
  format: 'hipcheck-track',
  version: 1,
  source: { kind: 'synthetic', name: 'x' },
  width: 100,
  height: 100,
  fps: 30,
  keypoints: [...KEYPOINT_NAMES],
  frames: [
    { t: 0, kp: Array.from({ length: 17 }, () => [1, 2, 0.9]) },
    { t: 0.033, kp: [] },
  ],
});

describe('trackParse', () => {
  it('accepts a valid track, including frames with no person', () => {
    expect(trackParse(good()).frames).toHaveLength(2);
  });
  it.each([
    ['format', { format: 'other' }, /format/],
    ['version', { version: 2 }, /version 1/],
    ['fps', { fps: 0 }, /fps/],
    ['keypoints', { keypoints: ['nose'] }, /17 COCO/],
  ])('rejects a wrong %s with a message saying so', (_n, patch, msg) => {
    expect(() => trackParse({ ...good(), ...patch })).toThrow(msg);
  });
  it('rejects time going backwards and malformed keypoints', () => {
    const t = good();
    t.frames[1]!.t = -1;
    expect(() => trackParse(t)).toThrow(TrackFormatError);
    const u = good();
    u.frames[0]!.kp = [[1, 2, 3]];
    expect(() => trackParse(u)).toThrow(/17/);
  });
});
