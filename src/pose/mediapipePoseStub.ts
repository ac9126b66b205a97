// Stand-in for @mediapipe/pose, which @tensorflow-models/pose-detection imports for its BlazePose
// "mediapipe" runtime. hipcheck only runs MoveNet through tfjs, so this runtime is never created;
// aliasing the import here keeps Vite production builds and module workers working.
export class Pose {
  constructor() {
    throw new Error('The MediaPipe BlazePose runtime is not bundled in hipcheck; use MoveNet.');
  }
}
export const VERSION = 'stub';
