import type { Pose } from '@tensorflow-models/pose-detection';
import type { KeypointTriple } from '../core/track/track.ts';
import { KEYPOINT_NAMES } from '../core/track/keypoints.ts';

const N = KEYPOINT_NAMES.length;

/** 17 triples `[0, 0, 0]`: the frame's value when no person was found. */
export function keypointsNone(): KeypointTriple[] {
  return Array.from({ length: N }, (): KeypointTriple => [0, 0, 0]);
}

/**
 * The one place where MoveNet's output becomes hipcheck keypoints. pose-detection has already
 * checked the raw `[1, 1, 17, 3]` `[y, x, score]` tensor and mapped it from crop-normalised
 * coordinates to input pixels (tfjs-models pose-detection/src/movenet/detector.ts); here we check
 * what it hands back (one pose, 17 COCO keypoints in order, finite numbers) and turn it into
 * `[xPx, yPx, score]`. `undefined` (pose-detection found no pose above `minPoseScore`) gives
 * {@link keypointsNone}. Throws on anything else, so a model/library mismatch cannot silently
 * produce a shifted or partial skeleton.
 */
export function poseToKeypoints(pose: Pose | undefined): KeypointTriple[] {
  if (pose === undefined) return keypointsNone();
  const kps = pose.keypoints;
  if (kps.length !== N) throw new Error(`MoveNet returned ${kps.length} keypoints, expected ${N}`);
  const out: KeypointTriple[] = new Array<KeypointTriple>(N);
  for (let i = 0; i < N; i++) {
    const k = kps[i]!;
    if (k.name !== undefined && k.name !== KEYPOINT_NAMES[i]) {
      throw new Error(`MoveNet keypoint ${i} is '${k.name}', expected '${KEYPOINT_NAMES[i]}'`);
    }
    const score = k.score ?? 0;
    if (!Number.isFinite(k.x) || !Number.isFinite(k.y) || !Number.isFinite(score)) {
      throw new Error(`MoveNet keypoint ${KEYPOINT_NAMES[i]} is not finite: [${k.x}, ${k.y}, ${score}]`);
    }
    out[i] = [k.x, k.y, score];
  }
  return out;
}
