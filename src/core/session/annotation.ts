/**
 * What a trainer authors on a session: notes, timeline markers and drawings on a frame. These are
 * kept apart from everything derived (track, metrics, flags), as Kinovea keeps its drawings apart
 * from its tracking data, so the derived part can always be recomputed without touching them.
 *
 * Every annotation is tied to a time `t` (seconds from the start of the video). Drawing points are
 * in source-video pixels (origin top-left, y down), the same space as the pose track, so they stay
 * on the body whatever size the video is shown at.
 */

/** A point in source-video pixels. */
export interface PointPx {
  xPx: number;
  yPx: number;
}

export type DrawingShape =
  | { kind: 'line'; from: PointPx; to: PointPx }
  | { kind: 'arrow'; from: PointPx; to: PointPx }
  /** Angle a–vertex–b; the value shown is `angleShapeDeg`. */
  | { kind: 'angle'; a: PointPx; vertex: PointPx; b: PointPx }
  | { kind: 'freehand'; points: PointPx[] }
  | { kind: 'text'; at: PointPx; text: string };

export type DrawingKind = DrawingShape['kind'];

export interface NoteAnnotation {
  id: string;
  type: 'note';
  /** Time the note is pinned to, seconds. */
  t: number;
  text: string;
}

export interface MarkerAnnotation {
  id: string;
  type: 'marker';
  t: number;
  label: string;
}

export interface DrawingAnnotation {
  id: string;
  type: 'drawing';
  /** Time of the frame the drawing belongs to, seconds. */
  t: number;
  shape: DrawingShape;
  /** CSS colour of the stroke; the UI's default when absent. */
  color?: string;
}

export type Annotation = NoteAnnotation | MarkerAnnotation | DrawingAnnotation;

/**
 * Interior angle at the vertex of an angle drawing, in degrees (0..180), measured in image pixels
 * (the angle is the same with y up or y down). NaN when either arm has zero length.
 */
export function angleShapeDeg(shape: { a: PointPx; vertex: PointPx; b: PointPx }): number {
  const ux = shape.a.xPx - shape.vertex.xPx;
  const uy = shape.a.yPx - shape.vertex.yPx;
  const vx = shape.b.xPx - shape.vertex.xPx;
  const vy = shape.b.yPx - shape.vertex.yPx;
  const nu = Math.hypot(ux, uy);
  const nv = Math.hypot(vx, vy);
  if (nu === 0 || nv === 0) return NaN;
  // atan2 of cross and dot is stable near 0° and 180°, where acos of the cosine loses precision.
  return (Math.abs(Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)) * 180) / Math.PI;
}
