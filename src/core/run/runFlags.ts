import type { DrillId } from '../flags/drills.ts';
import { makeFlag } from '../flags/makeFlag.ts';
import { severityFor, severityMax, thresholdResolve, type ThresholdSpec } from '../flags/severity.ts';
import type { Flag, FlagEvidence, RunSection, RunStep, Severity, View } from '../report/report.ts';
import { median } from '../signal/median.ts';
import type { Side } from '../track/keypoints.ts';
import { RUN_FLAG_TEXT } from './runFlagText.ts';
import { RUN_THRESHOLDS, type RunThresholdKey } from './runThresholds.ts';
import type { RunTrend } from './runSummary.ts';

type Th = Record<RunThresholdKey, ThresholdSpec>;
const SIDES: Side[] = ['left', 'right'];

interface SideStat {
  side: Side;
  median: number;
  n: number;
  steps: RunStep[];
}

function sideStat(steps: readonly RunStep[], side: Side, metric: string): SideStat {
  const st = steps.filter((s) => s.side === side && typeof s[metric] === 'number' && Number.isFinite(s[metric] as number));
  return { side, median: median(st.map((s) => s[metric] as number)), n: st.length, steps: st };
}

/** Evidence: the steps whose value crosses `warn` (all of them), else the 3 worst. */
function evidenceOf(st: SideStat, metric: string, spec: ThresholdSpec): FlagEvidence[] {
  const v = (s: RunStep) => s[metric] as number;
  const crossing = st.steps.filter((s) => severityFor(v(s), spec) !== null);
  const pick = crossing.length ? crossing : [...st.steps].sort((a, b) => (spec.higherIsWorse ? v(b) - v(a) : v(a) - v(b))).slice(0, 3);
  return pick.map((s) => ({ t: s.contactT, metric, value: v(s), threshold: spec.warn, side: s.side }));
}

const text = (id: string) => RUN_FLAG_TEXT[id]!;

/**
 * The nine running flags of patterns.md, from the per-step metrics. Every flag rests on the
 * per-side median over its steps (never on one step), carries the steps that cross the threshold
 * as evidence, and is built by makeFlag (fewer than 7 steps per side: one level lower, low
 * confidence, and said so). Thresholds: runThresholds.ts, overridable.
 */
