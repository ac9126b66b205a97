/**
 * A keypoint correction the trainer made: keypoint `keypoint` (COCO-17 index) is at (xPx, yPx), in
 * source pixels, on every frame from `fromFrame` to `toFrame` inclusive (indices into the raw
 * track's frames). It is authored data: the raw track is never modified, `applyCorrections` derives
 * the corrected track from both.
 */
export interface KeypointCorrection {
  id: string;
  keypoint: number;
  fromFrame: number;
  toFrame: number;
  xPx: number;
  yPx: number;
}

/** Score given to a corrected keypoint: a person placed it, so it counts as fully confident. */
export const CORRECTED_SCORE = 1;
