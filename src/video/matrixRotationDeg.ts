/**
 * Display rotation, clockwise in degrees (0, 90, 180 or 270), of a track from its `tkhd` matrix
 * (ISO/IEC 14496-12 §8.3.2: `[a b u; c d v; x y w]`, a–d in 16.16 fixed point, applied as
 * `x' = a·x + c·y + tx`, `y' = b·x + d·y + ty`). Phones record portrait clips as landscape
 * pixels plus a 90° matrix. Mirroring and non-right angles are rounded to the nearest right angle.
 */
export function matrixRotationDeg(matrix: ArrayLike<number> | undefined): 0 | 90 | 180 | 270 {
  if (!matrix || matrix.length < 4) return 0;
  // mp4box.js may hand the matrix over as a Uint32Array: read the 32-bit words as signed.
  const signed = (v: number) => (v >= 2 ** 31 ? v - 2 ** 32 : v);
  const a = signed(matrix[0]!);
  const b = signed(matrix[1]!);
  if (a === 0 && b === 0) return 0;
  const deg = (Math.round((Math.atan2(b, a) * 180) / Math.PI / 90) * 90 + 360) % 360;
  return deg as 0 | 90 | 180 | 270;
}

/** Frame size as displayed after a rotation. */
export function rotatedSize(
  widthPx: number,
  heightPx: number,
  rotationDeg: number,
): { widthPx: number; heightPx: number } {
  return rotationDeg % 180 === 0 ? { widthPx, heightPx } : { widthPx: heightPx, heightPx: widthPx };
}