export function runFlags(run: RunSection, view: View, meanScore: number, overrides?: Record<string, number>): Flag[] {
  const th = thresholdResolve(RUN_THRESHOLDS, overrides) as Th;
  const steps = run.steps;
  const flags: Flag[] = [];
  const push = (id: string, sev: Severity, side: Side | null, ev: FlagEvidence[], n: number, drills: DrillId[], source: string, extraEn = '', extraJa = '') => {
    const t = text(id);
    flags.push(makeFlag({ id, severity: sev, side, evidence: ev, title: t.title, detail: { en: `${t.detail.en}${extraEn}`, ja: `${t.detail.ja}${extraJa}` }, drills, nEvents: n, meanScore, thresholdSource: source }));
  };
  const simple = (id: string, metric: RunThresholdKey & string, drills: DrillId[], cap?: Severity) => {
    for (const side of SIDES) {
      const st = sideStat(steps, side, metric);
      let sev = st.n ? severityFor(st.median, th[metric]) : null;
      if (!sev) continue;
      if (cap && sev === 'alert' && cap === 'warn') sev = 'warn';
      push(id, sev, side, evidenceOf(st, metric, th[metric]), st.n, drills, th[metric].source,
        ` Median ${metric} ${st.median.toFixed(2)} (threshold ${th[metric].warn}).`, `(${metric}の中央値 ${st.median.toFixed(2)}、基準 ${th[metric].warn})`);
    }
  };
  if (view === 'side') {
    const overstrideSides = new Set<Side>();
    for (const side of SIDES) {
      const crit: [RunThresholdKey, SideStat][] = (['shankAngleAtContactDeg', 'kneeFlexionAtContactDeg', 'footAheadOfHipRatio'] as const).map((m) => [m, sideStat(steps, side, m)]);
      const hits = crit.filter(([m, st]) => st.n && severityFor(st.median, th[m]) !== null);
      const alerts = crit.filter(([m, st]) => st.n && severityFor(st.median, th[m]) === 'alert');
      if (hits.length < 2) continue;
      overstrideSides.add(side);
      const lowCad = run.cadenceSpm !== null && severityFor(run.cadenceSpm, th.cadenceLowSpm) !== null;
      const ev = hits.flatMap(([m, st]) => evidenceOf(st, m, th[m]));
      push('overstride', hits.length === 3 && alerts.length >= 2 ? 'alert' : 'warn', side, ev, Math.min(...hits.map(([, st]) => st.n)),
        lowCad ? ['cadence-plus-5', 'split-stance-hinge', 'wall-drill'] : ['split-stance-hinge', 'wall-drill', 'cadence-plus-5'],
        hits.map(([m]) => th[m].source).join('; '),
        ` ${hits.length} of 3 overstride signs: ${hits.map(([m, st]) => `${m} ${st.median.toFixed(2)}`).join(', ')}.${lowCad ? ` Cadence ${run.cadenceSpm} steps/min is low.` : ''}`,
        `(オーバーストライドの3つの兆候のうち${hits.length}つに該当${lowCad ? '。ピッチも低め' : ''})`);
    }
    for (const side of SIDES) {
      const pk = sideStat(steps, side, 'peakKneeFlexionStanceDeg');
      const sev = pk.n ? severityFor(pk.median, th.peakKneeFlexionStanceDeg) : null;
      if (!sev) continue;
      const trunk = sideStat(steps, side, 'trunkLeanDeg');
      const kft = sideStat(steps, side, 'kneeForwardTravelRatio');
      const support = [
        trunk.n && severityFor(trunk.median, th.trunkLeanUprightDeg) ? 'upright trunk' : '',
        kft.n && severityFor(kft.median, th.kneeForwardTravelRatio) ? 'knee far ahead of the ankle' : '',
        overstrideSides.has(side) ? 'overstride' : '',
        run.cadenceSpm !== null && severityFor(run.cadenceSpm, th.cadenceLowSpm) ? 'low cadence' : '',
      ].filter(Boolean);
      if (!support.length) continue;
      push('knee-dominant-landing', sev, side, evidenceOf(pk, 'peakKneeFlexionStanceDeg', th.peakKneeFlexionStanceDeg), pk.n,
        ['split-stance-hinge', 'glute-stretch', 'wall-drill'], `${th.peakKneeFlexionStanceDeg.source}; composite with ${support.join(', ')}`,
        ` Peak stance knee flexion ${pk.median.toFixed(1)}° with ${support.join(', ')}.`, `(接地中の最大膝屈曲 ${pk.median.toFixed(1)}°)`);
    }
    for (const side of SIDES) {
      const hd = sideStat(steps, side, 'hipDropStanceRatio');
      const vo = sideStat(steps, side, 'verticalOscillationRatio');
      const s1 = hd.n ? severityFor(hd.median, th.hipDropStanceRatio) : null;
      const s2 = vo.n ? severityFor(vo.median, th.verticalOscillationRatio) : null;
      if (!s1 && !s2) continue;
      const ev = [...(s1 ? evidenceOf(hd, 'hipDropStanceRatio', th.hipDropStanceRatio) : []), ...(s2 ? evidenceOf(vo, 'verticalOscillationRatio', th.verticalOscillationRatio) : [])];
      push('hips-sinking', severityMax(s1 ?? 'info', s2 ?? 'info'), side, ev, Math.max(hd.n, vo.n), ['wall-drill', 'split-stance-hinge', 'glute-stretch'],
        `${th.hipDropStanceRatio.source}; ${th.verticalOscillationRatio.source}`);
    }
    simple('trailing-leg', 'trailingLegRatio', ['wall-drill', 'glute-stretch', 'calf-raise-ball']);
  } else {
    simple('pelvic-drop', 'pelvicDropDeg', ['wall-drill', 'single-leg-hinge-ball', 'split-stance-hinge']);
    // 2D knee FPPA in running tracks 3D knee motion poorly (Dingenen 2019): never more than warn.
    simple('knee-collapse', 'kneeFppaDeg', ['calf-raise-ball', 'single-leg-hinge-ball', 'glute-stretch'], 'warn');
    for (const side of SIDES) {
      const st = sideStat(steps, side, 'stepWidthRatio');
      if (!st.n) continue;
      const across = st.steps.filter((s) => (s.stepWidthRatio as number) <= 0).length / st.n;
      let sev = severityFor(st.median, th.stepWidthRatio);
      if (!sev && across >= 0.3) sev = 'warn';
      if (!sev) continue;
      push('crossover', sev, side, evidenceOf(st, 'stepWidthRatio', th.stepWidthRatio), st.n, ['single-leg-hinge-ball', 'wall-drill'], th.stepWidthRatio.source,
        ` Median step width ${st.median.toFixed(3)} L; ${(across * 100).toFixed(0)} % of steps on or across the midline.`, `(歩隔の中央値 ${st.median.toFixed(3)} L)`);
    }
  }
  // In a side view the far leg is partly hidden and tracked worse (Young et al. 2023), so a
  // left–right difference there is reported as information only.
  flags.push(...asymmetryFlags(steps, th, meanScore).map((f) => (view === 'side' ? { ...f, severity: 'info' as const, detail: { en: `${f.detail.en} Side view: the far leg is partly hidden, so this is information only.`, ja: `${f.detail.ja}(横からの撮影では奥の脚が隠れやすいため参考値です)` } } : f)));
  const trend = run.trend as RunTrend | null | undefined;
  if (trend) flags.push(...breakdownFlags(trend, th, meanScore));
  return flags;
}

