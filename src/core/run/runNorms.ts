/**
 * Speed-dependent norms of the 2D running metrics, as this product measures them (side view,
 * COCO keypoints, per-side medians). Where the physiology depends on running speed (foot
 * placement, shank tilt and the trailing leg grow with step length; contact time shrinks) the
 * healthy upper bound is a line in speed, `base + slope·min(v, capMps)`, and the flag threshold
 * sits a measurement margin above it.
 *
 * Every constant here was chosen by `node bin/run-ts.mjs scripts/flag-calibration.ts` on the
 * ground-truth steps of the visible mocap fixtures (fixtures/mocap/MANIFEST.md):
 * - slopes and bases: least-squares line through the per-speed MAXIMUM step value of Hamner
 *   subject04 at 2, 3, 4 and 5 m/s (treadmill), rounded up;
 * - caps: the line is not extrapolated past the fastest speed that chose it (5 m/s) for foot
 *   placement and shank (step length stops growing there; cadence takes over), while the trailing
 *   leg keeps the line (its distance at toe-off is stance length, which keeps growing); the Dorn
 *   overground runs at 7.0 and 9.4 m/s (another runner, another lab), which chose nothing here,
 *   check both: they stay below the thresholds;
 * - margins: 1.5× the metric's accepted measurement error (shared/tools/score.py tolerance, ×1.5
 *   at ≤ 35 fps for values read at the instant of contact), so a healthy runner measured with the
 *   product's worst accepted error still passes;
 * - leave-one-speed-out: the script refits each line without one Hamner speed and shows that
 *   speed's steps still pass.
 */
export interface SpeedNorm {
  /** Healthy upper bound at 0 m/s of the line. */
  base: number;
  /** Per m/s. */
  slope: number;
  /** The line is flat above this speed (m/s). */
  capMps: number;
  /** Warn at bound + margin; alert at bound + 2·margin. */
  margin: number;
  unit: string;
}

/** Slowest speed the lines hold for: below it the 2 m/s value is used (a slower jog only lowers the values). */
export const NORM_MIN_SPEED_MPS = 2;

export const RUN_SPEED_NORMS = {
  // Hamner s04 maxima 0.191/0.278/0.330/0.376 L at 2/3/4/5 m/s → fit 0.082 + 0.061·v; margin 1.5 × 0.04.
  footAheadOfHipRatio: { base: 0.085, slope: 0.062, capMps: 5, margin: 0.06, unit: 'L' },
  // Hamner s04 maxima 7.9/15.6/19.0/21.1° → fit 0.8 + 4.32·v; margin 1.5 × 3°.
  shankAngleAtContactDeg: { base: 1, slope: 4.4, capMps: 5, margin: 4.5, unit: 'deg' },
  // Hamner s04 maxima 0.465/0.565/0.608/0.649 L (clean track at the GT toe-off) → fit 0.364 + 0.0595·v;
  // no score.py tolerance (our metric): the footAheadOfHipRatio margin (same ankle-vs-hip distance).
  trailingLegRatio: { base: 0.37, slope: 0.06, capMps: 10, margin: 0.06, unit: 'L' },
} satisfies Record<string, SpeedNorm>;

export type SpeedNormKey = keyof typeof RUN_SPEED_NORMS;

/** Healthy upper bound of a speed-dependent metric at speed v (m/s). */
export function normHigh(n: SpeedNorm, speedMps: number): number {
  const v = Math.min(Math.max(speedMps, NORM_MIN_SPEED_MPS), n.capMps);
  return n.base + n.slope * v;
}

/** Warn and alert levels at speed v (m/s). */
export function normLevels(n: SpeedNorm, speedMps: number): { warn: number; alert: number } {
  const h = normHigh(n, speedMps);
  return { warn: h + n.margin, alert: h + 2 * n.margin };
}

/**
 * Contact time's typical upper end at speed v: 1.2 × `0.465·v^−0.415` s (power law fitted by
 * scripts/flag-calibration.ts through the Hamner s04 per-speed medians 0.339/0.310/0.262/0.233 s at
 * 2–5 m/s; ×1.2 for between-runner spread [H]). The lower end is open: Dorn's sprinter (held out)
 * contacts for 0.157 s at 7 m/s and 0.123 s at 9.4 m/s, below the extrapolated line, and short
 * contacts are no fault. Information only (biomech-notes §4.9: weak links), no flag rests on it.
 */
export function contactTimeHighS(speedMps: number): number {
  const v = Math.max(speedMps, 1);
  return Math.round(1.2 * 0.465 * v ** -0.415 * 1000) / 1000;
}

/**
 * Cadence expected at speed v (steps/min): `123.5 + 13.1·min(v, 5)`, the least-squares line through
 * Hamner s04's 152/161/173/191 steps/min at 2–5 m/s (scripts/flag-calibration.ts). Runners differ
 * from it by about ±10 steps/min with height [H], so only a cadence well below it (runThresholds
 * cadenceLowSpm) counts as low, and only at a speed the user gave.
 */
export function expectedCadenceSpm(speedMps: number): number {
  return 123.5 + 13.1 * Math.min(Math.max(speedMps, NORM_MIN_SPEED_MPS), 5);
}

export type SpeedSource = 'user' | 'cadence';

export interface RunSpeed {
  mps: number;
  source: SpeedSource;
}

/**
 * The running speed the norms use: the one the user gave (treadmill display), else a generous
 * estimate from cadence, `2 + 0.1·(cadence − 140)` m/s clamped to 2–5. Generous on purpose: a
 * faster assumed speed means more permissive norms, so an unknown speed never makes a healthy
 * runner look worse. Hamner s04 ran 2/3/4/5 m/s at 152/161/173/191 steps/min, which the proxy
 * puts at 3.2/4.1/5/5 m/s (≥ 1 m/s above, and the 5 m/s cap covers sprinters such as Dorn's at
 * 202–259 steps/min); a runner with a much lower cadence than subject04 at the same speed gets
 * stricter norms, which is why a flag from an estimated speed is never an alert.
 */
export function runSpeed(cadenceSpm: number | null, userSpeedMps?: number): RunSpeed | null {
  if (userSpeedMps !== undefined && Number.isFinite(userSpeedMps) && userSpeedMps > 0)
    return { mps: userSpeedMps, source: 'user' };
  if (cadenceSpm === null || !Number.isFinite(cadenceSpm)) return null;
  return { mps: Math.min(5, Math.max(2, 2 + 0.1 * (cadenceSpm - 140))), source: 'cadence' };
}
