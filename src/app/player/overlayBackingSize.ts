/**
 * The backing store of a canvas drawn over a video in source pixels: the size it is displayed at
 * (CSS px × devicePixelRatio), never larger than the source picture, with the picture's aspect.
 * Issue 15: a 1080×1920 overlay at source size (8 MB) made the compositor's commit of the review's
 * first frame a 57 ms long task; displayed at ~354×630 CSS px it needs a ninth of that.
 */
export function overlayBackingSize(
  displayWidthCssPx: number,
  devicePixelRatio: number,
  sourceWidthPx: number,
  sourceHeightPx: number,
): { widthPx: number; heightPx: number } {
  const k = Math.min(1, (displayWidthCssPx * (devicePixelRatio || 1)) / sourceWidthPx);
  if (!(k > 0)) return { widthPx: 1, heightPx: 1 };
  return {
    widthPx: Math.max(1, Math.round(sourceWidthPx * k)),
    heightPx: Math.max(1, Math.round(sourceHeightPx * k)),
  };
}
