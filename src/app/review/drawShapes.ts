import type { KeypointTriple } from '../../core/track/track.ts';
import type { OverlayShape } from './evidenceOverlay.ts';

/** COCO-17 limbs as keypoint index pairs (left side even-indexed joints, right side odd). */
const LIMBS: readonly (readonly [number, number])[] = [
  [5, 6], [5, 11], [6, 12], [11, 12],
  [5, 7], [7, 9], [6, 8], [8, 10],
  [11, 13], [13, 15], [12, 14], [14, 16],
  [0, 5], [0, 6],
];
const LEFT = '#3fb6ff';
const RIGHT = '#ff9f1c';
const CENTRE = '#e8e8e8';

function limbColour(a: number, b: number): string {
  if (a % 2 === 1 && b % 2 === 1) return LEFT;
  if (a % 2 === 0 && b % 2 === 0 && a > 0) return RIGHT;
  return CENTRE;
}

/**
 * Draws the skeleton of one frame; `scale` maps source px to canvas px. Keypoints under `minScore`
 * are not drawn (they were not seen), so the overlay never shows a guessed joint.
 */
export function drawSkeleton(ctx: CanvasRenderingContext2D, kp: readonly KeypointTriple[], scale: number, minScore = 0.3): void {
  if (kp.length !== 17) return;
  const lw = Math.max(2, 3 * scale * (ctx.canvas.height / 720));
  ctx.lineWidth = lw;
  ctx.lineCap = 'round';
  for (const [a, b] of LIMBS) {
    const pa = kp[a]!;
    const pb = kp[b]!;
    if (pa[2] < minScore || pb[2] < minScore) continue;
    ctx.strokeStyle = limbColour(a, b);
    ctx.beginPath();
    ctx.moveTo(pa[0] * scale, pa[1] * scale);
    ctx.lineTo(pb[0] * scale, pb[1] * scale);
    ctx.stroke();
  }
  for (let k = 0; k < 17; k++) {
    const p = kp[k]!;
    if (p[2] < minScore) continue;
    ctx.fillStyle = k === 0 ? CENTRE : k % 2 ? LEFT : RIGHT;
    ctx.beginPath();
    ctx.arc(p[0] * scale, p[1] * scale, lw * 1.2, 0, 2 * Math.PI);
    ctx.fill();
  }
}

/** Draws the measured (solid magenta) and reference (dashed white) lines of a piece of evidence. */
export function drawShapes(ctx: CanvasRenderingContext2D, shapes: readonly OverlayShape[], scale: number): void {
  const lw = Math.max(2, 4 * (ctx.canvas.height / 720));
  for (const sh of shapes) {
    if (sh.kind === 'label') {
      const size = Math.round(Math.max(14, 22 * (ctx.canvas.height / 720)));
      ctx.font = `600 ${size}px system-ui, sans-serif`;
      const x = sh.at[0] * scale + 8;
      const y = sh.at[1] * scale - 8;
      const w = ctx.measureText(sh.text).width;
      ctx.fillStyle = 'rgba(0,0,0,0.7)';
      ctx.fillRect(x - 4, y - size, w + 8, size + 8);
      ctx.fillStyle = '#fff';
      ctx.fillText(sh.text, x, y);
      continue;
    }
    const pts = sh.kind === 'line' ? [sh.from, sh.to] : sh.points;
    ctx.setLineDash(sh.role === 'reference' ? [lw * 2, lw * 1.5] : []);
    ctx.strokeStyle = sh.role === 'reference' ? 'rgba(255,255,255,0.9)' : '#ff2fd0';
    ctx.lineWidth = sh.role === 'reference' ? lw * 0.7 : lw;
    ctx.beginPath();
    pts.forEach((p, i) => (i ? ctx.lineTo(p[0] * scale, p[1] * scale) : ctx.moveTo(p[0] * scale, p[1] * scale)));
    ctx.stroke();
  }
  ctx.setLineDash([]);
}
