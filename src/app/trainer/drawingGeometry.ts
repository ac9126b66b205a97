import { angleShapeDeg, type DrawingShape, type PointPx } from '../../core/session/annotation.ts';

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
