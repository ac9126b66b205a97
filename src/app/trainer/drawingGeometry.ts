import { angleShapeDeg, type DrawingShape, type PointPx } from '../../core/session/annotation.ts';

/** COCO-17 limbs drawn as the skeleton (index pairs into a frame's keypoints). */
export const SKELETON_EDGES: readonly [number, number][] = [
  [5, 6],
  [5, 7],
  [7, 9],
  [6, 8],
  [8, 10],
  [5, 11],
  [6, 12],
  [11, 12],
  [11, 13],
  [13, 15],
  [12, 14],
  [14, 16],
  [0, 5],
  [0, 6],
];

/** Score above which a keypoint is drawn (and can be grabbed). */
export const MIN_DRAW_SCORE = 0.2;

export type Tool = 'correct' | 'line' | 'arrow' | 'angle' | 'freehand' | 'text';

/** The SVG path of a shape, in source pixels. */
export function shapePath(shape: DrawingShape): string {
  const p = (q: PointPx) => `${q.xPx.toFixed(1)} ${q.yPx.toFixed(1)}`;
  switch (shape.kind) {
    case 'line':
    case 'arrow':
      return `M ${p(shape.from)} L ${p(shape.to)}`;
    case 'angle':
      return `M ${p(shape.a)} L ${p(shape.vertex)} L ${p(shape.b)}`;
    case 'freehand':
      return shape.points.map((q, i) => `${i ? 'L' : 'M'} ${p(q)}`).join(' ');
    case 'text':
      return '';
  }
}

/** Label shown on an angle drawing: its value in whole degrees. */
export function angleLabel(shape: { a: PointPx; vertex: PointPx; b: PointPx }): string {
  const deg = angleShapeDeg(shape);
  return Number.isFinite(deg) ? `${Math.round(deg)}°` : '–';
}
