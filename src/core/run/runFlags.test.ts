import { describe, expect, it } from 'vitest';
import type { RunSection, RunStep } from '../report/report.ts';
import { MIN_FAR_LEG_SCORE, runFlags } from './runFlags.ts';
import { normLevels, RUN_SPEED_NORMS } from './runNorms.ts';
import { RUN_THRESHOLDS } from './runThresholds.ts';
import { runTrend } from './runTrend.ts';

/** A normal runner at 3 m/s: no metric near any threshold. */
const base = (side: 'left' | 'right', i: number): RunStep => ({
  side,
  contactT: 0.35 * i,
  toeOffT: 0.35 * i + 0.25,
  kneeFlexionAtContactDeg: 18,
  peakKneeFlexionStanceDeg: 40,
  shankAngleAtContactDeg: 5,
  footAheadOfHipRatio: 0.2,
  kneeForwardTravelRatio: 0.25,
  trunkLeanDeg: 8,
  hipDropStanceRatio: 0.07,
  verticalOscillationRatio: 0.09,
  contactTimeS: 0.25,
  trailingLegRatio: 0.45,
  pelvicDropDeg: 4,
  kneeFppaDeg: 2,
  stepWidthRatio: 0.08,
});
function run(
  patch: Partial<RunStep> = {},
  n = 16,
  sides: ('left' | 'right')[] = ['left', 'right'],
): RunSection {
  const steps = Array.from({ length: n }, (_, i) => ({
    ...base(i % 2 ? 'right' : 'left', i),
    ...(sides.includes(i % 2 ? 'right' : 'left') ? patch : {}),
  }));
  return { cadenceSpm: 171, steps, summary: { left: {}, right: {} } };
}
const V = 3;
const ids = (r: RunSection, view: 'side' | 'rear' = 'side', speedMps: number | undefined = V) =>
  runFlags(r, view, 0.8, undefined, speedMps ? { speedMps } : {}).map(
    (f) => `${f.id}:${f.side}:${f.severity}`,
  );
const eps = 1e-3;
const lv = (k: keyof typeof RUN_SPEED_NORMS, v = V) => normLevels(RUN_SPEED_NORMS[k], v);

