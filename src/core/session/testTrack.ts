import type { KeypointTriple, Track } from '../track/track.ts';
import { trackCreate } from '../track/track.ts';

/**
 * A small synthetic track for the session tests: `n` frames at 30 fps in which keypoint k of frame
 * i sits at (100 + 10k + i, 200 + 5k) with score 0.8; frames listed in `empty` have no person.
 */
export function testTrack(n = 10, empty: number[] = []): Track {
  const track = trackCreate({
    source: { kind: 'synthetic', name: 'test' },
    width: 640,
    height: 480,
    fps: 30,
  });
  for (let i = 0; i < n; i++) {
    const kp: KeypointTriple[] = empty.includes(i)
      ? []
      : Array.from({ length: 17 }, (_, k) => [100 + 10 * k + i, 200 + 5 * k, 0.8]);
    track.frames.push({ t: i / 30, kp });
  }
  return track;
}
