/**
 * Angle helpers on image points (x right, y DOWN, source pixels), implementing the conventions of
 * metrics.md: y is flipped to y_up = -y before any angle. All results in degrees; NaN in, NaN out.
 */
import { hypot2 } from './hypot2.ts';

const DEG = 180 / Math.PI;

/** Interior angle at B of A-B-C, degrees in [0, 180]. */
export function interiorAngleDeg(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
): number {
  const ux = ax - bx;
  const uy = ay - by;
  const vx = cx - bx;
  const vy = cy - by;
  return vectorAngleDeg(ux, uy, vx, vy, hypot2(ux, uy), hypot2(vx, vy));
}

/**
 * Angle between vectors u and v whose lengths `nu` and `nv` the caller has already taken (hypot2),
 * degrees in [0, 180]; NaN when either is not positive. interiorAngleDeg is this at B.
 */
export function vectorAngleDeg(
  ux: number,
  uy: number,
  vx: number,
  vy: number,
  nu: number,
  nv: number,
): number {
  if (!(nu > 0) || !(nv > 0)) return NaN;
  const c = (ux * vx + uy * vy) / (nu * nv);
  return Math.acos(Math.min(1, Math.max(-1, c))) * DEG;
}

/** Joint flexion at B: 180° − interior angle of A-B-C (0 = straight). */
export function flexionDeg(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return 180 - interiorAngleDeg(ax, ay, bx, by, cx, cy);
}

/**
 * Inclination of segment P→Q from the upward vertical, positive toward the direction of travel `d`:
 * `atan2(d·(x_Q − x_P), y_up_Q − y_up_P)` (metrics.md `incl`).
 */
export function inclinationDeg(px: number, py: number, qx: number, qy: number, d: 1 | -1): number {
  return Math.atan2(d * (qx - px), -qy - -py) * DEG;
}

/**
 * Shank angle from the DOWNWARD vertical, positive when the ankle is ahead of the knee:
 * `atan2(d·(x_ankle − x_knee), y_up_knee − y_up_ankle)` (metrics.md `shankAngleAtContactDeg`).
 */
export function shankAngleDeg(
  kneeX: number,
  kneeY: number,
  ankleX: number,
  ankleY: number,
  d: 1 | -1,
): number {
  return Math.atan2(d * (ankleX - kneeX), -kneeY - -ankleY) * DEG;
}
