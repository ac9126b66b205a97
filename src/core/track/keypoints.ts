/** COCO-17 keypoint names in the order MoveNet emits them (metrics.md, Conventions). */
export const KEYPOINT_NAMES = [
  'nose',
  'left_eye',
  'right_eye',
  'left_ear',
  'right_ear',
  'left_shoulder',
  'right_shoulder',
  'left_elbow',
  'right_elbow',
  'left_wrist',
  'right_wrist',
  'left_hip',
  'right_hip',
  'left_knee',
  'right_knee',
  'left_ankle',
  'right_ankle',
] as const;

export type KeypointName = (typeof KEYPOINT_NAMES)[number];

/** Index of each keypoint in a frame's `kp` array. */
export const KP = Object.fromEntries(KEYPOINT_NAMES.map((n, i) => [n, i])) as Record<KeypointName, number>;

export type Side = 'left' | 'right';

/** Keypoint index of a joint on one side. */
export function sideKeypoint(
  side: Side,
  joint: 'shoulder' | 'elbow' | 'wrist' | 'hip' | 'knee' | 'ankle' | 'eye' | 'ear',
): number {
  return KP[`${side}_${joint}` as KeypointName];
}

export const otherSide = (s: Side): Side => (s === 'left' ? 'right' : 'left');
