import { makeFlag } from '../flags/makeFlag.ts';
import { severityFor, severityMax, type ThresholdSpec } from '../flags/severity.ts';
import type { CoreFlag, FlagEvidence, RunMetric, RunStep, Severity, TextRef } from '../report/report.ts';
import { runFlagText } from './runFlagText.ts';
import type { RunThresholdKey } from './runThresholds.ts';
import type { RunTrend } from './runTrend.ts';

/** Metrics that worsen upward late in a run, and the threshold family of their change. */
const WORSE_UP: readonly (readonly [RunMetric, RunThresholdKey])[] = [
  ['peakKneeFlexionStanceDeg', 'breakdownDeg'],
  ['hipDropStanceRatio', 'breakdownRatio'],
  ['verticalOscillationRatio', 'breakdownRatio'],
  ['trailingLegRatio', 'breakdownRatio'],
  ['footAheadOfHipRatio', 'breakdownRatio'],
  ['pelvicDropDeg', 'breakdownDeg'],
  ['kneeFppaDeg', 'breakdownDeg'],
];

/** Up to `k` times spread evenly over a window (first, last and between). */
function spread(ts: readonly number[], k: number): number[] {
  if (ts.length <= k) return [...ts];
  return Array.from({ length: k }, (_, i) => ts[Math.round((i * (ts.length - 1)) / (k - 1))]!);
}

/**
 * Late-run breakdown per leg: a metric's median over the leg's last third is worse than over its
 * first third by more than the threshold AND by more than the noise floor step-to-step variability
 * explains (runTrend's permutation test). Evidence: steps spread over both windows, so "Show me"
 * compares early with late. Cadence: a slowing step rate beyond its own noise floor, both legs.
 */
export function breakdownFlags(
  trend: RunTrend,
  th: Record<RunThresholdKey, ThresholdSpec>,
  meanScore: number,
  steps: readonly RunStep[],
): CoreFlag[] {
  const out: CoreFlag[] = [];
  const t = runFlagText('late-run-breakdown');
  for (const side of ['left', 'right'] as const) {
    const st = trend.sides[side];
    if (!st) continue;
    let sev: Severity | null = null;
    const ev: FlagEvidence[] = [];
    const what: TextRef[] = [];
    for (const [m, key] of WORSE_UP) {
      const x = st.metrics[m];
      if (!x || x.change === null || x.noiseFloor === null || !(x.change > x.noiseFloor)) continue;
      const s = severityFor(x.change, th[key]);
      if (!s) continue;
      sev = severityMax(sev ?? 'info', s);
      what.push({
        key: 'run.breakdown.change',
        params: { metric: m, first: x.first, last: x.last, change: x.change, noiseFloor: x.noiseFloor },
      });
      const at = (ts: number[]) =>
        spread(ts, 3)
          .map((tt) => {
            const step = steps.find((q) => q.side === side && q.contactT === tt);
            const v = step?.[m];
            return {
              t: tt,
              metric: m,
              value: typeof v === 'number' ? v : NaN,
              threshold: th[key].warn,
              side,
            };
          })
          .filter((e) => Number.isFinite(e.value));
      ev.push(...at(st.firstT), ...at(st.lastT));
    }
    if (!sev) continue;
    out.push(
      makeFlag({
        id: 'late-run-breakdown',
        severity: sev,
        side,
        evidence: ev,
        title: t.title,
        detail: [t.detail, { key: 'run.breakdown.changes', params: { changes: what } }],
        drills: ['wall-drill', 'split-stance-hinge', 'diaphragmatic-breathing'],
        nEvents: Math.min(st.nFirst, st.nLast),
        meanScore,
        minEvents: trend.minStepsPerWindow,
        thresholdSource: `${th.breakdownDeg.source}`,
      }),
    );
  }
  const a = trend.cadenceFirstSpm;
  const b = trend.cadenceLastSpm;
  const dT = trend.stepTimeChangeS;
  const floor = trend.stepTimeNoiseFloorS;
  if (a && b && dT !== null && floor !== null && dT > floor) {
    const dropPct = (100 * (a - b)) / a;
    const s = severityFor(dropPct, th.breakdownCadencePct);
    if (s) {
      out.push(
        makeFlag({
          id: 'late-run-breakdown',
          severity: s,
          side: null,
          evidence: [
            { t: steps[0]?.contactT ?? 0, metric: 'cadenceSpm.firstPart', value: a },
            {
              t: steps[steps.length - 1]?.contactT ?? 0,
              metric: 'cadenceSpm.lastPart',
              value: b,
              threshold: th.breakdownCadencePct.warn,
            },
          ],
          title: t.title,
          detail: [t.detail, { key: 'run.breakdown.cadence', params: { first: a, last: b } }],
          drills: ['wall-drill', 'split-stance-hinge', 'diaphragmatic-breathing'],
          nEvents: trend.minStepsPerWindow,
          meanScore,
          minEvents: trend.minStepsPerWindow,
          thresholdSource: th.breakdownCadencePct.source,
        }),
      );
    }
  }
  return out;
}