const LOWER_IS_WORSE = new Set(['kneeFlexionAtContactDeg', 'stepWidthRatio']);

function asymmetryFlags(steps: readonly RunStep[], th: Th, meanScore: number): Flag[] {
  const out: Flag[] = [];
  const metrics = ['kneeFlexionAtContactDeg', 'peakKneeFlexionStanceDeg', 'shankAngleAtContactDeg', 'footAheadOfHipRatio', 'kneeForwardTravelRatio', 'hipDropStanceRatio', 'trailingLegRatio', 'contactTimeS', 'pelvicDropDeg', 'kneeFppaDeg', 'stepWidthRatio'];
  for (const m of metrics) {
    const l = sideStat(steps, 'left', m);
    const r = sideStat(steps, 'right', m);
    if (!l.n || !r.n) continue;
    const diff = l.median - r.median;
    const key: RunThresholdKey = m === 'contactTimeS' ? 'asymmetryContactIndex' : m.endsWith('Deg') ? 'asymmetryDeg' : 'asymmetryRatio';
    const value = key === 'asymmetryContactIndex' ? Math.abs(diff) / ((l.median + r.median) / 2) : Math.abs(diff);
    const sev = severityFor(value, th[key]);
    if (!sev) continue;
    const worse: Side = (LOWER_IS_WORSE.has(m) ? diff < 0 : diff > 0) ? 'left' : 'right';
    const t = text('asymmetry');
    out.push(makeFlag({
      id: 'asymmetry', severity: sev, side: worse,
      evidence: [
        { t: l.steps[0]!.contactT, metric: `${m}.leftMedian`, value: l.median, side: 'left' },
        { t: r.steps[0]!.contactT, metric: `${m}.rightMedian`, value: r.median, side: 'right' },
      ],
      title: t.title,
      detail: { en: `${t.detail.en} ${m}: left ${l.median.toFixed(3)}, right ${r.median.toFixed(3)}.`, ja: `${t.detail.ja}(${m}: 左 ${l.median.toFixed(3)}、右 ${r.median.toFixed(3)})` },
      drills: ['single-leg-hinge-ball', 'split-stance-hinge'], nEvents: Math.min(l.n, r.n), meanScore, thresholdSource: th[key].source,
    }));
  }
  return out;
}

function breakdownFlags(trend: RunTrend, th: Th, meanScore: number): Flag[] {
  const worseUp: Record<string, RunThresholdKey> = {
    peakKneeFlexionStanceDeg: 'breakdownDeg', hipDropStanceRatio: 'breakdownRatio', verticalOscillationRatio: 'breakdownRatio',
    trailingLegRatio: 'breakdownRatio', footAheadOfHipRatio: 'breakdownRatio', pelvicDropDeg: 'breakdownDeg', kneeFppaDeg: 'breakdownDeg',
  };
  const ev: FlagEvidence[] = [];
  let sev: Severity | null = null;
  for (const [m, key] of Object.entries(worseUp)) {
    const c = trend.metrics[m]?.change;
    if (typeof c !== 'number') continue;
    const s = severityFor(c, th[key]);
    if (s) {
      sev = severityMax(sev ?? 'info', s);
      ev.push({ t: trend.lastS[0], metric: `${m}.change`, value: c, threshold: th[key].warn });
    }
  }
  if (trend.cadenceFirstSpm && trend.cadenceLastSpm) {
    const dropPct = (100 * (trend.cadenceFirstSpm - trend.cadenceLastSpm)) / trend.cadenceFirstSpm;
    const s = severityFor(dropPct, th.breakdownCadencePct);
    if (s) {
      sev = severityMax(sev ?? 'info', s);
      ev.push({ t: trend.lastS[0], metric: 'cadenceSpm.dropPct', value: Math.round(dropPct * 100) / 100, threshold: th.breakdownCadencePct.warn });
    }
  }
  if (!sev) return [];
  const t = text('late-run-breakdown');
  return [makeFlag({ id: 'late-run-breakdown', severity: sev, side: null, evidence: ev, title: t.title, detail: t.detail, drills: ['wall-drill', 'split-stance-hinge', 'diaphragmatic-breathing'], nEvents: Math.min(trend.nFirst, trend.nLast), meanScore, minEvents: 10, thresholdSource: th.breakdownDeg.source }) ];
}