describe('running flags fire when, and only when, the evidence crosses the 2D threshold', () => {
  it('a normal runner gets no flag in either view', () => {
    expect(ids(run())).toEqual([]);
    expect(ids(run(), 'rear')).toEqual([]);
  });
  it.each([
    ['pelvic-drop', 'pelvicDropDeg'],
    ['knee-collapse', 'kneeFppaDeg'],
  ] as const)('%s on %s (rear)', (id, metric) => {
    const th = RUN_THRESHOLDS[metric];
    expect(ids(run({ [metric]: th.warn - eps }), 'rear')).toEqual([]);
    expect(ids(run({ [metric]: th.warn + eps }), 'rear')).toEqual([`${id}:left:warn`, `${id}:right:warn`]);
    expect(ids(run({ [metric]: th.alert + eps }), 'rear')[0]).toBe(
      `${id}:left:${id === 'knee-collapse' ? 'warn' : 'alert'}`,
    );
  });
  it('trailing leg against the speed norm: the same value is a fault at 2 m/s and normal at 5 m/s', () => {
    const v = lv('trailingLegRatio', 2).warn + eps;
    expect(ids(run({ trailingLegRatio: v }), 'side', 2)).toEqual([
      'trailing-leg:left:warn',
      'trailing-leg:right:warn',
    ]);
    expect(ids(run({ trailingLegRatio: v }), 'side', 5)).toEqual([]);
  });
  it('hips sinking needs the sink AND the bounce', () => {
    expect(ids(run({ hipDropStanceRatio: 0.12 + eps }))).toEqual([]);
    expect(ids(run({ verticalOscillationRatio: 0.13 + eps }))).toEqual([]);
    expect(ids(run({ hipDropStanceRatio: 0.12 + eps, verticalOscillationRatio: 0.13 + eps }))).toEqual([
      'hips-sinking:left:warn',
      'hips-sinking:right:warn',
    ]);
  });
  it('overstride needs foot ahead AND shank tilt beyond the speed norm; knee flexion at contact is no sign', () => {
    const fa = lv('footAheadOfHipRatio');
    const sh = lv('shankAngleAtContactDeg');
    expect(ids(run({ shankAngleAtContactDeg: sh.warn + 1, kneeFlexionAtContactDeg: 0 }))).toEqual([]);
    expect(ids(run({ shankAngleAtContactDeg: sh.warn + 1, footAheadOfHipRatio: fa.warn + 0.01 }))).toEqual([
      'overstride:left:warn',
      'overstride:right:warn',
    ]);
    expect(ids(run({ shankAngleAtContactDeg: sh.alert + 1, footAheadOfHipRatio: fa.alert + 0.01 }))).toEqual([
      'overstride:left:alert',
      'overstride:right:alert',
    ]);
    // Without a speed the cadence estimate is generous and an alert is at most a warn.
    expect(ids(run({ shankAngleAtContactDeg: 40, footAheadOfHipRatio: 0.7 }), 'side', 0)).toEqual([
      'overstride:left:warn',
      'overstride:right:warn',
    ]);
  });
  it('knee-dominant landing needs deep stance flexion AND an upright trunk AND overstride or low cadence', () => {
    const deep = RUN_THRESHOLDS.peakKneeFlexionStanceDeg.warn + 2;
    const os = {
      shankAngleAtContactDeg: lv('shankAngleAtContactDeg').warn + 1,
      footAheadOfHipRatio: lv('footAheadOfHipRatio').warn + 0.01,
    };
    expect(ids(run({ peakKneeFlexionStanceDeg: deep, trunkLeanDeg: 4 }))).toEqual([]);
    expect(ids(run({ peakKneeFlexionStanceDeg: deep, ...os }))).toEqual([
      'overstride:left:warn',
      'overstride:right:warn',
    ]);
    expect(ids(run({ peakKneeFlexionStanceDeg: deep, trunkLeanDeg: 4, ...os }))).toContain(
      'knee-dominant-landing:left:warn',
    );
    // Low cadence for the speed given stands in for overstride (expected ≈ 123.5 + 13.1·3 = 163 at 3 m/s).
    const slow = { ...run({ peakKneeFlexionStanceDeg: deep, trunkLeanDeg: 4 }), cadenceSpm: 140 };
    expect(ids(slow)).toEqual(['knee-dominant-landing:left:warn', 'knee-dominant-landing:right:warn']);
    expect(ids(slow, 'side', 0)).toEqual([]);
  });
  it('crossover only when the feet land clearly across the midline', () => {
    expect(ids(run({ stepWidthRatio: -0.02 }), 'rear')).toEqual([]);
    expect(ids(run({ stepWidthRatio: -0.07 }), 'rear')).toEqual([
      'crossover:left:warn',
      'crossover:right:warn',
    ]);
    expect(ids(run({ stepWidthRatio: -0.12 }), 'rear')).toEqual([
      'crossover:left:alert',
      'crossover:right:alert',
    ]);
  });
  it("asymmetry in a rear view only: a side view's near and far leg are not comparable", () => {
    expect(ids(run({ pelvicDropDeg: 4 + 8 - eps }, 16, ['right']), 'rear')).toEqual([
      'pelvic-drop:right:warn',
    ]);
    expect(ids(run({ pelvicDropDeg: 4 + 8 + eps }, 16, ['right']), 'rear')).toEqual([
      'pelvic-drop:right:warn',
      'asymmetry:right:warn',
    ]);
    expect(ids(run({ contactTimeS: 0.25 * 1.3, peakKneeFlexionStanceDeg: 50 }, 16, ['left']))).toEqual([]);
  });
  it('no flag on a far leg whose keypoints were not confidently seen at the evidence frames', () => {
    const os = {
      shankAngleAtContactDeg: lv('shankAngleAtContactDeg').warn + 1,
      footAheadOfHipRatio: lv('footAheadOfHipRatio').warn + 0.01,
    };
    const r = run({ ...os, legScore: MIN_FAR_LEG_SCORE - 0.1 }, 16, ['right']);
    expect(runFlags(r, 'side', 0.8, undefined, { speedMps: V, nearSide: 'left' }).map((f) => f.side)).toEqual(
      [],
    );
    expect(
      runFlags(r, 'side', 0.8, undefined, { speedMps: V, nearSide: 'right' }).map((f) => f.side),
    ).toEqual(['right']);
    const seen = run({ ...os, legScore: MIN_FAR_LEG_SCORE + 0.1 }, 16, ['right']);
    expect(
      runFlags(seen, 'side', 0.8, undefined, { speedMps: V, nearSide: 'left' }).map((f) => f.side),
    ).toEqual(['right']);
  });
  it('fewer than 7 steps per side: one level lower, low confidence, and the detail says so', () => {
    const f = runFlags(run({ pelvicDropDeg: 14 }, 8, ['left']), 'rear', 0.8);
    expect(f.map((x) => `${x.id}:${x.severity}`)).toContain('pelvic-drop:warn');
    const pd = f.find((x) => x.id === 'pelvic-drop')!;
    expect(pd.confidence).toBeLessThan(0.6);
    expect(pd.detail).toContainEqual({ key: 'flag.fewEvents', params: { n: 4, minEvents: 7 } });
    expect(pd.nEvents).toBe(4);
    expect(pd.minEvents).toBe(7);
    expect(pd.evidence.every((e) => e.metric === 'pelvicDropDeg' && e.value === 14)).toBe(true);
  });
  it('thresholds are configurable, speed norms included', () => {
    expect(ids(run({ trailingLegRatio: 0.55 }))).toEqual([]);
    expect(
      runFlags(run({ trailingLegRatio: 0.55 }), 'side', 0.8, { trailingLegRatio: 0.5 }, { speedMps: V }).map(
        (f) => f.id,
      ),
    ).toEqual(['trailing-leg', 'trailing-leg']);
  });
});

