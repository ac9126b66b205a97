import { describe, expect, it } from 'vitest';
import { analyzeHinge } from '../../src/core/hinge/analyzeHinge.ts';
import { hingeFlags } from '../../src/core/hinge/hingeFlags.ts';
import { resolveHingeThresholds } from '../../src/core/hinge/hingeThresholds.ts';
import type { HingeRepMetrics } from '../../src/core/hinge/repMetrics.ts';
import { trunkNoiseFloorDeg } from '../../src/core/hinge/trunkDrift.ts';
import { syntheticHinge } from './syntheticHinge.ts';

describe("trunk change against the clip's own keypoint noise (issue 13)", () => {
  it('the floor is 3·√2 robust SDs of the raw-minus-filtered trunk angle', () => {
    const n = 4000;
    const filtered = new Float64Array(n).map((_, i) => 30 + 20 * Math.sin(i / 50));
    // Deterministic Gaussian noise, SD 2° (Box–Muller on a fixed LCG): the robust SD recovers ~2°.
    let a = 12345;
    const u = () => (a = (a * 1103515245 + 12345) % 2147483648) / 2147483648 + 1e-12;
    const raw = filtered.map((v) => v + 2 * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()));
    const floor = trunkNoiseFloorDeg(raw, filtered);
    expect(floor).toBeGreaterThan(3 * Math.SQRT2 * 2 * 0.93);
    expect(floor).toBeLessThan(3 * Math.SQRT2 * 2 * 1.07);
    expect(trunkNoiseFloorDeg(filtered, filtered)).toBe(0);
    expect(trunkNoiseFloorDeg(new Float64Array(2), new Float64Array(2))).toBeNaN();
  });

  it("trunk-angle-drift and hips-rise-first must clear the floor as well as §5.3's 10°", () => {
    const a = analyzeHinge(
      syntheticHinge(
        Array.from({ length: 3 }, () => ({ hipDeg: 90, kneeDeg: 25, shinDeg: 0, driftDeg: 16 })),
      ),
    );
    const reps = a.hinge.reps as HingeRepMetrics[];
    const th = resolveHingeThresholds();
    const ids = (noise: number) => hingeFlags(reps, th, 0.9, 'rdl', noise).map((f) => f.id);
    expect(ids(NaN)).toContain('trunk-angle-drift');
    expect(ids(2)).toContain('trunk-angle-drift');
    const drift = Math.max(...reps.map((r) => Number(r.trunkDriftDeg)));
    expect(ids(drift + 1)).not.toContain('trunk-angle-drift');
    // The clean constructed clip has (almost) no jitter, so its own floor is far below 10°.
    expect(Number(a.hinge.trunkNoiseFloorDeg)).toBeLessThan(1);
  });
});
