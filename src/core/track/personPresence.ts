import type { Track, TrackFrame } from './track.ts';

/**
 * The one "is there a person?" rule of the app, the CLI and the core (issue 14).
 *
 * A frame shows a person when the pose adapter kept any keypoint (score > 0): the adapter already
 * zeroes a frame whose keypoints are too weak to be a person (src/pose, `minPoseScore`: all 17 scores 0).
 */
export function frameHasPerson(f: TrackFrame): boolean {
  if (f.kp.length !== 17) return false;
  // A loop, not some(): no closure per frame (a 10-minute track has 36,000).
  for (let k = 0; k < 17; k++) if (f.kp[k]![2] > 0) return true;
  return false;
}

/** Share of the track's frames that show a person (0 for an empty track). */
export function personFrameShare(track: Pick<Track, 'frames'>): number {
  const n = track.frames.length;
  let w = 0;
  for (const f of track.frames) if (frameHasPerson(f)) w++;
  return n ? w / n : 0;
}

/**
 * Below this share of frames with a person, the clip has no person to analyse: `hipcheck pose`
 * refuses it (exit 1) and the app says "no person was found" (keeping the file). Chosen on
 * ../shared/media: every real clip shows its person in ≥ 62 % of its frames (overground_demo3, a
 * runner crossing the frame), ffmpeg's testsrc pattern in 0 %; the app's 5 % is kept so that a long
 * clip where the person appears late is still analysed (with the partial warning below), not refused.
 */
export const NO_PERSON_SHARE = 0.05;

/** Below this share the analysis runs but warns that its results may be incomplete. */
export const PARTIAL_PERSON_SHARE = 0.5;
