import { expect, it } from 'vitest';
import { KP } from '../../core/track/keypoints.ts';
import type { KeypointTriple, Track } from '../../core/track/track.ts';
import { framingCheck } from './framingCheck.ts';

/** A standing person, 800 px tall in a 1000 px frame, centred at x; `tiltDeg` rotates both lines. */
function person(
  x: number,
  opts: { scale?: number; tiltDeg?: number; feet?: boolean; score?: number } = {},
): KeypointTriple[] {
  const s = opts.scale ?? 1;
  const sc = opts.score ?? 0.8;
  const tilt = Math.tan(((opts.tiltDeg ?? 0) * Math.PI) / 180);
  const kp: KeypointTriple[] = Array.from({ length: 17 }, () => [x, 100 + 300 * s, sc] as KeypointTriple);
  const set = (k: number, dx: number, y: number) =>
    (kp[k] = [x + dx * s, 100 + (y - 100) * s + dx * s * tilt, sc]);
  set(KP.nose, 0, 100);
  set(KP.left_shoulder, -40, 250);
  set(KP.right_shoulder, 40, 250);
  set(KP.left_hip, -25, 500);
  set(KP.right_hip, 25, 500);
  set(KP.left_knee, -25, 700);
  set(KP.right_knee, 25, 700);
  set(KP.left_ankle, -25, 900);
  set(KP.right_ankle, 25, 900);
  if (opts.feet === false) kp[KP.left_ankle] = kp[KP.right_ankle] = [0, 0, 0.05];
  return kp;
}

const track = (frames: KeypointTriple[][]): Track => ({
  format: 'hipcheck-track',
  version: 1,
  source: { kind: 'synthetic', name: 't' },
  width: 1000,
  height: 1000,
  fps: 30,
  keypoints: [],
  frames: frames.map((kp, i) => ({ t: i / 30, kp })),
});
const many = (f: (i: number) => KeypointTriple[]) => track(Array.from({ length: 60 }, (_, i) => f(i)));
const codes = (tr: Track, view: 'side' | 'rear' = 'rear') => framingCheck(tr, view).map((i) => i.code);

it('finds nothing wrong with a well-filmed clip', () => {
  expect(codes(many(() => person(500)))).toEqual([]);
});

it('warns about feet cut off, a small person, a tilted camera, two people and weak keypoints', () => {
  expect(codes(many((i) => person(500, { feet: i % 2 === 0 })))).toEqual(['feetCut']);
  expect(codes(many(() => person(500, { scale: 0.3 })))).toEqual(['tooSmall']);
  expect(codes(many(() => person(500, { tiltDeg: 9 })))).toEqual(['tilted']);
  expect(
    codes(
      many(() => person(500, { tiltDeg: 9 })),
      'side',
    ),
  ).toEqual([]);
  expect(codes(many((i) => person(i % 10 < 5 ? 200 : 800)))).toEqual(['twoPeople']);
  // A scored-down person: keypoints above the gate but uncertain overall.
  const weak = many(() => person(500, { score: 0.32 }));
  expect(codes(weak)).toEqual(['lowScore']);
});
