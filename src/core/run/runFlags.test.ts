import { describe, expect, it } from 'vitest';
import type { RunSection, RunStep } from '../report/report.ts';
import { runFlags } from './runFlags.ts';
import { RUN_THRESHOLDS } from './runThresholds.ts';

/** A normal runner: no metric near any threshold. */
const base = (side: 'left' | 'right', i: number): RunStep => ({
  side, contactT: 0.35 * i, toeOffT: 0.35 * i + 0.25, kneeFlexionAtContactDeg: 18, peakKneeFlexionStanceDeg: 40,
  shankAngleAtContactDeg: 5, footAheadOfHipRatio: 0.2, kneeForwardTravelRatio: 0.25, trunkLeanDeg: 8, hipDropStanceRatio: 0.07,
  verticalOscillationRatio: 0.09, contactTimeS: 0.25, trailingLegRatio: 0.45, pelvicDropDeg: 4, kneeFppaDeg: 2, stepWidthRatio: 0.08,
});
function run(patch: Partial<RunStep> = {}, n = 16, sides: ('left' | 'right')[] = ['left', 'right']): RunSection {
  const steps = Array.from({ length: n }, (_, i) => ({ ...base(i % 2 ? 'right' : 'left', i), ...(sides.includes(i % 2 ? 'right' : 'left') ? patch : {}) }));
  return { cadenceSpm: 171, steps, summary: { left: {}, right: {} } };
}
const ids = (r: RunSection, view: 'side' | 'rear' = 'side') => runFlags(r, view, 0.8).map((f) => `${f.id}:${f.side}:${f.severity}`);
const eps = 1e-3;

describe('running flags fire when, and only when, the evidence crosses the threshold', () => {
  it('a normal runner gets no flag in either view', () => {
    expect(ids(run())).toEqual([]);
    expect(ids(run(), 'rear')).toEqual([]);
  });
  it.each([
    ['trailing-leg', 'trailingLegRatio', 'side'],
    ['pelvic-drop', 'pelvicDropDeg', 'rear'],
    ['knee-collapse', 'kneeFppaDeg', 'rear'],
  ] as const)('%s on %s', (id, metric, view) => {
    const th = RUN_THRESHOLDS[metric];
    expect(ids(run({ [metric]: th.warn - eps }), view)).toEqual([]);
    expect(ids(run({ [metric]: th.warn + eps }), view)).toEqual([`${id}:left:warn`, `${id}:right:warn`]);
    expect(ids(run({ [metric]: th.alert + eps }), view)[0]).toBe(`${id}:left:${id === 'knee-collapse' ? 'warn' : 'alert'}`);
  });
  it('hips-sinking on hip drop or vertical oscillation', () => {
    expect(ids(run({ hipDropStanceRatio: 0.1 - eps }))).toEqual([]);
    expect(ids(run({ hipDropStanceRatio: 0.1 + eps }))).toEqual(['hips-sinking:left:warn', 'hips-sinking:right:warn']);
    expect(ids(run({ verticalOscillationRatio: 0.15 + eps }))).toEqual(['hips-sinking:left:alert', 'hips-sinking:right:alert']);
  });
  it('overstride needs 2 of 3 signs; all 3 with 2 at alert level is an alert', () => {
    expect(ids(run({ shankAngleAtContactDeg: 12 }))).toEqual([]);
    expect(ids(run({ shankAngleAtContactDeg: 12, footAheadOfHipRatio: 0.32 }))).toEqual(['overstride:left:warn', 'overstride:right:warn']);
    expect(ids(run({ shankAngleAtContactDeg: 16, footAheadOfHipRatio: 0.4, kneeFlexionAtContactDeg: 10 }))).toEqual(['overstride:left:alert', 'overstride:right:alert']);
  });
  it('knee-dominant landing needs deep stance flexion plus a supporting sign', () => {
    expect(ids(run({ peakKneeFlexionStanceDeg: 48 }))).toEqual([]);
    expect(ids(run({ peakKneeFlexionStanceDeg: 48, trunkLeanDeg: 4 }))).toEqual(['knee-dominant-landing:left:warn', 'knee-dominant-landing:right:warn']);
    expect(ids(run({ peakKneeFlexionStanceDeg: 44, trunkLeanDeg: 4 }))).toEqual([]);
  });
  it('crossover on a narrow median or ≥ 30 % of steps on the midline', () => {
    expect(ids(run({ stepWidthRatio: 0.036 }), 'rear')).toEqual([]);
    expect(ids(run({ stepWidthRatio: 0.03 }), 'rear')).toEqual(['crossover:left:warn', 'crossover:right:warn']);
    expect(ids(run({ stepWidthRatio: -0.01 }), 'rear')).toEqual(['crossover:left:alert', 'crossover:right:alert']);
  });
  it('asymmetry from the per-side medians (info only in a side view, the far leg is hidden)', () => {
    expect(ids(run({ kneeFppaDeg: 2 + 5 - eps }, 16, ['right']), 'rear')).toEqual([]);
    expect(ids(run({ kneeFppaDeg: 2 + 5 + eps }, 16, ['right']), 'rear')).toEqual(['asymmetry:right:warn']);
    expect(ids(run({ contactTimeS: 0.25 * 1.12 }, 16, ['left']))).toEqual(['asymmetry:left:info']);
  });
  it('late-run breakdown from the first-vs-last trend', () => {
    const r = run({}, 30);
    const mk = (d: number) => ({ ...r, trend: { firstS: [0, 3], lastS: [7, 10], nFirst: 10, nLast: 10, cadenceFirstSpm: 171, cadenceLastSpm: 171, metrics: { peakKneeFlexionStanceDeg: { first: 40, last: 40 + d, change: d } } } });
    expect(ids(mk(4 - eps))).toEqual([]);
    expect(ids(mk(4 + eps))).toEqual(['late-run-breakdown:null:warn']);
  });
  it('fewer than 7 steps per side: one level lower, low confidence, and the detail says so', () => {
    const f = runFlags(run({ pelvicDropDeg: 10 }, 8, ['left']), 'rear', 0.8);
    expect(f.map((x) => `${x.id}:${x.severity}`)).toContain('pelvic-drop:warn');
    const pd = f.find((x) => x.id === 'pelvic-drop')!;
    expect(pd.confidence).toBeLessThan(0.6);
    expect(pd.detail.en).toMatch(/Only 4 events/);
    expect(pd.evidence.every((e) => e.metric === 'pelvicDropDeg' && e.value === 10)).toBe(true);
    expect(pd.drills!.length).toBeGreaterThan(0);
  });
  it('thresholds are configurable', () => {
    expect(ids(run({ trailingLegRatio: 0.55 }))).toEqual([]);
    expect(runFlags(run({ trailingLegRatio: 0.55 }), 'side', 0.8, { trailingLegRatio: 0.5 }).map((f) => f.id)).toEqual(['trailing-leg', 'trailing-leg']);
  });
});
