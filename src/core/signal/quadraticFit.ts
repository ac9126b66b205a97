/**
 * Least-squares parabola y ≈ a + b·u + c·u² through the finite samples y[i], i = from..to, at
 * abscissae u(i) (the caller centres them: seconds from a reference time). The normal equations are
 * solved by Cramer's rule on their 3×3 system. Null with fewer than 4 finite samples or a singular
 * system (|det| < 1e-18). The one fit behind sub-sample extrema (refineExtremumT) and the bar's
 * concentric-phase edges (concentricPhase).
 */
export function quadraticFit(
  y: ArrayLike<number>,
  from: number,
  to: number,
  u: (i: number) => number,
): { a: number; b: number; c: number } | null {
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    y0 = 0,
    y1 = 0,
    y2 = 0;
  for (let k = from; k <= to; k++) {
    const v = y[k]!;
    if (!Number.isFinite(v)) continue;
    const x = u(k);
    s0++;
    s1 += x;
    s2 += x * x;
    s3 += x * x * x;
    s4 += x * x * x * x;
    y0 += v;
    y1 += v * x;
    y2 += v * x * x;
  }
  if (s0 < 4) return null;
  const det = s0 * (s2 * s4 - s3 * s3) - s1 * (s1 * s4 - s3 * s2) + s2 * (s1 * s3 - s2 * s2);
  if (Math.abs(det) < 1e-18) return null;
  return {
    a: (y0 * (s2 * s4 - s3 * s3) - s1 * (y1 * s4 - s3 * y2) + s2 * (y1 * s3 - s2 * y2)) / det,
    b: (s0 * (y1 * s4 - s3 * y2) - y0 * (s1 * s4 - s3 * s2) + s2 * (s1 * y2 - y1 * s2)) / det,
    c: (s0 * (s2 * y2 - y1 * s3) - s1 * (s1 * y2 - y1 * s2) + y0 * (s1 * s3 - s2 * s2)) / det,
  };
}