describe('late-run breakdown: per leg, enough steps, beyond the noise floor', () => {
  const steady = (n: number, jitter: (i: number) => number, drift = 0) =>
    Array.from({ length: n }, (_, i) => ({
      ...base(i % 2 ? 'right' : 'left', i),
      peakKneeFlexionStanceDeg: 40 + jitter(i) + (drift * i) / n,
    }));
  const noise = (i: number) => 3 * Math.sin(i * 2.39996) + 2 * Math.cos(i * 1.1);
  const trendFlags = (steps: RunStep[]) =>
    runFlags(
      { cadenceSpm: 171, steps, summary: { left: {}, right: {} }, trend: runTrend(steps) },
      'side',
      0.8,
      undefined,
      { speedMps: V },
    );
  it('needs 7 steps per leg in each third', () => {
    expect(runTrend(steady(40, noise))).toBeNull();
    expect(runTrend(steady(42, noise))?.sides.left?.nFirst).toBe(7);
  });
  it('silent on a steady run with step-to-step noise; fires on a true 10° degradation, evidence in both windows', () => {
    expect(trendFlags(steady(60, noise)).filter((f) => f.id === 'late-run-breakdown')).toEqual([]);
    const f = trendFlags(steady(60, noise, 12)).filter((x) => x.id === 'late-run-breakdown');
    expect(f.map((x) => `${x.side}:${x.severity}`)).toEqual(['left:alert', 'right:alert']);
    const tr = runTrend(steady(60, noise, 12))!.sides.left!;
    const ts = f[0]!.evidence.map((e) => e.t);
    expect(ts.some((t) => t <= tr.firstS[1])).toBe(true);
    expect(ts.some((t) => t >= tr.lastS[0])).toBe(true);
  });
  it('a change within the noise floor is not a breakdown even above the 4° threshold', () => {
    const wild = (i: number) => 12 * Math.sin(i * 2.39996);
    const tr = runTrend(steady(60, wild, 5))!;
    const m = tr.sides.left!.metrics.peakKneeFlexionStanceDeg!;
    expect(m.change!).toBeGreaterThan(4);
    expect(m.change!).toBeLessThan(m.noiseFloor!);
    expect(trendFlags(steady(60, wild, 5)).filter((x) => x.id === 'late-run-breakdown')).toEqual([]);
  });
});
