/**
 * Live cadence from the hips' up-and-down motion: the pelvis rises and falls once per step, so the
 * dominant period of hip-mid height over the last few seconds is the step time. The period is the
 * lag of the highest normalised autocorrelation between 0.25 s and 0.5 s (120–240 steps/min, the
 * running range of biomech-notes.md §4.8). A rough display number; the report's cadence comes
 * from the detected contacts.
 *
 * @param t sample times, seconds (irregular is fine: resampled to `fsHz`)
 * @param y hip-mid image y, px (NaN where unseen)
 * @returns steps/min, or null when the window is too short or no clear rhythm exists
 */
export function liveCadenceSpm(
  t: readonly number[],
  y: readonly number[],
  fsHz = 30,
  minCorr = 0.4,
): number | null {
  const n = t.length;
  if (n < 8 || t[n - 1]! - t[0]! < 2.5) return null;
  const m = Math.floor((t[n - 1]! - t[0]!) * fsHz) + 1;
  const g = new Float64Array(m);
  let j = 0;
  for (let i = 0; i < m; i++) {
    const ti = t[0]! + i / fsHz;
    while (j < n - 2 && t[j + 1]! < ti) j++;
    const a = y[j]!;
    const b = y[j + 1]!;
    const w = (ti - t[j]!) / (t[j + 1]! - t[j]! || 1);
    g[i] = a + (b - a) * Math.min(1, Math.max(0, w));
  }
  let mean = 0;
  let cnt = 0;
  for (const v of g) {
    if (!Number.isFinite(v)) continue;
    mean += v;
    cnt++;
  }
  if (cnt < 0.8 * m) return null;
  mean /= cnt;
  const c = Array.from(g, (v) => (Number.isFinite(v) ? v - mean : 0));
  const ac = (lag: number) => {
    let s = 0;
    let e0 = 0;
    let e1 = 0;
    for (let i = 0; i + lag < m; i++) {
      s += c[i]! * c[i + lag]!;
      e0 += c[i]! ** 2;
      e1 += c[i + lag]! ** 2;
    }
    return e0 > 0 && e1 > 0 ? s / Math.sqrt(e0 * e1) : 0;
  };
  let bestLag = 0;
  let best = -Infinity;
  for (let lag = Math.floor(0.25 * fsHz); lag <= Math.ceil(0.5 * fsHz); lag++) {
    const r = ac(lag);
    if (r > best) {
      best = r;
      bestLag = lag;
    }
  }
  if (best < minCorr || bestLag === 0) return null;
  // Parabolic interpolation of the peak for sub-sample period resolution.
  const r0 = ac(bestLag - 1);
  const r2 = ac(bestLag + 1);
  const den = r0 - 2 * best + r2;
  const shift = den < 0 ? (0.5 * (r0 - r2)) / den : 0;
  return 60 / ((bestLag + Math.max(-0.5, Math.min(0.5, shift))) / fsHz);
}
