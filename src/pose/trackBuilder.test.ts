import { describe, expect, it } from 'vitest';
import { trackParse } from '../core/track/trackParse.ts';
import type { KeypointTriple } from '../core/track/track.ts';
import { keypointsNone, poseToKeypoints } from './poseToKeypoints.ts';
import { createTrackBuilder, fpsFromTimes } from './trackBuilder.ts';
import { trackStringify } from './trackStringify.ts';
import { KEYPOINT_NAMES } from '../core/track/keypoints.ts';

const kp = (x: number): KeypointTriple[] =>
  Array.from({ length: 17 }, (_, i): KeypointTriple => [x + i + 0.123456, 2 * x + 0.987654, 0.123456789]);

describe('createTrackBuilder', () => {
  it('writes a hipcheck-track v1 that trackParse accepts, with fixed rounding', () => {
    const b = createTrackBuilder({
      name: 'clip.mp4',
      model: 'movenet-lightning',
      width: 720,
      height: 1280,
      fps: 30,
    });
    b.add(0, kp(10));
    b.add(1 / 30, keypointsNone());
    const t = trackParse(JSON.parse(trackStringify(b.finish())));
    expect(t.source).toEqual({ kind: 'video', name: 'clip.mp4', model: 'movenet-lightning' });
    expect([t.width, t.height, t.fps]).toEqual([720, 1280, 30]);
    expect(t.keypoints).toEqual([...KEYPOINT_NAMES]);
    expect(t.frames[0]!.kp[0]).toEqual([10.12, 20.99, 0.1235]);
    expect(t.frames[1]!.t).toBe(0.033333);
    expect(t.frames[1]!.kp).toEqual(keypointsNone());
  });

  it('refuses frames going back in time or with the wrong keypoint count', () => {
    const b = createTrackBuilder({ name: 'c', model: 'movenet-thunder', width: 10, height: 10 });
    b.add(1, kp(0));
    expect(() => b.add(0.5, kp(0))).toThrow(/backwards/);
    expect(() => b.add(2, kp(0).slice(1))).toThrow(/17 keypoints/);
    expect(b.frameCount).toBe(1);
  });

  it('takes the nominal fps from the median frame interval when none is given', () => {
    const b = createTrackBuilder({ name: 'c', model: 'movenet-lightning', width: 10, height: 10 });
    [0, 0.04, 0.08, 0.2, 0.24].forEach((t) => b.add(t, kp(0)));
    expect(b.finish().fps).toBe(25);
    expect(fpsFromTimes([0])).toBe(30);
  });
});

describe('trackStringify', () => {
  it('round-trips through JSON.parse and puts one frame per line', () => {
    const b = createTrackBuilder({ name: 'c', model: 'movenet-lightning', width: 4, height: 4, fps: 30 });
    b.add(0, kp(1));
    b.add(0.5, kp(2));
    const track = b.finish();
    const text = trackStringify(track);
    expect(JSON.parse(text)).toEqual(track);
    expect(text.split('\n').filter((l) => l.includes('"kp"'))).toHaveLength(2);
    const empty = b.finish();
    empty.frames = [];
    expect(JSON.parse(trackStringify(empty))).toEqual(empty);
  });
});

describe('poseToKeypoints', () => {
  const kps = KEYPOINT_NAMES.map((name, i) => ({ x: i, y: 2 * i, score: 0.5, name }));
  it('maps pose-detection keypoints (already in input pixels) to [x, y, score]', () => {
    expect(poseToKeypoints({ keypoints: kps })[3]).toEqual([3, 6, 0.5]);
    expect(poseToKeypoints(undefined)).toEqual(keypointsNone());
  });
  it('throws on a wrong count, order or a non-finite value', () => {
    expect(() => poseToKeypoints({ keypoints: kps.slice(1) })).toThrow(/16 keypoints/);
    expect(() => poseToKeypoints({ keypoints: [...kps].reverse() })).toThrow(/expected 'nose'/);
    expect(() => poseToKeypoints({ keypoints: kps.map((k, i) => (i === 5 ? { ...k, x: NaN } : k)) })).toThrow(
      /not finite/,
    );
  });
});
