import type { KeypointTriple } from '../../core/track/track.ts';
import { KP } from '../../core/track/keypoints.ts';
import { SKELETON_EDGES, SKELETON_MIN_SCORE } from '../../core/track/skeleton.ts';

/** Left side orange, right side blue, centre white (a common convention in gait video tools). */
export const SKELETON_COLOURS = {
  left: '#ff8c00',
  right: '#00a2ff',
  centre: '#ffffff',
  hip: '#ff00ff',
} as const;

const sideColour = (i: number) => {
  const name = Object.entries(KP).find(([, v]) => v === i)?.[0] ?? '';
  return name.startsWith('left')
    ? SKELETON_COLOURS.left
    : name.startsWith('right')
      ? SKELETON_COLOURS.right
      : SKELETON_COLOURS.centre;
};

/**
 * Draws one frame's keypoints. `toScreen` maps source px → canvas px. Keypoints under `minScore`
 * are not drawn. Hips get a distinct magenta marker (the product is about hips; tests look for it).
 */
export function drawSkeleton(
  ctx: CanvasRenderingContext2D,
  kp: readonly KeypointTriple[],
  toScreen: (x: number, y: number) => [number, number],
  opts: { minScore?: number; scalePx?: number } = {},
): void {
  const minScore = opts.minScore ?? SKELETON_MIN_SCORE;
  const u = opts.scalePx ?? 1;
  ctx.lineWidth = 3 * u;
  ctx.lineCap = 'round';
  for (const [a, b] of SKELETON_EDGES) {
    const ka = kp[a];
    const kb = kp[b];
    if (!ka || !kb || ka[2] < minScore || kb[2] < minScore) continue;
    const [x1, y1] = toScreen(ka[0], ka[1]);
    const [x2, y2] = toScreen(kb[0], kb[1]);
    ctx.strokeStyle = sideColour(a) === sideColour(b) ? sideColour(a) : SKELETON_COLOURS.centre;
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  }
  kp.forEach((k, i) => {
    if (k[2] < minScore) return;
    const [x, y] = toScreen(k[0], k[1]);
    const hip = i === KP.left_hip || i === KP.right_hip;
    ctx.fillStyle = hip ? SKELETON_COLOURS.hip : sideColour(i);
    ctx.beginPath();
    ctx.arc(x, y, (hip ? 6 : 4) * u, 0, 2 * Math.PI);
    ctx.fill();
  });
}
