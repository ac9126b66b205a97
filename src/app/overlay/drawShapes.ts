import type { OverlayShape } from './evidenceOverlay.ts';

/**
 * Draws the measured (solid yellow, dark-edged) and reference (dashed white) lines of a piece of
 * evidence, shapes in source pixels × `scale`. Line widths and the label's size follow the picture's
 * drawn height (`frameHeightPx` × `scale`, in the context's units), not the canvas's: the review's
 * overlay draws in source pixels through a transform onto a smaller backing store (issue 15).
 */
export function drawShapes(
  ctx: CanvasRenderingContext2D,
  shapes: readonly OverlayShape[],
  scale: number,
  frameHeightPx: number,
): void {
  const drawnHeight = frameHeightPx * scale;
  const lw = Math.max(2, 4 * (drawnHeight / 720));
  for (const sh of shapes) {
    if (sh.kind === 'label') {
      const size = Math.round(Math.max(14, 22 * (drawnHeight / 720)));
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
    const path = () => {
      ctx.beginPath();
      pts.forEach((p, i) =>
        i ? ctx.lineTo(p[0] * scale, p[1] * scale) : ctx.moveTo(p[0] * scale, p[1] * scale),
      );
    };
    ctx.setLineDash(sh.role === 'reference' ? [lw * 2, lw * 1.5] : []);
    if (sh.role === 'measured') {
      // A dark edge keeps the line readable over a bright picture.
      ctx.strokeStyle = 'rgba(0,0,0,0.6)';
      ctx.lineWidth = lw * 1.8;
      path();
      ctx.stroke();
    }
    ctx.strokeStyle = sh.role === 'reference' ? 'rgba(255,255,255,0.9)' : '#ffd400';
    ctx.lineWidth = sh.role === 'reference' ? lw * 0.7 : lw;
    path();
    ctx.stroke();
  }
  ctx.setLineDash([]);
}
