import { KP } from './keypoints.ts';

/**
 * The skeleton every view draws (review player, key frames, live camera, the trainer's stage):
 * COCO-17 limbs and trunk as pairs of keypoint indices, data only (issue 14: the trainer's stage
 * drew two more lines, nose to each shoulder; the one list is the review's, so the trainer's stage
 * lost those two and still draws the nose as a point). Face points are drawn as points, not joined.
 */
export const SKELETON_EDGES: readonly (readonly [number, number])[] = [
  [KP.left_shoulder, KP.right_shoulder],
  [KP.left_hip, KP.right_hip],
  [KP.left_shoulder, KP.left_hip],
  [KP.right_shoulder, KP.right_hip],
  [KP.left_shoulder, KP.left_elbow],
  [KP.left_elbow, KP.left_wrist],
  [KP.right_shoulder, KP.right_elbow],
  [KP.right_elbow, KP.right_wrist],
  [KP.left_hip, KP.left_knee],
  [KP.left_knee, KP.left_ankle],
  [KP.right_hip, KP.right_knee],
  [KP.right_knee, KP.right_ankle],
];

/**
 * Model score from which a keypoint (and an edge, when both its ends have it) is drawn, in every
 * view. A display choice carried over from both drawers (0.2 in each), not chosen on data.
 */
export const SKELETON_MIN_SCORE = 0.2;
